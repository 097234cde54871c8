import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  allowedMethods,
  charset,
  defaultType,
  documentHeaders,
  documentType,
  fileTypes,
  hsts,
  immutableRule,
  indexFile,
  notFoundPage,
  precompressed,
  revalidateRule,
  securityHeaders,
} from './hosting-rules.ts';

/**
 * The host configurations, generated from src/build/hosting-rules.ts (the rules the preview server
 * follows too): nginx, Apache (.htaccess), Caddy, and `_headers` for static hosts that read one
 * (Netlify, Cloudflare Pages). `npm run hosting` writes them to hosting/; the build copies the two
 * that live next to the pages (.htaccess, _headers) into dist/. Imports only `.ts` files with their
 * extension: `npm run hosting` runs this file with Node directly.
 */

const generatedNote = 'Dibuat dari src/build/hosting-rules.ts oleh `npm run hosting`; jangan diubah langsung.';
const hstsNote = 'Aktifkan HSTS hanya bila situs sudah pasti selalu lewat HTTPS (jangan untuk server LAN http://).';

/** Extensions grouped by MIME type, in the order of fileTypes. */
function typesByMime(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [ext, { type }] of Object.entries(fileTypes)) out.set(type, [...(out.get(type) ?? []), ext]);
  return out;
}
const textExtensions = () => Object.entries(fileTypes).filter(([, t]) => t.text).map(([ext]) => ext);
const textTypes = () => [...new Set(Object.values(fileTypes).filter((t) => t.text).map((t) => t.type))];
const quoteNginx = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;

/** The nginx variable that holds a page-only header's value (empty, so not sent, for other responses). */
const nginxVariable = (name: string) => `$bk_${name.toLowerCase().replace(/-/g, '_')}`;

export function nginxConfig(): string {
  const headers = (cache: string, indent: string) =>
    [
      `${indent}add_header Cache-Control ${quoteNginx(cache)} always;`,
      ...Object.entries(securityHeaders).map(([n, v]) => `${indent}add_header ${n} ${quoteNginx(v)} always;`),
      ...Object.keys(documentHeaders).map((n) => `${indent}add_header ${n} ${nginxVariable(n)} always;`),
      `${indent}# add_header ${hsts.name} ${quoteNginx(hsts.value)} always;`,
    ].join('\n');
  const maps = Object.entries(documentHeaders)
    .map(([n, v]) => `map $sent_http_content_type ${nginxVariable(n)} {\n    ~^${documentType} ${quoteNginx(v)};\n    default "";\n}`)
    .join('\n');
  const types = [...typesByMime()].map(([type, exts]) => `        ${type} ${exts.join(' ')};`).join('\n');
  return `# Budaya Kerja ASN: konfigurasi nginx.
# ${generatedNote}
# Salin isi dist/ ke folder "root" di bawah, lalu sertakan berkas ini di dalam blok http { }.
# ${hstsNote}

# Header khusus halaman (${documentType}); untuk berkas lain nilainya kosong sehingga tidak dikirim.
${maps}

server {
    listen 80;
    # listen 443 ssl;  # bersama ssl_certificate dan ssl_certificate_key
    server_name _;
    root /var/www/budaya-kerja-asn;
    index ${indexFile};
    autoindex off;
    server_tokens off;
    error_page 404 ${notFoundPage};

    # Situs statis: hanya ${allowedMethods.join(' dan ')}.
    if ($request_method !~ ^(${allowedMethods.join('|')})$) {
        return 405;
    }

    # Jenis berkas (MIME) semua berkas hasil build.
    types {
${types}
    }
    default_type ${defaultType};
    charset ${charset};
    charset_types ${textTypes().filter((t) => t !== 'text/html').join(' ')};

    # Berkas .gz di samping setiap berkas teks (dibuat saat build); .br perlu modul ngx_brotli
    # (Debian/Ubuntu: libnginx-mod-http-brotli-static), lalu hapus tanda # di depan brotli_static.
    gzip_static on;
    # brotli_static on;
    gzip on;
    gzip_vary on;
    gzip_types ${textTypes().filter((t) => t !== 'text/html').join(' ')};

    # ${immutableRule.why}
    location ~ ${immutableRule.pattern} {
        try_files $uri =404;
${headers(immutableRule.cacheControl, '        ')}
    }

    # ${revalidateRule.why}
    location / {
        try_files $uri $uri/ =404;
${headers(revalidateRule.cacheControl, '        ')}
    }
}
`;
}

export function apacheHtaccess(): string {
  const types = [...typesByMime()].map(([type, exts]) => `  AddType ${type} ${exts.map((e) => `.${e}`).join(' ')}`).join('\n');
  const textPattern = textExtensions().join('|');
  const precompressedRules = precompressed
    .map(
      ({ encoding, suffix }) => `  RewriteCond "%{HTTP:Accept-Encoding}" "\\b${encoding}\\b"
  RewriteCond "%{REQUEST_FILENAME}${suffix}" -f
  RewriteRule "^(.*\\.(?:${textPattern}))$" "$1${suffix}" [E=no-gzip:1,E=no-brotli:1,L]
  RewriteCond "%{HTTP:Accept-Encoding}" "\\b${encoding}\\b"
  RewriteCond "%{REQUEST_FILENAME}" -d
  RewriteCond "%{REQUEST_FILENAME}/${indexFile}${suffix}" -f
  RewriteRule "^(.*/)?$" "$1${indexFile}${suffix}" [E=no-gzip:1,E=no-brotli:1,L]`,
    )
    .join('\n');
  return `# Budaya Kerja ASN: konfigurasi Apache 2.4 (.htaccess di folder situs).
# ${generatedNote}
# Perlu mod_rewrite, mod_headers, mod_mime, dan AllowOverride All (atau FileInfo Indexes Options).
# ${hstsNote}

Options -Indexes -MultiViews
DirectoryIndex ${indexFile}
ErrorDocument 404 ${notFoundPage}

# Jenis berkas (MIME) semua berkas hasil build.
<IfModule mod_mime.c>
${types}
  AddCharset ${charset} ${textExtensions().map((e) => `.${e}`).join(' ')}
  # Berkas .br/.gz di samping berkas teks: jenisnya dari nama aslinya, ditambah Content-Encoding.
  RemoveType ${precompressed.map((p) => p.suffix).join(' ')}
${precompressed.map((p) => `  AddEncoding ${p.encoding} ${p.suffix}`).join('\n')}
</IfModule>

<IfModule mod_rewrite.c>
  RewriteEngine On
  # Situs statis: hanya ${allowedMethods.join(' dan ')}.
  RewriteCond "%{REQUEST_METHOD}" "!^(?:${allowedMethods.join('|')})$"
  RewriteRule "^" "-" [R=405,L]
  # Kirim berkas .br atau .gz yang dibuat saat build bila browser menerimanya (juga untuk URL folder).
${precompressedRules}
</IfModule>

<IfModule mod_headers.c>
  <FilesMatch "\\.(?:${textPattern})(?:${precompressed.map((p) => p.suffix.replace('.', '\\.')).join('|')})?$">
    Header append Vary Accept-Encoding
  </FilesMatch>
${Object.entries(securityHeaders).map(([n, v]) => `  Header always set ${n} "${v.replace(/"/g, '\\"')}"`).join('\n')}
  # Khusus halaman (${documentType}):
${Object.entries(documentHeaders).map(([n, v]) => `  Header always set ${n} "${v.replace(/"/g, '\\"')}" "expr=%{CONTENT_TYPE} =~ m#^${documentType}#"`).join('\n')}
  # Header always set ${hsts.name} "${hsts.value}"
  # ${immutableRule.why}
  <If "%{REQUEST_URI} =~ m#${immutableRule.pattern}#">
    Header set Cache-Control "${immutableRule.cacheControl}"
  </If>
  # ${revalidateRule.why}
  <Else>
    Header set Cache-Control "${revalidateRule.cacheControl}"
  </Else>
</IfModule>
`;
}

export function caddyfile(): string {
  const types = [...typesByMime()]
    .map(([type, exts], i) => {
      const name = `@type${i}`;
      const value = fileTypes[exts[0]!]!.text ? `${type}; charset=${charset}` : type;
      return `\t${name} path ${exts.map((e) => `*.${e}`).join(' ')}\n\theader ${name} Content-Type "${value}"`;
    })
    .join('\n');
  return `# Budaya Kerja ASN: Caddyfile (Caddy 2).
# ${generatedNote}
# Ganti :80 dengan nama domain agar Caddy memasang HTTPS sendiri.
# ${hstsNote}

:80 {
	root * /srv/budaya-kerja-asn

	# Situs statis: hanya ${allowedMethods.join(' dan ')}.
	@method not method ${allowedMethods.join(' ')}
	respond @method 405

	# Jenis berkas (MIME) semua berkas hasil build.
${types}

	header {
${Object.entries(securityHeaders).map(([n, v]) => `\t\t${n} "${v.replace(/"/g, '\\"')}"`).join('\n')}
		# ${hsts.name} "${hsts.value}"
	}
	# Khusus halaman: URL folder dan berkas .html.
	@document path */ *.html
	header @document {
${Object.entries(documentHeaders).map(([n, v]) => `\t\t${n} "${v.replace(/"/g, '\\"')}"`).join('\n')}
	}
	# ${immutableRule.why}
	@immutable path_regexp ${immutableRule.pattern}
	header @immutable Cache-Control "${immutableRule.cacheControl}"
	# ${revalidateRule.why}
	@revalidate not path_regexp ${immutableRule.pattern}
	header @revalidate Cache-Control "${revalidateRule.cacheControl}"

	# Berkas .br/.gz di samping berkas teks dibuat saat build.
	file_server {
		precompressed ${precompressed.map((p) => p.encoding).join(' ')}
	}

	handle_errors {
		@notFound expression {err.status_code} == 404
		handle @notFound {
			rewrite * ${notFoundPage}
			file_server {
				precompressed ${precompressed.map((p) => p.encoding).join(' ')}
			}
		}
	}
}
`;
}

/**
 * `_headers` (Netlify, Cloudflare Pages). These hosts compress on their own and already revalidate
 * every file by default; a header named in two matching rules would be joined, so the site-wide
 * block carries no Cache-Control and each Cache-Control rule matches different files. Its patterns
 * cannot tell pages from other files, so every response gets the page headers too (these hosts
 * speak HTTP/2, which compresses repeated headers).
 */
export function headersFile(): string {
  const block = (paths: readonly string[], lines: string[]) => paths.map((p) => `${p}\n${lines.map((l) => `  ${l}`).join('\n')}`).join('\n');
  return `# Budaya Kerja ASN: _headers untuk hosting statis yang membacanya (Netlify, Cloudflare Pages).
# ${generatedNote}
# ${hstsNote}

${block(['/*'], [...Object.entries({ ...securityHeaders, ...documentHeaders }).map(([n, v]) => `${n}: ${v}`)])}

# ${immutableRule.why}
${block(immutableRule.paths, [`Cache-Control: ${immutableRule.cacheControl}`])}

# ${revalidateRule.why}
${block(revalidateRule.paths, [`Cache-Control: ${revalidateRule.cacheControl}`])}
`;
}

/** Every host config by its file name in hosting/. */
export function hostConfigs(): Record<string, string> {
  return { 'nginx.conf': nginxConfig(), '.htaccess': apacheHtaccess(), Caddyfile: caddyfile(), _headers: headersFile() };
}

/** The configs that belong next to the pages, copied into dist/ by the build. */
export const configsInDist = ['.htaccess', '_headers'] as const;

/** Copies the configs that live next to the pages into dist/ (Apache and `_headers` hosts read them there). */
export async function writeHostConfigsInDist(dist: string): Promise<string[]> {
  const configs = hostConfigs();
  for (const name of configsInDist) await writeFile(path.join(dist, name), configs[name]!);
  return [...configsInDist];
}
