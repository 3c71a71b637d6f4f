/**
 * Hostile inputs the tests give the build, the tools and the page (issue 24): each as it was reproduced.
 */

/** JSON arrays nested `depth` deep: V8 parses them, recursive readers overflow their stack. */
export function nestedArrays(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** An events file's text with an array nested 10,000 deep in the first event's properties. */
export function withDeepProperty(eventsText: string): string {
  return JSON.stringify(JSON.parse(eventsText)).replace(
    '"properties":{',
    () => `"properties":{"notes":${nestedArrays(10_000)},`,
  );
}

/**
 * A chapter title that, put into its page by `String.replace` with a string, expands `$2`, `$'` and `$1` into a
 * <meta http-equiv="refresh"> that takes the reader elsewhere.
 */
export const REFRESH_TITLE = "Kabul falls$2$'$1 0;url=http://127.0.0.1:4400/redirected.html$2 http-equiv=refresh x=$2";

/** Every replacement pattern of `String.replace`, with quotes, markup, a newline and a NUL. */
export const REPLACEMENT_PATTERNS = "a $1 $2 $& $` $' $$ $<name> \"quoted\" 'single' <b>&amp;</b>\nnext\u0000end";
