import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './embed/EmbedApp';
import { restrictImageSources } from './embed/restrictImageSources';
import './styles/app.css';
import './styles/record.css';
import './styles/embed.css';

// Before anything renders: the embed's images come from the site and the one tile server its link chose.
restrictImageSources(window.location.search);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <EmbedApp />
    </StrictMode>,
  );
}
