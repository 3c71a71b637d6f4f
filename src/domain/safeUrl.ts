/** Links repeat across a story's sources (one article quoted for many events): each is checked once. */
const checkedUrls = new Map<string, boolean>();
const CHECKED_URLS_LIMIT = 20_000;

/** True only for absolute http: or https: URLs; anything else (javascript:, data:, relative) is refused. */
export function isHttpUrl(value: string): boolean {
  const known = checkedUrls.get(value);
  if (known !== undefined) return known;
  let ok = false;
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      ok = (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
    } catch {
      ok = false;
    }
  }
  if (checkedUrls.size >= CHECKED_URLS_LIMIT) checkedUrls.clear();
  checkedUrls.set(value, ok);
  return ok;
}
