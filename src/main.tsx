import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FullApp } from './app/FullApp';
import { checkOpeningView, handOverFirstPaint } from './app/firstPaint';
import { preloadStoryParts } from './app/lazyParts';
// Before the app's styles, which override Leaflet's: the map's code loads later, its styles must not come after.
import 'leaflet/dist/leaflet.css';
import './styles/app.css';
import './styles/record.css';

const root = document.getElementById('root');
if (root) {
  checkOpeningView();
  handOverFirstPaint(root);
  preloadStoryParts('full');
  createRoot(root).render(
    <StrictMode>
      <FullApp />
    </StrictMode>,
  );
}
