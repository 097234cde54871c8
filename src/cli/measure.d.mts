import type { BrowserContext, Page } from '@playwright/test';

export interface MeasuredRequest {
  url: string;
  /** html | css | js | image | font | search | other */
  type: string;
  /** Body bytes on the wire (compressed as served), without the response headers. */
  encoded: number;
  /** Response header bytes (status line and headers, as received over HTTP/1.1). */
  headers: number;
  /** Bytes after decoding. */
  decoded: number;
}
export interface Measurement {
  requests: MeasuredRequest[];
  count: number;
  encoded: number;
  headers: number;
  decoded: number;
  byKind: Record<string, { encoded: number; decoded: number; count: number } | undefined>;
  loadMs: number;
  /** Largest Contentful Paint from the start of navigation, as the browser reported it (0 if none). */
  lcpMs: number;
}
export interface NetworkConditions {
  offline: boolean;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}
export const slow3g: NetworkConditions;
export function measure(
  context: BrowserContext,
  url: string,
  /** `acceptEncoding`: what the browser asks for; 'gzip' unless given. */
  options?: { throttle?: NetworkConditions; action?: (page: Page) => Promise<void>; acceptEncoding?: string },
): Promise<Measurement>;
