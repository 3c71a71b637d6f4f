import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FullApp } from './app/FullApp';
import { handOverFirstPaint } from './app/firstPaint';
import { preloadStoryParts } from './app/lazyParts';
import './styles/app.css';
import './styles/record.css';

const root = document.getElementById('root');
if (root) {
  handOverFirstPaint(root);
  preloadStoryParts('full');
  createRoot(root).render(
    <StrictMode>
      <FullApp />
    </StrictMode>,
  );
}
