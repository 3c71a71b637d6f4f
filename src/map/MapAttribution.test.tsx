import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MapAttribution } from './MapAttribution';

describe('MapAttribution', () => {
  it('credits what the story names, as text and http(s) links, then Leaflet', () => {
    const html = renderToStaticMarkup(
      <MapAttribution
        basemap="embedded"
        credits={[
          { text: 'Test basemap <b>', url: 'https://example.org/basemap' },
          { text: 'Test boundaries', url: 'javascript:alert(1)', licence: 'CC BY 4.0' },
          { text: 'Test survey' },
        ]}
      />,
    );
    expect(html).toContain('<a href="https://example.org/basemap"');
    expect(html).toContain('Test basemap &lt;b&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<span class="inert-url">Test boundaries</span> (CC BY 4.0)');
    expect(html).toContain('Test survey · ');
    expect(html).toContain('Leaflet');
  });

  it('credits the online tiles when they are shown, before the story’s own credits', () => {
    const html = renderToStaticMarkup(<MapAttribution basemap="osm" credits={[{ text: 'Test basemap' }]} />);
    expect(html.indexOf('OpenStreetMap')).toBeGreaterThan(-1);
    expect(html.indexOf('OpenStreetMap')).toBeLessThan(html.indexOf('Test basemap'));
  });
});
