import type { ReactNode } from 'react';
import { isHttpUrl } from '../domain/safeUrl';
import { interfaceText } from '../text/interfaceText';

/**
 * A link out of the map: http(s) only, in a new tab, without handing the opener or the referrer to the other
 * site. Anything else renders as plain text, so a `javascript:` URL in the data can never run.
 */
export function ExternalLink({ url, children }: { url: string; children: ReactNode }) {
  if (!isHttpUrl(url)) return <span className="inert-url">{children}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="external-link">
      {children}
      <span className="visually-hidden">{interfaceText.page.opensInNewTab}</span>
    </a>
  );
}

/** The site's host name, as link text a reader can judge: "thehill.com". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
