/**
 * The one way values are written into HTML: the build's pages (titles, captions, alt texts, file names, URLs)
 * and the embed code the share dialog gives. Values are escaped by `escapeHtml`; pieces of HTML are made by the
 * `html` template, whose values are escaped unless they are themselves `Html`. A page's existing text is edited
 * only by these helpers, which never hand data to `String.replace` as a replacement string (where `$&`, `$'`,
 * `` $` `` and `$1` would expand into parts of the page).
 */

/** HTML made from escaped values: inserted as it is. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe in an HTML text node and in a quoted attribute value (double or single quotes). */
export function escapeHtml(value: string): string {
  // The HTML parser reads a NUL as U+FFFD, or drops it: what it would read is written.
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] as string).replaceAll('\u0000', '\uFFFD');
}

type HtmlValue = string | number | Html | readonly Html[];

/** A piece of HTML: each value is escaped, an `Html` value (or a list of them) is inserted as it is. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    const piece =
      value instanceof Html
        ? value.text
        : Array.isArray(value)
          ? value.map((item: Html) => item.text).join('')
          : escapeHtml(String(value));
    text += piece + (strings[index + 1] ?? '');
  });
  return new Html(text);
}

/**
 * A double-quoted CSS string, for a value inside a <style> element, where HTML escapes mean nothing: every
 * character but letters, digits and `-_./:%` is written as a CSS escape, so that no quote ends the string and no
 * `</style>` ends the element.
 */
export function cssString(value: string): Html {
  const escaped = value.replace(/[^A-Za-z0-9_./:%-]/g, (char) => `\\${(char.codePointAt(0) as number).toString(16)} `);
  return new Html(`"${escaped}"`);
}

/** The URL of a file of the site by its path (segments separated by "/"), each segment percent-encoded, under `base`. */
export function fileUrl(base: string, path: string): string {
  return `${base}${path.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * Replaces the matches of `pattern` in `page` (every one if it is global) by the HTML `make` gives for its
 * groups, which are the page's own HTML. The page's text is only searched: what `make` returns is inserted as it
 * is, whatever `$` patterns it holds.
 */
export function replaceMatches(page: string, pattern: RegExp, make: (...groups: Html[]) => Html): string {
  return page.replace(pattern, (...match: unknown[]) => {
    // The arguments are the match, its groups (a string, or undefined), then the offset: the first number.
    const offset = match.findIndex((argument) => typeof argument === 'number');
    const groups = match.slice(1, offset).map((group) => new Html((group as string | undefined) ?? ''));
    return make(...groups).text;
  });
}

/** The page with `piece` inserted just before the first `marker`, or undefined when the page has none. */
export function insertBefore(page: string, marker: string, piece: Html): string | undefined {
  const at = page.indexOf(marker);
  return at < 0 ? undefined : page.slice(0, at) + piece.text + page.slice(at);
}

/** The page with `piece` inserted just after the first `marker`, or undefined when the page has none. */
export function insertAfter(page: string, marker: string, piece: Html): string | undefined {
  const at = page.indexOf(marker);
  return at < 0 ? undefined : page.slice(0, at + marker.length) + piece.text + page.slice(at + marker.length);
}
