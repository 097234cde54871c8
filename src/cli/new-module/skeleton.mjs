// The files `npm run new-module` writes: a lesson, its quiz, its deck, and one question for the
// pre-test and post-test, as the least content that passes every check of the build (schemas,
// references, the quiz-order checks, the deck's 12–25 slides and 15–25 core minutes). Every text a
// reader would see is a bracketed placeholder, "[Isi: …]", that says what goes there, so nobody
// takes it for course content; how-to notes for the author are comments, which no page shows.

/** What marks a placeholder in every file, so authors (and a search) find what is left to write. */
export const placeholderMark = '[Isi:';

/** `nilai-organisasi` → `Nilai Organisasi`: a working title until the author writes one. */
export function titleFromId(id) {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The working title, marked as such on every page it shows. */
export const workingTitle = (id) => `${titleFromId(id)} (judul sementara)`;

/** A YAML double-quoted string. */
const q = (text) => JSON.stringify(text);

/** The heading of the lesson's first section, which the questions cite by its slug. */
export const firstSection = { title: 'Bagian pertama', slug: 'bagian-pertama' };

/** `content/lessons/<id>.mdx` */
export function lessonFile({ id, order, regulation, date }) {
  return `---
# Modul ini dibuat oleh "npm run new-module -- ${id}". Setiap teks "[Isi: ...]" adalah tempat
# isian: ganti dengan materi Anda. Baris yang diawali # seperti ini tidak tampil di halaman.
# - Kolom di bawah: judul, ringkasan, tujuan, dan daftar regulasi (id dari content/regulations.yaml).
# - Setiap pernyataan tentang aturan ditulis bersama rujukannya, komponen Reg dengan id regulasi.
# - Kuis modul ini: content/quizzes/${id}.yaml; presentasinya: slides/${id}.md; satu soal di
#   pre-test dan post-test juga dibuat untuknya.
# - Soal-soal itu merujuk judul bagian "${firstSection.title}" (#${firstSection.slug}). Bila judul itu
#   diganti, ganti juga "section" di soal-soal itu; build menunjukkan tempatnya.
# Aturan penulisan lengkap: content/README.md.
title: ${q(workingTitle(id))}
order: ${order}
description: ${q('[Isi: satu kalimat ringkasan modul, tampil di beranda dan hasil pencarian.]')}
objectives:
  - ${q('[Isi: tujuan pembelajaran pertama, diawali kata kerja, mis. Menjelaskan …]')}
  - ${q('[Isi: tujuan pembelajaran kedua, diawali kata kerja, mis. Menerapkan …]')}
regulations:
  - ${regulation}
deck: ${id}
quiz: ${id}
minutes: 20
updated: ${date}
---

[Isi: paragraf pembuka. Dalam dua atau tiga kalimat, jelaskan masalah nyata di kantor yang dijawab modul ini dan apa yang akan dapat dilakukan pembaca setelahnya.]

## ${firstSection.title}

[Isi: materi bagian pertama, dengan kata-kata sendiri dan contoh dari pekerjaan sehari-hari. Ganti juga judul bagian ini.]

[Isi: tulis rujukan di akhir kalimat yang menyebut aturan, seperti ini:] <Reg id="${regulation}" />

## Ringkasan

- [Isi: satu butir ringkasan untuk setiap bagian modul.]

## Refleksi

1. [Isi: satu pertanyaan renungan yang mengaitkan isi modul dengan pekerjaan pembaca.]
`;
}

/** The options and explanation of a single-choice placeholder question (YAML, indented for a question list). */
const choiceOptions = `    options:
      - text: ${q('[Isi: jawaban yang benar]')}
        correct: true
        feedback: ${q('[Isi: mengapa jawaban ini benar.]')}
      - text: ${q('[Isi: pilihan keliru yang masuk akal]')}
        feedback: ${q('[Isi: mengapa pilihan ini keliru.]')}
      - text: ${q('[Isi: pilihan keliru lain]')}
        feedback: ${q('[Isi: mengapa pilihan ini keliru.]')}
    explanation: ${q('[Isi: pembahasan jawaban, dengan rujukan aturannya.]')}
`;

/** `content/quizzes/<id>.yaml`: one single-choice and one true/false question. */
export function quizFile({ id, regulation }) {
  return `# Kuis modul "${id}". Ganti setiap teks "[Isi: ...]". Jenis soal dan kolomnya ada di
# content/README.md, bagian "Kuis". Urutan pilihan diacak saat build: tulis jawaban yang benar di
# urutan mana saja. Soal benar-salah yang jawabannya salah diberi umpan balik "Tepat. Pernyataan itu
# keliru ...".
title: ${q(`Kuis ${workingTitle(id)}`)}
lesson: ${id}
description: ${q('[Isi: satu kalimat tentang apa yang diuji kuis ini.]')}
questions:
  - id: q01
    type: single
    prompt: ${q('[Isi: pertanyaan tentang bagian pertama modul.]')}
${choiceOptions}    cite:
      regulation: ${regulation}
      section: ${firstSection.slug}
  - id: q02
    type: truefalse
    prompt: ${q('[Isi: satu pernyataan tentang isi modul yang benar; peserta menilai benar atau salah.]')}
    answer: true
    trueFeedback: ${q('[Isi: umpan balik bila peserta menjawab Benar.]')}
    falseFeedback: ${q('[Isi: umpan balik bila peserta menjawab Salah.]')}
    explanation: ${q('[Isi: pembahasan pernyataan itu.]')}
    cite:
      section: ${firstSection.slug}
`;
}

/** One authored slide of the deck. */
function slide({ core = false, text, notes, minutes }) {
  return `${core ? '[inti]\n' : ''}${text}\n\nCatatan:\n${notes} (${minutes} menit)\n`;
}

/**
 * `slides/<id>.md`: 12 slides (the least a deck may have), the title, four content slides and the
 * summary marked [inti] for 16 core minutes (15–25 allowed), 32 minutes in all for a 45-minute session.
 */
export function deckFile({ id }) {
  const content = (n, core) =>
    slide({
      core,
      text: `## [Isi: judul slide ${n}]\n\n+ [Isi: poin pertama, muncul satu per satu]\n+ [Isi: poin kedua]`,
      notes: '[Isi: apa yang dikatakan fasilitator di slide ini, dan satu pertanyaan untuk peserta.]',
      minutes: 3,
    });
  const slides = [
    slide({
      core: true,
      text: `# ${workingTitle(id)}\n\n[Isi: subjudul sesi]`,
      notes: '[Isi: sapaan pembuka, perkenalan, dan tujuan sesi. Waktu di akhir catatan, seperti di bawah ini, dipakai pengatur waktu presentasi.]',
      minutes: 2,
    }),
    slide({ text: '## Yang kita bahas\n\n- [Isi: pokok bahasan pertama]\n- [Isi: pokok bahasan kedua]', notes: '[Isi: alur sesi.]', minutes: 1 }),
    ...[3, 4, 5, 6, 7, 8, 9, 10].map((n) => content(n, n <= 6)),
    slide({ core: true, text: '## Ringkasan\n\n- [Isi: pesan utama pertama]\n- [Isi: pesan utama kedua]', notes: '[Isi: ulangi pesan utama sesi.]', minutes: 2 }),
    slide({ text: '## Refleksi\n\n[Isi: satu pertanyaan untuk dibawa peserta ke tempat kerja]', notes: '[Isi: beri waktu peserta menjawab, lalu tutup sesi.]', minutes: 3 }),
  ];
  return `---
# Presentasi modul "${id}", dibuat oleh "npm run new-module". Ganti setiap teks "[Isi: ...]".
# Baris "---" memisahkan slide; baris "Catatan:" memulai catatan pembicara, dan "(3 menit)" di
# akhirnya adalah waktu slide itu. Slide bertanda [inti] membentuk versi inti, yang harus 15-25
# menit. Dek berisi 12-25 slide; slide penutup dengan kode QR ditambahkan otomatis.
# Lihat content/README.md, bagian "Presentasi".
title: ${q(workingTitle(id))}
lesson: ${id}
minutes: 45
---

${slides.join('\n---\n\n')}`;
}

/** The question appended to the pre-test and the post-test, under the same id (one skill, one row in the recap). */
export function testQuestion({ id, questionId, regulation }) {
  return `
  # ${questionId}: soal untuk modul "${id}" (dibuat oleh npm run new-module). Ganti setiap "[Isi: ...]".
  # Soal ber-id sama di pre-test dan post-test menguji kemampuan yang sama (kolom skill).
  - id: ${questionId}
    skill: ${q(`[Isi: kemampuan yang diuji modul ${titleFromId(id)}]`)}
    type: single
    prompt: ${q(`[Isi: pertanyaan tentang modul ${titleFromId(id)}.]`)}
${choiceOptions}    cite:
      regulation: ${regulation}
      lesson: ${id}
      section: ${firstSection.slug}
`;
}
