import type { Server } from 'node:http';
export declare const SUB_PATH: string;
/** Starts a static server for a folder on 127.0.0.1; resolves with the server once it listens. */
export declare function startStaticServer(options: { port: number; root: string; isolated?: boolean }): Promise<Server>;
