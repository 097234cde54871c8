import type { Server } from 'node:http';

/**
 * Serves `root` like the host configs in hosting/ (folder URLs, precompressed .br/.gz, Range, GET and
 * HEAD only, security headers, 404.html); port 0 picks a free port.
 */
export function startStaticServer(options: { root: string; port?: number; host?: string }): Promise<Server>;
