import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Checks the institution's logo (`logo` in content/site.yaml) before it goes on every page: a PNG
 * by its signature, or an SVG that is well-formed and inert. The logo is shown with `<img>` (where
 * an SVG's scripts never run and it loads nothing), but the file is also served on its own, where a
 * script would run with the site's origin, and the house rule is zero requests outside the site:
 * so an SVG with scripts, event handlers, embedded HTML or outside references is refused, with the
 * reason, rather than silently rewritten. Node, build time; returns problems in editor wording.
 */

/** The largest logo we accept: it loads on every page a phone opens. */
export const maxLogoBytes = 100 * 1024;

export interface LogoInfo {
  type: 'svg' | 'png';
  /** Width / height, to reserve the logo's box before it loads (no layout shift). */
  aspect: number;
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Elements that run code or embed other documents. */
const activeElements = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener', 'audio', 'video', 'canvas']);
/** Embedded rasters are common in exported logos; anything else a URL names is outside the file. */
const allowedDataUrl = /^data:image\/(?:png|jpe?g|gif|webp);base64,/i;

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Checks a logo's bytes; `type` comes from the file name. Returns what is wrong, in Indonesian (empty when fine). */
export function checkLogo(data: Uint8Array, type: 'svg' | 'png'): { problems: string[]; info?: LogoInfo } {
  if (data.length > maxLogoBytes) {
    return { problems: [`berkas logo ${Math.ceil(data.length / 1024)} KB, maksimal ${maxLogoBytes / 1024} KB (logo dimuat di setiap halaman): perkecil gambarnya atau pakai SVG`] };
  }
  return type === 'png' ? checkPng(data) : checkSvg(new TextDecoder().decode(data));
}

function checkPng(data: Uint8Array): { problems: string[]; info?: LogoInfo } {
  if (data.length < 24 || pngSignature.some((b, i) => data[i] !== b)) return { problems: ['berkas .png ini bukan gambar PNG (isinya tidak diawali tanda PNG); simpan ulang sebagai PNG'] };
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (!width || !height) return { problems: ['gambar PNG ini tidak punya ukuran; simpan ulang sebagai PNG'] };
  return { problems: [], info: { type: 'png', aspect: width / height } };
}

const localName = (name: string) => name.replace(/^.*:/, '').toLowerCase();

function checkSvg(text: string): { problems: string[]; info?: LogoInfo } {
  if (/<!ENTITY/i.test(text)) return { problems: ['SVG ini mendefinisikan entitas (<!ENTITY>); simpan ulang dari aplikasi gambar tanpa DOCTYPE'] };
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) return { problems: [`bukan SVG yang sah: ${valid.err.msg} (baris ${valid.err.line})`] };
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', allowBooleanAttributes: true, processEntities: false, parseTagValue: false });
  const nodes = parser.parse(text) as XmlNode[];
  const elementsOf = (list: XmlNode[]) => list.filter((n) => Object.keys(n).some((k) => k !== ':@' && !k.startsWith('#') && !k.startsWith('?')));
  const root = elementsOf(nodes)[0];
  const rootName = root ? Object.keys(root).find((k) => k !== ':@')! : '';
  if (!root || localName(rootName) !== 'svg') return { problems: ['berkas .svg ini tidak berisi gambar SVG (elemen teratasnya bukan <svg>)'] };

  const found = new Set<string>();
  const walk = (list: XmlNode[]) => {
    for (const node of list) {
      for (const [key, value] of Object.entries(node)) {
        if (key === ':@' || key === '#text' || key.startsWith('?')) continue;
        const name = localName(key);
        if (activeElements.has(name)) found.add(`elemen <${key}>`);
        for (const [attr, raw] of Object.entries(node[':@'] ?? {})) {
          const a = localName(attr);
          const v = String(raw).trim();
          if (a.startsWith('on')) found.add(`penangan kejadian ${attr}="…"`);
          if ((a === 'href' || a === 'src') && v && !v.startsWith('#') && !allowedDataUrl.test(v)) found.add(`rujukan ke luar berkas ${attr}="${v.slice(0, 40)}"`);
          if (a === 'style') cssProblems(v).forEach((p) => found.add(p));
        }
        if (name === 'style' && Array.isArray(value)) {
          const css = (value as XmlNode[]).map((c) => String(c['#text'] ?? (c['#cdata'] as XmlNode[] | undefined)?.map((d) => d['#text']).join('') ?? '')).join('');
          cssProblems(css).forEach((p) => found.add(p));
        }
        if (Array.isArray(value)) walk(value as XmlNode[]);
      }
    }
  };
  walk([root]);
  if (/javascript:/i.test(text)) found.add('alamat javascript:');
  if (found.size) {
    return { problems: [`SVG ini memuat ${[...found].join(', ')}; logo harus gambar saja, tanpa skrip dan tanpa rujukan ke berkas lain: ekspor ulang sebagai "SVG biasa" atau pakai PNG`] };
  }
  return { problems: [], info: { type: 'svg', aspect: svgAspect(root[':@'] ?? {}) } };
}

/** `url(...)` to anything but a fragment, and `@import`, load outside files. */
function cssProblems(css: string): string[] {
  const out: string[] = [];
  if (/@import/i.test(css)) out.push('@import di CSS');
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) {
    const url = (m[2] ?? '').trim();
    if (!url.startsWith('#') && !allowedDataUrl.test(url)) out.push(`url(${url.slice(0, 40)}) di CSS`);
  }
  return out;
}

/** Width / height from the viewBox, else from width and height; square when neither says. */
function svgAspect(attrs: Record<string, string>): number {
  const box = (attrs.viewBox ?? attrs.viewbox ?? '').trim().split(/[\s,]+/).map(Number);
  if (box.length === 4 && box[2]! > 0 && box[3]! > 0) return box[2]! / box[3]!;
  const w = Number.parseFloat(attrs.width ?? '');
  const h = Number.parseFloat(attrs.height ?? '');
  return w > 0 && h > 0 ? w / h : 1;
}
