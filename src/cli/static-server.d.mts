import type { Server } from 'node:http';

/** Serves `root` like a plain static host (folder URLs, gzip, 404.html); port 0 picks a free port. */
export function startStaticServer(options: { root: string; port?: number; host?: string }): Promise<Server>;
