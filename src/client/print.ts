/**
 * "Cetak" buttons (`data-bk-print`) on the printable pages (handouts, booklet): they open the
 * browser's print dialog. Without JavaScript the buttons stay hidden and the page says Ctrl+P.
 */
for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-bk-print]'))) {
  button.addEventListener('click', () => window.print());
}
