// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { REPLACEMENT_PATTERNS } from '../test/hostileData';
import { cssString, escapeHtml, fileUrl, Html, html, insertAfter, insertBefore, replaceMatches } from './htmlTemplate';

/** What a browser reads from a piece of HTML: the text and the attribute of its one element. */
function parsed(piece: string): { text: string; title: string | null; elements: number } {
  const template = document.createElement('template');
  template.innerHTML = piece;
  const element = template.content.firstElementChild;
  return {
    text: element?.textContent ?? '',
    title: element?.getAttribute('title') ?? null,
    elements: template.content.querySelectorAll('*').length,
  };
}

describe('escapeHtml and the html template', () => {
  it('give back exactly the text, in a text node and in double- and single-quoted attributes', () => {
    const value = REPLACEMENT_PATTERNS;
    const read = value.replace('\u0000', '\uFFFD');
    expect(parsed(html`<p title="${value}">${value}</p>`.text)).toEqual({ text: read, title: read, elements: 1 });
    expect(parsed(`<p title='${escapeHtml(value)}'></p>`).title).toBe(read);
  });

  it('insert Html as it is, and escape every other value', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${[inner, inner]}${'<i>'}${42}</p>`.text).toBe(
      '<p><b>&lt;i&gt;</b><b>&lt;i&gt;</b><b>&lt;i&gt;</b>&lt;i&gt;42</p>',
    );
  });
});

describe('the page editors', () => {
  const page = '<html><head>\n</head><body><span class="caption">old</span></body></html>';

  it('insert a piece with $ patterns as it is, never expanding them', () => {
    const piece = html`<meta content="${"$' $` $& $1"}">`;
    expect(insertBefore(page, '</head>', piece)).toBe(
      `<html><head>\n<meta content="$&#39; $\` $&amp; $1"></head><body><span class="caption">old</span></body></html>`,
    );
    expect(insertAfter(page, '<head>', new Html("$'"))).toBe(`<html><head>$'${page.slice(12)}`);
    expect(insertBefore(page, '<nothing>', piece)).toBeUndefined();
  });

  it('replace a part of the page by what the maker gives, whatever $ patterns it holds', () => {
    const replaced = replaceMatches(
      page,
      /(<span class="caption">)[^<]*(<\/span>)/,
      (start, end) => html`${start}${"$2$'$1"}${end}`,
    );
    expect(replaced).toBe(`<html><head>\n</head><body><span class="caption">$2$&#39;$1</span></body></html>`);
  });
});

describe('cssString and fileUrl', () => {
  it('keep a file name inside its CSS string and its <style> element', () => {
    expect(cssString('snapshots/a$\'".png</style><script>').text).toBe(
      '"snapshots/a\\24 \\27 \\22 .png\\3c /style\\3e \\3c script\\3e "',
    );
  });

  it('percent-encode each segment of a file’s URL', () => {
    expect(fileUrl('https://news.example/map/', 'snapshots/a b#c?.png')).toBe(
      'https://news.example/map/snapshots/a%20b%23c%3F.png',
    );
  });
});
