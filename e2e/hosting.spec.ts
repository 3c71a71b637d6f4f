import { HOST, SITE } from './ports';
import { expect, test } from './support';

test.describe('the site as served', () => {
  test('sends the full map’s policy as a header, framed by the site only, with the <meta> fallback', async ({
    page,
  }) => {
    const response = await page.goto('/?t=2021-08-30T04:00Z');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toMatch(/^default-src 'self'; .*; frame-ancestors 'self'$/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(`${meta}; frame-ancestors 'self'`).toBe(headers['content-security-policy']);
  });

  test('cannot be framed by another site, while the embed can', async ({ page }) => {
    await page.goto(
      `${HOST}/article.html?body=${encodeURIComponent(
        `<iframe name="full" src="${SITE}/index.html"></iframe><iframe name="embed" src="${SITE}/embed.html"></iframe>`,
      )}`,
    );
    const embed = page.frameLocator('iframe[name="embed"]');
    await expect(embed.getByRole('slider', { name: 'Time' })).toBeVisible();
    // Chromium replaces a refused frame with its own error page.
    await expect.poll(() => page.frame({ name: 'full' })?.url()).toMatch(/^chrome-error:/);
  });

  test('answers only GET and HEAD, and compresses with brotli', async ({ request }) => {
    for (const method of ['POST', 'DELETE', 'OPTIONS']) {
      const response = await request.fetch('/index.html', { method });
      expect(response.status(), method).toBe(405);
      expect(response.headers().allow).toBe('GET, HEAD');
    }
    const page = await request.get('/index.html');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    const asset = await request.get(`/${script}`, { headers: { 'Accept-Encoding': 'br' } });
    expect(asset.headers()['content-encoding']).toBe('br');
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
