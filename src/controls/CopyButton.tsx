import { useState } from 'react';
import { interfaceText } from '../text/interfaceText';

/** Copies a text (or, for a function, the text it returns at the click) and says whether it worked. */
export function CopyButton({ text, label }: { text: string | (() => string); label: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setStatus(interfaceText.share.copied);
    } catch {
      setStatus(interfaceText.share.copyFailed);
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
