/**
 * Says `text` through a polite live region (`role="status"`). The region is emptied first and
 * refilled a moment later, so the same words are announced again when they repeat.
 */
export function announcer(region: HTMLElement): (text: string) => void {
  return (text) => {
    region.textContent = '';
    setTimeout(() => (region.textContent = text), 50);
  };
}
