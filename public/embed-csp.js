// The embed's Content-Security-Policy, set before anything else loads: its own origin only, plus the one tile
// server the link chose (basemap=osm or basemap=satellite), for images only. No eval, no inline script.
(function () {
  var tileHosts = { osm: 'https://tile.openstreetmap.org', satellite: 'https://server.arcgisonline.com' };
  var basemap = null;
  try {
    basemap = new URLSearchParams(window.location.search).get('basemap');
  } catch (error) {}
  var tiles = Object.prototype.hasOwnProperty.call(tileHosts, basemap) ? ' ' + tileHosts[basemap] : '';
  var policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:" + tiles,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
  var meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.appendChild(meta);
})();
