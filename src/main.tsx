import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FullApp } from './app/FullApp';
import './styles/app.css';
import './styles/record.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <FullApp />
    </StrictMode>,
  );
}
