#!/usr/bin/env node
// Builds the static documentation site in docs/site/ (git-ignored):
//   - every Markdown guide in docs/*.md, rendered with marked into a shared layout with navigation
//     (docs/README.md becomes index.html), plus the repository's README.md and CONTRIBUTING.md;
//   - the playground (docs/site-src/playground.html + playground.js), which imports the library from a
//     copy of the ESM build (dist/ → docs/site/lib/);
//   - the typedoc API reference (docs/api/ → docs/site/api/) when `npx typedoc` has produced it.
// Internal links and anchors are checked: a broken one fails the build (exit 1) with file and line.
// No network, no external assets: the result works from any static server.
//
// Usage: node scripts/build-site.mjs [--out <dir>] [--quiet]
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked, Renderer } from 'marked';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const DEFAULT_OUT = join(ROOT, 'docs/site');
const OUT = outArg >= 0 && args[outArg + 1] ? resolve(ROOT, args[outArg + 1]) : DEFAULT_OUT;
const QUIET = args.includes('--quiet');
const DOCS = join(ROOT, 'docs');
const SRC = join(DOCS, 'site-src');
const DIST = join(ROOT, 'dist');
const API = join(DOCS, 'api');
const MARKER = '.pqrsd-site';

const log = (msg) => {
  if (!QUIET) process.stdout.write(`${msg}\n`);
};

/** Navigation order and short titles of the known guides; other docs/*.md pages follow, by name. */
const NAV = [
  ['README.md', 'Inicio'],
  ['primeros-pasos.md', 'Primeros pasos'],
  ['calendario.md', 'Calendario'],
  ['terminos.md', 'Términos y regímenes'],
  ['recursos.md', 'Recursos y firmeza'],
  ['esquema.md', 'Esquema'],
  ['indicadores.md', 'Indicadores'],
  ['cli.md', 'Línea de comandos'],
  ['contribuir-reglas.md', 'Cambiar una regla'],
];

/** Markdown files outside docs/ that the site also renders, and the page name they get. */
const EXTRA_PAGES = [
  ['README.md', 'proyecto.html', 'El proyecto'],
  ['CONTRIBUTING.md', 'contribuir.html', 'Contribuir'],
];

const escapeHtml = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** GitHub-style heading slug: lower case, punctuation dropped (letters with accents kept), spaces → '-'. */
function slugify(text) {
  return text
    .toLowerCase()
    .trim()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const stripTags = (html) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

function ensureDist() {
  if (existsSync(join(DIST, 'index.js'))) return;
  log('dist/index.js no existe: compilando con tsup…');
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsup'), [], {
    cwd: ROOT,
    stdio: QUIET ? 'ignore' : 'inherit',
  });
  if (r.status !== 0 || !existsSync(join(DIST, 'index.js'))) {
    throw new Error('no se pudo compilar dist/ con tsup (ejecute `npx tsup` y vea el error)');
  }
}

function readVersion() {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}

/** Every page the site renders: { src (absolute), out (file name in the site), navTitle }. */
function collectPages() {
  const pages = [];
  const mdFiles = existsSync(DOCS)
    ? readdirSync(DOCS)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
  const known = NAV.map(([f]) => f);
  const ordered = [...known.filter((f) => mdFiles.includes(f)), ...mdFiles.filter((f) => !known.includes(f))];
  for (const f of ordered) {
    const navTitle = NAV.find(([k]) => k === f)?.[1] ?? null;
    pages.push({
      src: join(DOCS, f),
      out: f === 'README.md' ? 'index.html' : f.replace(/\.md$/, '.html'),
      navTitle,
      inNav: true,
    });
  }
  for (const [f, out, navTitle] of EXTRA_PAGES) {
    if (existsSync(join(ROOT, f))) pages.push({ src: join(ROOT, f), out, navTitle, inNav: false });
  }
  return pages;
}

function lineOf(source, index) {
  let line = 1;
  for (let i = 0; i < index && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** Renders one Markdown page. Links are rewritten to the site and recorded for checking. */
function renderPage(page, ctx) {
  const source = readFileSync(page.src, 'utf8');
  const rel = relative(ROOT, page.src).split('\\').join('/');
  const ids = new Set();
  const links = [];
  let title = null;
  const slugCounts = new Map();
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        const base = slugify(stripTags(inner));
        const n = slugCounts.get(base) ?? 0;
        slugCounts.set(base, n + 1);
        const id = n === 0 ? base : `${base}-${n}`;
        ids.add(id);
        if (depth === 1 && title === null) title = stripTags(inner);
        return `<h${depth} id="${escapeHtml(id)}">${inner}</h${depth}>\n`;
      },
      link({ href, title: linkTitle, tokens }) {
        const inner = this.parser.parseInline(tokens);
        const target = rewriteLink(href, page, ctx);
        links.push({ href, target, text: stripTags(inner) });
        if (target.kind === 'repo') {
          return `<span class="repo-ruta" title="Archivo del repositorio: ${escapeHtml(target.path)}">${inner}</span>`;
        }
        const t = linkTitle ? ` title="${escapeHtml(linkTitle)}"` : '';
        return `<a href="${escapeHtml(target.href)}"${t}>${inner}</a>`;
      },
      code({ text, lang }) {
        const info = (lang ?? '').trim();
        const language = info.split(/\s+/)[0] ?? '';
        const label = /\bno-run\b/.test(info)
          ? '<span class="bloque-etiqueta">(ejemplo no ejecutado)</span>'
          : '';
        const cls = language ? ` class="language-${escapeHtml(language)}"` : '';
        return `${label}<pre><code${cls}>${escapeHtml(text.replace(/\n$/, ''))}</code></pre>\n`;
      },
      table(token) {
        // Wrap tables so that they scroll horizontally on a phone instead of widening the page.
        const html = Renderer.prototype.table.call(this, token);
        return `<div class="tabla-doc">${html}</div>\n`;
      },
    },
  });
  const content = marked.parse(source);
  // Find the source line of each link (first occurrence of its href) for error messages.
  const searchFrom = new Map();
  for (const l of links) {
    const at = source.indexOf(`](${l.href}`, searchFrom.get(l.href) ?? 0);
    if (at >= 0) searchFrom.set(l.href, at + 1);
    l.line = at >= 0 ? lineOf(source, at) : 0;
  }
  return { rel, content, ids, links, title: title ?? page.navTitle ?? page.out };
}

/** Maps a Markdown link to its place in the site: { kind: 'external' | 'page' | 'api' | 'anchor' | 'repo' | 'missing' }. */
function rewriteLink(href, page, ctx) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return { kind: 'external', href };
  const [pathPart, anchor = ''] = href.split('#');
  const hash = anchor ? `#${anchor}` : '';
  if (pathPart === '') return { kind: 'anchor', href: hash, page: page.out, anchor };
  const abs = resolve(dirname(page.src), decodeURIComponent(pathPart));
  const target = ctx.bySource.get(abs);
  if (target) return { kind: 'page', href: `${target.out}${hash}`, page: target.out, anchor };
  const relToDocs = relative(DOCS, abs).split('\\').join('/');
  if (relToDocs === 'api' || relToDocs.startsWith('api/')) {
    const inner = relToDocs === 'api' || relToDocs === 'api/' ? 'api/index.html' : relToDocs;
    return { kind: 'api', href: `${inner.endsWith('/') ? `${inner}index.html` : inner}${hash}` };
  }
  if (relToDocs === 'playground.html' || relToDocs === 'site-src/playground.html') {
    return { kind: 'page', href: `playground.html${hash}`, page: 'playground.html', anchor };
  }
  const relToRoot = relative(ROOT, abs).split('\\').join('/');
  if (existsSync(abs) && !relToRoot.startsWith('..')) return { kind: 'repo', path: relToRoot };
  return { kind: 'missing', href, path: relToRoot };
}

function navHtml(pages, current, root) {
  const items = [];
  for (const p of pages) {
    if (!p.inNav) continue;
    const label = p.navTitle ?? p.title;
    const cur = p.out === current ? ' aria-current="page"' : '';
    items.push(`      <li><a href="${root}${p.out}"${cur}>${escapeHtml(label)}</a></li>`);
  }
  const pg = current === 'playground.html' ? ' aria-current="page"' : '';
  items.push(`      <li><a href="${root}playground.html"${pg}>Playground</a></li>`);
  items.push(`      <li><a href="${root}api/index.html">Referencia de la API</a></li>`);
  return items.join('\n');
}

function fillLayout(layout, values) {
  return layout.replace(/\{\{(\w+)\}\}/g, (_, key) => values[key] ?? '');
}

function copyLibrary() {
  const dest = join(OUT, 'lib');
  mkdirSync(dest, { recursive: true });
  let count = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      const rel = relative(DIST, abs).split('\\').join('/');
      if (statSync(abs).isDirectory()) {
        if (rel === 'cli') continue; // the command is for Node, not for the browser
        walk(abs);
      } else if (name.endsWith('.js') || name.endsWith('.js.map')) {
        mkdirSync(dirname(join(dest, rel)), { recursive: true });
        cpSync(abs, join(dest, rel));
        if (name.endsWith('.js')) count++;
      }
    }
  };
  walk(DIST);
  return count;
}

function main() {
  ensureDist();
  const layout = readFileSync(join(SRC, 'layout.html'), 'utf8');
  const version = readVersion();
  // Never delete something that is not a previous build of the site.
  if (OUT === ROOT || ROOT.startsWith(`${OUT}${sep}`) || OUT === DOCS || OUT === SRC) {
    throw new Error(`destino inválido para el sitio: ${OUT}`);
  }
  if (
    OUT !== DEFAULT_OUT &&
    existsSync(OUT) &&
    readdirSync(OUT).length > 0 &&
    !existsSync(join(OUT, MARKER))
  ) {
    throw new Error(`${OUT} no está vacío y no es un sitio generado (falta ${MARKER}); no se borra`);
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, MARKER), 'Generado por scripts/build-site.mjs; se borra en cada construcción.\n');

  const pages = collectPages();
  const ctx = { bySource: new Map(pages.map((p) => [p.src, p])) };
  const rendered = pages.map((p) => ({ page: p, ...renderPage(p, ctx) }));
  for (const r of rendered) r.page.title = r.title;
  const idsByPage = new Map(rendered.map((r) => [r.page.out, r.ids]));

  // The playground is a page too: its ids count for anchor checks.
  const playground = readFileSync(join(SRC, 'playground.html'), 'utf8');
  idsByPage.set('playground.html', new Set([...playground.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1])));

  const errors = [];
  const hasApi = existsSync(join(API, 'index.html'));
  for (const r of rendered) {
    for (const l of r.links) {
      const where = `${r.rel}:${l.line}`;
      if (l.target.kind === 'missing') {
        const msg = `${where}: enlace roto «${l.href}» (no existe ${l.target.path})`;
        // The repository's own README and CONTRIBUTING are written for the code host (they may link to
        // files generated at release time, such as CHANGELOG.md): their broken links only warn.
        if (r.page.inNav) errors.push(msg);
        else log(`  aviso ${msg}`);
      }
      if ((l.target.kind === 'page' || l.target.kind === 'anchor') && l.target.anchor) {
        const ids = idsByPage.get(l.target.page);
        const anchor = decodeURIComponent(l.target.anchor);
        if (ids && !ids.has(anchor))
          errors.push(`${where}: ancla inexistente «${l.href}» en ${l.target.page}`);
      }
      if (l.target.kind === 'repo')
        log(`  aviso ${where}: «${l.href}» no es parte del sitio; se muestra como ruta`);
    }
  }
  if (errors.length > 0) {
    process.stderr.write(
      `build-site: ${errors.length} enlace(s) roto(s):\n${errors.map((e) => `  ${e}`).join('\n')}\n`,
    );
    process.exitCode = 1;
  }

  for (const r of rendered) {
    const html = fillLayout(layout, {
      title: escapeHtml(r.title),
      root: '',
      version: escapeHtml(version),
      nav: navHtml(pages, r.page.out, ''),
      content: r.content,
      source: escapeHtml(r.rel),
      mainClass: '',
      head: '',
      scripts: '',
    });
    writeFileSync(join(OUT, r.page.out), html);
  }

  writeFileSync(
    join(OUT, 'playground.html'),
    fillLayout(layout, {
      title: 'Playground',
      root: '',
      version: escapeHtml(version),
      nav: navHtml(pages, 'playground.html', ''),
      content: playground,
      source: 'docs/site-src/playground.html',
      mainClass: 'ancho',
      head: '<link rel="modulepreload" href="lib/index.js">',
      scripts:
        '<script src="playground-aviso.js"></script>\n<script type="module" src="playground.js"></script>',
    }),
  );
  cpSync(join(SRC, 'playground.js'), join(OUT, 'playground.js'));
  cpSync(join(SRC, 'playground-aviso.js'), join(OUT, 'playground-aviso.js'));
  cpSync(join(SRC, 'site.css'), join(OUT, 'site.css'));
  const libFiles = copyLibrary();

  if (hasApi) {
    cpSync(API, join(OUT, 'api'), { recursive: true });
  } else {
    mkdirSync(join(OUT, 'api'), { recursive: true });
    writeFileSync(
      join(OUT, 'api', 'index.html'),
      fillLayout(layout, {
        title: 'Referencia de la API',
        root: '../',
        version: escapeHtml(version),
        nav: navHtml(pages, 'api/index.html', '../'),
        content:
          '<h1>Referencia de la API</h1>\n<p>La referencia se genera desde el código con <code>npx typedoc</code> ' +
          '(escribe <code>docs/api/</code>); vuelva a ejecutar <code>node scripts/build-site.mjs</code> después.</p>',
        source: 'typedoc.json',
        mainClass: '',
        head: '',
        scripts: '',
      }),
    );
  }
  // `.nojekyll` lets GitHub Pages serve typedoc's files whose names start with an underscore.
  writeFileSync(join(OUT, '.nojekyll'), '');
  log(
    `build-site: ${rendered.length} páginas, playground, ${libFiles} módulos de la librería en lib/, ` +
      `API ${hasApi ? 'copiada de docs/api/' : 'no generada (ejecute npx typedoc)'} → ${relative(ROOT, OUT) || '.'}`,
  );
}

try {
  main();
} catch (error) {
  process.stderr.write(`build-site: ${error.message}\n`);
  process.exitCode = 1;
}
