export interface HeaderOptions {
  /** CSP sources that may frame the embed; empty: any page. */
  readonly embedFrameAncestors?: readonly string[];
}
export declare const TILE_ORIGINS: readonly string[];
export declare const PAGE_POLICY: Readonly<Record<string, readonly string[]>>;
export declare const COMMON_HEADERS: Readonly<Record<string, string>>;
export declare const IMMUTABLE: string;
export declare const REVALIDATE: string;
export declare const PAGE_PATHS: { readonly full: readonly string[]; readonly embed: readonly string[] };
export declare const META_POLICY: string;
/** Reads EMBED_FRAME_ANCESTORS; refuses anything but a plain list of CSP sources. */
export declare function parseFrameAncestors(
  value: string | undefined,
): { ok: true; sources: string[] } | { ok: false; message: string };
export declare function formatPolicy(frameAncestors?: readonly string[]): string;
export declare function pageOf(pathname: string): 'full' | 'embed' | undefined;
/** Every header for a path of the site, relative to its folder. */
export declare function headersFor(pathname: string, options?: HeaderOptions): Record<string, string>;
/** `_headers` for Netlify and Cloudflare Pages. */
export declare function formatHeadersFile(options?: HeaderOptions): string;
/** The same headers for nginx. */
export declare function formatNginxSnippet(options?: HeaderOptions): string;
