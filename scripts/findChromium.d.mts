export declare const DEBIAN_CHROMIUM: string;
/** $CHROMIUM_PATH, /usr/bin/chromium or Playwright's own Chromium, whichever exists first. */
export declare function findChromium(): Promise<string | undefined>;
