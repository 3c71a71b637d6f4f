import type { IncomingMessage, Server, ServerResponse } from 'node:http';
export declare const SUB_PATH: string;
export interface SiteServerOptions {
  root: string;
  /** Cross-origin isolation headers (the benchmark page). */
  isolated?: boolean;
  /** CSP sources that may frame the embed; empty: any page. */
  embedFrameAncestors?: string[];
}
/** The files a request's URL may name, relative to the site's folder, most likely first; none for a URL no file can have. */
export declare function siteFileCandidates(url: string | undefined): string[];
/** The request handler: GET and HEAD only, the site's headers, 404/500 per request. */
export declare function createSiteHandler(
  options: SiteServerOptions,
): (request: IncomingMessage, response: ServerResponse) => void;
/** Starts a static server for a folder on 127.0.0.1; resolves with the server once it listens. */
export declare function startStaticServer(
  options: SiteServerOptions & { port: number; strictPort?: boolean },
): Promise<Server>;
