import { useState } from 'react';

/** Copies the current page address (which carries the moment) to the clipboard and says so. */
export function CopyLinkButton({ label = 'Copy link' }: { label?: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Link copied');
    } catch {
      setStatus('Copy failed: copy the address bar instead');
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
