/**
 * `/lisensi-pihak-ketiga.txt`: the licences of the libraries the site ships (src/third-party-code.ts),
 * at the root of the site and so of the offline folder and the ZIM.
 */
import type { APIRoute } from 'astro';
import { thirdPartyNotice } from '../third-party-code';

export const GET: APIRoute = () => new Response(thirdPartyNotice(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
