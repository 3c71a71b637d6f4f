export type ParsedSiteUrl = { ok: true; base: string } | { ok: false; message: string };

/**
 * Reads SITE_URL, the public address of the site's folder, which the build writes into both pages (social
 * previews, the oEmbed link) and oembed.json. It must be an absolute http(s) URL with a host, without
 * credentials, query or fragment: anything else (javascript:, a relative path, markup) is refused with one line.
 * Unset or empty: the pages use relative URLs (base ""). The base returned ends with "/".
 */
export function parseSiteUrl(value: string | undefined): ParsedSiteUrl {
  if (value === undefined || value === '') return { ok: true, base: '' };
  const refused: ParsedSiteUrl = {
    ok: false,
    message: `SITE_URL: expected the absolute http(s) URL of the site's folder, such as https://news.example/interactive/my-story/, got ${JSON.stringify(value)}`,
  };
  // The URL parser would quietly drop tabs and line breaks and encode quotes and brackets: refuse them instead.
  if (!/^https?:\/\/[\x21-\x7e]+$/i.test(value) || /["'<>`\\]/.test(value)) return refused;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return refused;
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.hostname === '' ||
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== '' ||
    value.includes('?') ||
    value.includes('#')
  ) {
    return refused;
  }
  const href = url.href;
  return { ok: true, base: href.endsWith('/') ? href : `${href}/` };
}
