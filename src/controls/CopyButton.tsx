import { useState } from 'react';

/** Copies a text (or, for a function, the text it returns at the click) and says whether it worked. */
export function CopyButton({ text, label }: { text: string | (() => string); label: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setStatus('Copied');
    } catch {
      setStatus('Copy failed: select the text and copy it');
    }
    window.setTimeout(() => setStatus(''), 2500);
  };
  return (
    <span className="copy-link">
      <button type="button" className="text-button" onClick={copy}>
        {label}
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
    </span>
  );
}
