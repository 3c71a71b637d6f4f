import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './embed/EmbedApp';
import { listenForHostRequests } from './embed/hostRequests';
import './styles/app.css';
import './styles/record.css';
import './styles/embed.css';

// Before anything renders: a host page may send its first request as soon as the frame has loaded.
listenForHostRequests();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <EmbedApp />
    </StrictMode>,
  );
}
