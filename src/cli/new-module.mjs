#!/usr/bin/env node
// `npm run new-module -- <id>`: a new module in one command. Writes the lesson, its quiz and its
// deck, with the next order number and placeholder text that tells the author what goes where,
// and adds one question for the module to the pre-test and the post-test (so the module has its own
// row in the class recap). Asks nothing: the id is the only input, everything else is read from
// content/. What it writes passes every check of `npm run build` as it is.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import { deckFile, lessonFile, quizFile, testQuestion, titleFromId } from './new-module/skeleton.mjs';

/** The id pattern of every content file (src/schemas/fields.ts `idField`), kept short for URLs and result codes. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const maxIdLength = 40;

/** The regulation the skeleton cites until the author chooses: the ASN law, when the course lists it. */
const preferredRegulation = 'uu-20-2023';

/** A refusal the command prints as it is (Indonesian, for the author) and exits with 1. */
export class NewModuleError extends Error {}

const frontmatterOf = (text) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';

/** Local date as YYYY-MM-DD (the `updated` field). */
function today(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Why an id cannot be a new module, or undefined when it can. */
export function idProblem(id, root) {
  if (!id) return 'Tulis id modul baru, mis.: npm run new-module -- nilai-organisasi';
  if (id.length > maxIdLength || !idPattern.test(id)) {
    return `Id "${id}" tidak bisa dipakai: id hanya boleh huruf kecil, angka, dan tanda hubung di antaranya (maks. ${maxIdLength} karakter), mis. nilai-organisasi. Id menjadi alamat halaman, /modul/<id>/.`;
  }
  const taken = [`content/lessons/${id}.mdx`, `content/quizzes/${id}.yaml`, `slides/${id}.md`].filter((f) => existsSync(path.join(root, f)));
  if (taken.length) return `Modul "${id}" sudah ada (${taken.join(', ')}). Pilih id lain, atau ubah berkas yang sudah ada.`;
  return undefined;
}

/** Everything the new files need, read from content/: the next order, a regulation to cite, the tests to extend. */
export function plan(id, root, now = new Date()) {
  const problem = idProblem(id, root);
  if (problem) throw new NewModuleError(problem);
  const lessonsDir = path.join(root, 'content/lessons');
  const orders = readdirSync(lessonsDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => Number(parseYaml(frontmatterOf(readFileSync(path.join(lessonsDir, f), 'utf8')))?.order))
    .filter(Number.isFinite);
  const regulations = parseYaml(readFileSync(path.join(root, 'content/regulations.yaml'), 'utf8'));
  const ids = Array.isArray(regulations) ? regulations.map((r) => r?.id).filter((r) => typeof r === 'string') : [];
  if (!ids.length) throw new NewModuleError('content/regulations.yaml belum berisi regulasi; modul butuh minimal satu regulasi untuk dirujuk.');
  const regulation = ids.includes(preferredRegulation) ? preferredRegulation : ids[0];

  const quizDir = path.join(root, 'content/quizzes');
  const quizzes = readdirSync(quizDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ file: `content/quizzes/${f}`, text: readFileSync(path.join(quizDir, f), 'utf8') }))
    .map((q) => ({ ...q, data: parseYaml(q.text) }));
  const tests = quizzes.filter((q) => q.data?.kind === 'pretest' || q.data?.kind === 'posttest');
  for (const t of tests) {
    // The question is appended to the file: `questions` must be its last field.
    const topLevel = [...t.text.matchAll(/^([A-Za-z]\w*):/gm)].map((m) => m[1]);
    if (topLevel.at(-1) !== 'questions') throw new NewModuleError(`${t.file}: kolom "questions" harus menjadi kolom terakhir agar soal baru bisa ditambahkan di akhir berkas.`);
  }
  const used = new Set(tests.flatMap((t) => (t.data.questions ?? []).map((q) => q.id)));
  let n = 1;
  while (used.has(`p${String(n).padStart(2, '0')}`)) n++;
  const questionId = `p${String(n).padStart(2, '0')}`;

  return { id, order: Math.max(0, ...orders) + 1, regulation, date: today(now), questionId, tests: tests.map((t) => t.file) };
}

/** Writes the module's files and extends the tests; returns what it wrote, for the report. */
export function createModule(id, root, now = new Date()) {
  const p = plan(id, root, now);
  const files = [
    { file: `content/lessons/${id}.mdx`, text: lessonFile(p), what: 'pelajaran' },
    { file: `content/quizzes/${id}.yaml`, text: quizFile(p), what: 'kuis modul (2 soal)' },
    { file: `slides/${id}.md`, text: deckFile(p), what: 'presentasi (12 slide, versi inti 16 menit)' },
  ];
  for (const f of files) writeFileSync(path.join(root, f.file), f.text, { flag: 'wx' });
  const question = testQuestion(p);
  for (const file of p.tests) {
    const absolute = path.join(root, file);
    const text = readFileSync(absolute, 'utf8');
    writeFileSync(absolute, `${text.replace(/\s*$/, '\n')}${question}`);
  }
  return { ...p, files };
}

function main() {
  const id = process.argv[2]?.trim() ?? '';
  const root = process.cwd();
  try {
    const made = createModule(id, root);
    const lines = [
      `Modul baru "${id}" dibuat sebagai modul ke-${made.order} (${titleFromId(id)}):`,
      ...made.files.map((f) => `  ${f.file.padEnd(40)} ${f.what}`),
      ...made.tests.map((f) => `  ${f.padEnd(40)} soal ${made.questionId} ditambahkan untuk modul ini`),
      '',
      'Langkah berikutnya:',
      '  1. Ganti setiap teks "[Isi: ...]" di berkas-berkas itu dengan materi Anda (judul juga).',
      '  2. Jalankan npm run build. Bila ada isian yang salah, build menyebut berkas dan kolomnya.',
      '  3. Perbarui deskripsi pre-test dan post-test bila menyebut jumlah soal.',
    ];
    console.log(lines.join('\n'));
  } catch (error) {
    if (!(error instanceof NewModuleError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
