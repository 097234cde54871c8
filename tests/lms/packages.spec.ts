import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { dist, offlineDir, root } from '../support/dist';
import { readZip, type ZipEntry } from '../support/unzip';
import { builtPlan, zipMtime, zipOf } from '../support/scorm';
import { manifestErrors, vendoredSchema } from '../support/scorm-schemas';
import { leftoverRootUrls } from '../../src/build/offline-variant';
import { portableNameProblems } from '../../src/build/portable-names';
import { packagePath } from '../../src/build/scorm/files';
import { buildScormPackages } from '../../src/build/scorm/packages';
import { HtmlPage } from '../../src/build/html-page';
import { site } from '../../src/site';
import { quizzesOf } from '../support/content';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';

// Node-only checks of the built SCORM packages: shape, schemas, contents, links, determinism.
const plan = builtPlan();
const schemas = ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'];
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const filesOf = (entries: ZipEntry[]) => new Map(entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e.data]));

interface ManifestDoc {
  manifest: {
    organizations: { organization: { title: string; item: { '@_identifier': string; '@_identifierref': string; title: string; 'adlcp:masteryscore'?: number }[] } };
    resources: { resource: { '@_identifier': string; '@_href'?: string; '@_adlcp:scormtype': string; file: { '@_href': string }[] }[] };
  };
}
const parseManifest = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'resource', 'file', 'dependency'].includes(name) }).parse(xml) as ManifestDoc;

test('there is one package per module and one for the whole course, each module once in the course package', () => {
  const modules = quizzesOf().filter((q) => q.quiz.kind === 'module').length;
  const single = plan.packages.filter((p) => p.scos.length === 1);
  expect(single).toHaveLength(modules);
  const course = plan.packages.filter((p) => p.scos.length > 1);
  expect(course).toHaveLength(1);
  expect(course[0]!.scos.map((s) => s.id)).toEqual(['pretest', ...single.map((p) => p.scos[0]!.id), 'posttest']);
});

for (const pack of plan.packages) {
  test.describe(pack.file, () => {
    const entries = () => readZip(zipOf(pack.file));

    test('has imsmanifest.xml and the four ADL schema files, unchanged, at the root of the zip', () => {
      const files = filesOf(entries());
      expect(files.has('imsmanifest.xml')).toBe(true);
      for (const schema of schemas) expect(files.get(schema)?.equals(readFileSync(path.join(root, 'src/build/scorm/schemas', schema))), schema).toBe(true);
    });

    test('its manifest validates against the SCORM 1.2 schemas it carries', async () => {
      const files = filesOf(entries());
      const errors = await manifestErrors(files.get('imsmanifest.xml')!.toString('utf8'), (f) => files.get(f)!.toString('utf8'));
      expect(errors).toEqual([]);
    });

    test('its manifest lists every file of the zip, launches each SCO from a file that exists, and sets the mastery score from the pass mark', () => {
      const files = filesOf(entries());
      const doc = parseManifest(files.get('imsmanifest.xml')!.toString('utf8'));
      const listed = doc.manifest.resources.resource.flatMap((r) => r.file.map((f) => f['@_href']));
      const inZip = [...files.keys()].filter((f) => f !== 'imsmanifest.xml' && !schemas.includes(f));
      expect([...listed].sort()).toEqual(inZip.sort());
      const items = doc.manifest.organizations.organization.item;
      expect(items.map((i) => i['@_identifier'])).toEqual(pack.scos.map((s) => `item-${s.id}`));
      for (const [i, sco] of pack.scos.entries()) {
        const resource = doc.manifest.resources.resource.find((r) => r['@_identifier'] === items[i]!['@_identifierref'])!;
        expect(resource['@_adlcp:scormtype']).toBe('sco');
        expect(files.has(resource['@_href']!)).toBe(true);
        expect(items[i]!['adlcp:masteryscore']).toBe(sco.id === 'pretest' ? undefined : site.passPercent);
      }
    });

    test('every page keeps its links, scripts and styles inside the package: relative, present, no module script, no root-absolute URL', () => {
      const files = filesOf(entries());
      const problems: string[] = [];
      for (const [name, data] of files) {
        if (!name.endsWith('.html')) continue;
        const html = data.toString('utf8');
        problems.push(...leftoverRootUrls(html, name).map((u) => `${name}: ${u}`));
        for (const el of new HtmlPage(html, name).elements()) {
          if (el.tag === 'script' && el.attr('type') === 'module') problems.push(`${name}: <script type="module">`);
          for (const { name: attr, value } of el.attributes) {
            if (!/^(href|src|data-[\w-]*(src|href|url))$/.test(attr) || /^(#|data:|https?:|mailto:)/.test(value)) continue;
            const target = packagePath(value, name);
            if (!target || !files.has(target)) problems.push(`${name}: ${attr}="${value}" tidak ada di paket`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    test('the adapter loads on the SCO pages only; reference pages and the site elsewhere never load it', () => {
      const files = filesOf(entries());
      const scoPages = new Set(pack.scos.flatMap((s) => s.pages.map((u) => `${u.replace(/^\//, '')}index.html`)));
      for (const [name, data] of files) {
        if (!name.endsWith('.html') || name.startsWith('lms/')) continue;
        expect(data.toString('utf8').includes('js/scorm.js'), name).toBe(scoPages.has(name));
      }
      expect(readFileSync(path.join(dist, 'modul', 'grand-design', 'index.html'), 'utf8')).not.toContain('scorm.js');
      expect(readFileSync(path.join(offlineDir, 'modul', 'grand-design', 'index.html'), 'utf8')).not.toContain('scorm.js');
    });

    test('its reference pages are the same in every package and list no modules, so they do not grow with the course', () => {
      const files = filesOf(entries());
      const sources = files.get('dasar-hukum/index.html')!.toString('utf8');
      const ui = JSON.parse(readFileSync(path.join(root, 'src/i18n/id.json'), 'utf8')) as Record<string, string>;
      expect(sources).toContain(ui['sources.governs']);
      expect(sources).not.toContain(ui['sources.citedBy']);
      expect(readFileSync(path.join(offlineDir, 'dasar-hukum', 'index.html'), 'utf8')).toContain(ui['sources.citedBy']);
      const first = filesOf(readZip(zipOf(plan.packages[0]!.file)));
      for (const page of plan.supportPages.map((u) => `${u.replace(/^\//, '')}index.html`)) expect(sha(files.get(page)!), page).toBe(sha(first.get(page)!));
    });

    test('holds no precompressed copies and only names that unpack everywhere', () => {
      const names = entries().map((e) => e.name.replace(/\/$/, ''));
      expect(names.filter((n) => /\.(br|gz)$/.test(n))).toEqual([]);
      expect(portableNameProblems(names)).toEqual([]);
    });
  });
}

test('every page of the course package, launch frames included, is valid HTML (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate(
    new StaticConfigLoader({
      extends: ['html-validate:recommended'],
      rules: { 'no-inline-style': 'off', 'attribute-boolean-style': 'off', 'void-style': 'off', 'no-trailing-whitespace': 'off', 'long-title': 'off' },
    }),
  );
  const pack = plan.packages.find((p) => p.scos.length > 1)!;
  const problems: string[] = [];
  for (const [name, data] of filesOf(readZip(zipOf(pack.file)))) {
    if (!name.endsWith('.html')) continue;
    const report = await validator.validateString(data.toString('utf8'), name);
    for (const result of report.results) for (const m of result.messages) problems.push(`${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});

test('SHA256SUMS.txt and the download page give the size and checksum of every package and bank', () => {
  const sums = readFileSync(path.join(dist, 'unduh', 'scorm', 'SHA256SUMS.txt'), 'utf8');
  const page = readFileSync(path.join(dist, 'unduh', 'index.html'), 'utf8');
  for (const pack of plan.packages) {
    const data = readFileSync(zipOf(pack.file));
    expect(sums).toContain(`${sha(data)}  ${pack.file}\n`);
    expect(page).toContain(sha(data));
    expect(page).toContain(`${data.length} byte`);
  }
  for (const bank of ['bank-soal.gift.txt', 'bank-soal.moodle.xml']) expect(page).toContain(sha(readFileSync(path.join(dist, 'unduh', bank))));
  expect(page).not.toContain('@@');
  expect(page).not.toContain('bk-scorm-plan');
});

test('the offline zip (and so the ZIM) leaves out the files for LMSs and the adapter only the packages load', () => {
  const names = readZip(path.join(dist, 'unduh', 'budaya-kerja-offline.zip')).map((e) => e.name);
  expect(names.filter((n) => /\/(js\/scorm\.js|unduh\/scorm\/|unduh\/bank-soal\.)/.test(n))).toEqual([]);
  expect(names).toContain('budaya-kerja-asn/js/quiz.js');
});

test('building the packages again from the same offline variant gives byte-identical zips', async () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'bk-scorm-again-'));
  try {
    const again = path.join(temp, 'dist');
    mkdirSync(path.join(again, 'js'), { recursive: true });
    cpSync(path.join(dist, 'js', 'scorm.js'), path.join(again, 'js', 'scorm.js'));
    const results = await buildScormPackages({ dist: again, offlineDir, plan, mtime: zipMtime(zipOf(plan.packages[0]!.file)) });
    expect(results.map((r) => [r.file, r.sha256])).toEqual(plan.packages.map((p) => [p.file, sha(readFileSync(zipOf(p.file)))]));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});
