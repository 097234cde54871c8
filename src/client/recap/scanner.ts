import { required } from '../lib/markup';
import type { Ui } from '../lib/ui-strings';
import type { RecapUiKey } from '../recap.contract';

const component = 'Recap scanner';

/** How often a camera frame is read: often enough to feel instant, rare enough for an old laptop. */
const FRAME_MS = 200;
/** Frames are scaled down to this width before decoding (a phone screen held up fills most of it). */
const FRAME_WIDTH = 640;

/**
 * "Pindai dengan kamera" (markup: src/components/recap/RecapCodes.astro): on the first use it
 * loads the QR decoder as a classic script (`data-bk-scanner-src`, see src/client/qr-scan.ts),
 * opens the camera with getUserMedia (allowed over https, on localhost and, in Chromium, from
 * file://), and reads a frame every FRAME_MS; each new text it reads goes to `onText`, which adds
 * it with the same checks as a typed code. A missing camera, a refused permission or a camera in
 * use each get their own message; the trainer can always type or paste instead.
 */
export class Scanner {
  private readonly button: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private readonly video: HTMLVideoElement;
  private readonly stopButton: HTMLButtonElement;
  private readonly error: HTMLElement;
  private stream?: MediaStream;
  private timer?: number;
  private last = '';
  private readonly canvas = document.createElement('canvas');

  constructor(
    root: HTMLElement,
    private readonly decoderSrc: string,
    private readonly onText: (text: string) => void,
    private readonly announce: (text: string) => void,
    private readonly ui: Ui<RecapUiKey>,
  ) {
    this.button = required<HTMLButtonElement>(root, '[data-bk-scan]', component);
    this.panel = required(root, '[data-bk-scanner]', component);
    this.video = required<HTMLVideoElement>(root, '[data-bk-scan-video]', component);
    this.stopButton = required<HTMLButtonElement>(root, '[data-bk-scan-stop]', component);
    this.error = required(root, '[data-bk-scan-error]', component);
  }

  start(): void {
    this.button.addEventListener('click', () => void this.open());
    this.stopButton.addEventListener('click', () => this.stop(true));
    window.addEventListener('pagehide', () => this.stop(false));
  }

  private async open(): Promise<void> {
    if (this.stream) return;
    this.error.hidden = true;
    if (!navigator.mediaDevices?.getUserMedia) return this.fail('recap.scanUnsupported');
    this.button.disabled = true;
    this.announce(this.ui('recap.scanStarting'));
    try {
      await this.loadDecoder();
      this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      this.video.srcObject = this.stream;
      this.panel.hidden = false;
      await this.video.play();
      this.last = '';
      this.timer = window.setInterval(() => this.readFrame(), FRAME_MS);
      this.announce(this.ui('recap.scanReady'));
    } catch (error) {
      this.stop(false);
      const name = (error as { name?: string }).name ?? '';
      if (error instanceof DecoderError) this.fail('recap.scanFailed');
      else if (name === 'NotAllowedError' || name === 'SecurityError') this.fail('recap.scanDenied');
      else if (name === 'NotReadableError' || name === 'AbortError') this.fail('recap.scanBusy');
      else if (name === 'NotFoundError' || name === 'OverconstrainedError') this.fail('recap.scanNoCamera');
      else this.fail('recap.scanUnsupported');
    } finally {
      this.button.disabled = false;
    }
  }

  /** Stops the camera and hides the preview; says so when the trainer asked. */
  stop(say: boolean): void {
    window.clearInterval(this.timer);
    this.timer = undefined;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = undefined;
    this.video.srcObject = null;
    this.panel.hidden = true;
    if (say) {
      this.announce(this.ui('recap.scanStopped'));
      this.button.focus();
    }
  }

  private readFrame(): void {
    const { video, canvas } = this;
    if (!window.bkQrDecode || video.readyState < 2 || !video.videoWidth) return;
    const scale = Math.min(1, FRAME_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return;
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const text = window.bkQrDecode(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
    // The same code stays in view for many frames: act once per code shown.
    if (!text || text === this.last) return;
    this.last = text;
    this.onText(text);
  }

  private loadDecoder(): Promise<void> {
    if (window.bkQrDecode) return Promise.resolve();
    // A classic script tag, not import(): it also loads from file:// (the offline package).
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = this.decoderSrc;
      script.onload = () => (window.bkQrDecode ? resolve() : reject(new DecoderError()));
      script.onerror = () => reject(new DecoderError());
      document.head.append(script);
    });
  }

  private fail(key: 'recap.scanUnsupported' | 'recap.scanDenied' | 'recap.scanBusy' | 'recap.scanNoCamera' | 'recap.scanFailed'): void {
    this.error.textContent = this.ui(key);
    this.error.hidden = false;
  }
}

class DecoderError extends Error {
  override name = 'DecoderError';
}
