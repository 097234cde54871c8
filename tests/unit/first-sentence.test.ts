import { expect, test } from 'vitest';
import { firstSentence } from '../../src/shared/first-sentence';

test('the first sentence ends at a full stop before a capital, not inside numbers or after the last word', () => {
  expect(firstSentence('Bidang birokrasi yang ditata. Grand Design RB menetapkan delapan area.')).toBe('Bidang birokrasi yang ditata.');
  expect(firstSentence('Batasnya Rp1.500.000 per pemberi. Sejak 2026 berlaku.')).toBe('Batasnya Rp1.500.000 per pemberi.');
  expect(firstSentence('Keadaan melaksanakan tugas (PP 94/2021 Pasal 1 angka 5). Termasuk tugas luar.')).toBe('Keadaan melaksanakan tugas (PP 94/2021 Pasal 1 angka 5).');
  expect(firstSentence('  Satu kalimat saja tanpa titik  ')).toBe('Satu kalimat saja tanpa titik');
  expect(firstSentence('Dengan slogan "Bangga Melayani Bangsa". Sejak 2021.')).toBe('Dengan slogan "Bangga Melayani Bangsa".');
});
