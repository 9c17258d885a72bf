/**
 * The documentation site builder (scripts/build-site.mjs), run into a temporary directory: every guide
 * becomes a page of the navigation, every internal link and anchor resolves, and the playground gets its
 * copy of the library. The browser test (test/browser/) then drives the playground itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
let out = '';
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'pqrsd-site-'));
  build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-site.mjs'), '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}, 60_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

const guides = readdirSync(join(ROOT, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .sort();
const page = (name: string) => readFileSync(join(out, name), 'utf8');

describe('scripts/build-site.mjs', () => {
  it('builds with every internal link and anchor resolved (a broken one fails the build)', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
  });

  it('renders every guide of docs/ as a page, docs/README.md as the index', () => {
    for (const guide of guides) {
      const name = guide === 'README.md' ? 'index.html' : guide.replace(/\.md$/, '.html');
      expect(existsSync(join(out, name)), name).toBe(true);
    }
    expect(page('index.html')).toContain('<h1 id="guías-de-pqrsd">Guías de pqrsd</h1>');
  });

  it('links every guide, the playground and the API reference from the navigation of each page', () => {
    const html = page('primeros-pasos.html');
    const nav = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
    for (const guide of guides.filter((g) => g !== 'README.md')) {
      expect(nav).toContain(`href="${guide.replace(/\.md$/, '.html')}"`);
    }
    expect(nav).toContain('href="playground.html"');
    expect(nav).toContain('href="api/index.html"');
    expect(nav).toContain('aria-current="page"');
  });

  it('rewrites links between guides to pages and keeps anchors', () => {
    const html = page('index.html');
    expect(html).toContain('href="primeros-pasos.html"');
    expect(html).toContain('href="playground.html"');
    expect(html).not.toMatch(/href="[^"]+\.md(#[^"]*)?"/);
  });

  it('escapes code blocks and labels the ones that are not executed', () => {
    const html = page('primeros-pasos.html');
    expect(html).toContain('<pre><code class="language-html">&lt;label for=&quot;radicado&quot;&gt;');
    expect(html).toContain('(ejemplo no ejecutado)');
  });

  it('gives the playground the ESM build of the library and no external asset', () => {
    expect(existsSync(join(out, 'lib/index.js'))).toBe(true);
    expect(existsSync(join(out, 'lib/cli'))).toBe(false);
    expect(existsSync(join(out, 'playground.js'))).toBe(true);
    const html = page('playground.html');
    expect(html).toContain('<script type="module" src="playground.js"></script>');
    for (const file of readdirSync(out).filter((f) => f.endsWith('.html'))) {
      expect(page(file), file).not.toMatch(
        /<(script|img|iframe|audio|video|source)\b[^>]*\ssrc="(https?:)?\/\//,
      );
      expect(page(file), file).not.toMatch(/<link\b[^>]*\shref="(https?:)?\/\//);
    }
    expect(readFileSync(join(out, 'playground.js'), 'utf8')).toContain("import('./lib/index.js')");
  });

  it('tells, in Spanish, that the playground cannot run opened from disk (file://)', () => {
    const html = page('playground.html');
    expect(html.indexOf('<script src="playground-aviso.js"></script>')).toBeGreaterThan(-1);
    expect(html.indexOf('playground-aviso.js')).toBeLessThan(html.indexOf('src="playground.js"'));
    const code = readFileSync(join(out, 'playground-aviso.js'), 'utf8');
    const run = (protocol: string, ready = false) => {
      const status = { className: '', textContent: 'Cargando la librería…', setAttribute() {} };
      const timers: (() => void)[] = [];
      runInNewContext(code, {
        location: { protocol },
        document: {
          body: { dataset: ready ? { ready: 'true' } : {} },
          getElementById: (id: string) => (id === 'estado-carga' ? status : null),
        },
        setTimeout: (fn: () => void) => timers.push(fn),
      });
      return { status, timers };
    };
    const disk = run('file:');
    expect(disk.status.textContent).toContain('abierto desde el disco (file://)');
    expect(disk.status.textContent).toContain('servidor local');
    expect(disk.status.className).toBe('error');
    const served = run('https:');
    expect(served.status.textContent).toBe('Cargando la librería…');
    expect(served.timers).toHaveLength(1);
    served.timers[0]!();
    expect(served.status.textContent).toContain('no terminó de cargarse');
    const loaded = run('https:', true);
    loaded.timers[0]!();
    expect(loaded.status.textContent).toBe('Cargando la librería…');
  });

  it('has an API reference page, copied from docs/api/ or explaining how to generate it', () => {
    expect(existsSync(join(out, 'api/index.html'))).toBe(true);
  });
});
