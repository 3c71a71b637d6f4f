import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './app/EmbedApp';
import { checkOpeningView, handOverFirstPaint } from './app/firstPaint';
import { preloadStoryParts } from './app/lazyParts';
import { listenForHostRequests } from './embed/hostRequests';
import { restrictImageSources } from './embed/restrictImageSources';
// Before the app's styles, which override Leaflet's: the map's code loads later, its styles must not come after.
import 'leaflet/dist/leaflet.css';
import './styles/app.css';
import './styles/record.css';
import './styles/embed.css';

// Before anything renders: the embed's images come from the site and the one tile server its link chose, and a
// host page may send its first request as soon as the frame has loaded.
restrictImageSources(window.location.search);
listenForHostRequests();

const root = document.getElementById('root');
if (root) {
  checkOpeningView();
  handOverFirstPaint(root);
  preloadStoryParts('embed');
  createRoot(root).render(
    <StrictMode>
      <EmbedApp />
    </StrictMode>,
  );
}
