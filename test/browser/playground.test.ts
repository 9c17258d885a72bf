/**
 * The playground in a real browser: Chromium (headless, through playwright-core) loads the built site
 * from a local static server on 127.0.0.1 and is driven like a person would drive it.
 *
 * The browser is the system's Chromium when there is one, else the one shipped in the npm package
 * `@sparticuz/chromium` (see ./chromium.ts). Where neither exists (not Linux x86-64, no system
 * browser) every test here FAILS with what to install: a missing browser is never a skipped test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BrowserChoice, findChromium, missingLibraries } from './chromium.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SITE = join(ROOT, 'docs/site');
const ARTIFACTS = join(ROOT, 'artifacts');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The form's controls in keyboard order (fields, then the two buttons). */
const FOCUS_ORDER = [
  'tipo',
  'regimen',
  'radicacion',
  'corte',
  'prorroga-fecha',
  'prorroga-nueva',
  'requerimiento-fecha',
  'requerimiento-respuesta',
  'suspension-desde',
  'suspension-hasta',
  'suspension-acto',
  'respuesta-fecha',
  'calcular',
  'limpiar',
];
const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The newest modification time among the inputs of the site (sources, templates, the ESM build). */
function newestInput(): number {
  const files = [
    'docs/site-src/playground.html',
    'docs/site-src/playground.js',
    'docs/site-src/site.css',
    'docs/site-src/layout.html',
    'scripts/build-site.mjs',
    'dist/index.js',
  ];
  return Math.max(...files.map((f) => join(ROOT, f)).map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
}

/** Builds docs/site/ when it is missing or older than its inputs. */
function ensureSite(): void {
  const page = join(SITE, 'playground.html');
  if (existsSync(page) && statSync(page).mtimeMs >= newestInput()) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-site.mjs'), '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (!existsSync(page)) {
    throw new Error(`no se pudo construir docs/site/ (node scripts/build-site.mjs):\n${r.stderr}${r.stdout}`);
  }
}

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!path.startsWith(dir + sep) && path !== dir) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('no encontrado');
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

let server: Server | undefined;
let context: BrowserContext | undefined;
let page: Page;
let base = '';
let userDataDir = '';
const pageErrors: string[] = [];
const failedRequests: string[] = [];

let setupError: unknown;

/** Launches the chosen browser; a failure names the browser and the system libraries it lacks. */
async function launch(browser: BrowserChoice, dataDir: string): Promise<BrowserContext> {
  try {
    return await chromium.launchPersistentContext(dataDir, {
      executablePath: browser.executablePath,
      env: { ...process.env, ...browser.env },
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: DESKTOP,
      locale: 'es-CO',
      timezoneId: 'America/Bogota',
    });
  } catch (error) {
    const missing = missingLibraries(browser.executablePath);
    const hint =
      missing.length > 0
        ? ` Faltan bibliotecas del sistema: ${missing.join(', ')} (en Debian/Ubuntu: ` +
          '`apt-get install libnss3 libnspr4 libexpat1 fonts-dejavu-core`).'
        : '';
    throw new Error(
      `No arrancó Chromium (${browser.source}: ${browser.executablePath}).${hint}\n${String(error)}`,
    );
  }
}

async function setUp(): Promise<void> {
  const browser = await findChromium(ROOT);
  ensureSite();
  server = await serve(SITE);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  userDataDir = mkdtempSync(join(tmpdir(), 'pqrsd-chromium-'));
  context = await launch(browser, userDataDir);
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  page.on('requestfailed', (r) => failedRequests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failedRequests.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${base}/playground.html`);
  await page.waitForSelector('body[data-ready="true"], #resumen [role="alert"]', { timeout: 15_000 });
  const alert = page.locator('#resumen [role="alert"]');
  if ((await alert.count()) > 0) throw new Error(`el playground no arrancó: ${await alert.textContent()}`);
}

// A failed set-up fails every test with its reason (a failing beforeAll would only mark them skipped).
beforeAll(async () => {
  try {
    await setUp();
  } catch (error) {
    setupError = error;
  }
}, 60_000);

beforeEach(() => {
  if (setupError) throw setupError;
});

afterAll(async () => {
  await context?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** Fills the form for a request with no events and submits it with the keyboard. */
async function fillCase(c: { tipo: string; regimen?: string; radicacion: string; corte?: string }) {
  await page.click('#limpiar');
  await page.selectOption('#tipo', c.tipo);
  await page.selectOption('#regimen', c.regimen ?? 'auto');
  await page.fill('#radicacion', c.radicacion);
  await page.fill('#corte', c.corte ?? '');
  await page.focus('#calcular');
  await page.keyboard.press('Enter');
}

const cell = (date: string) => page.locator(`td[data-date="${date}"]`);

describe('the playground page', () => {
  it('loads the library from lib/ with no script error and no failed request', async () => {
    expect(failedRequests).toEqual([]);
    expect(await page.locator('#tipo option').count()).toBeGreaterThanOrEqual(12);
    expect(await page.locator('#regimen option').allTextContents()).toContain(
      'Automático (por fecha de radicación)',
    );
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('shows that a petición received 2026-11-27 is due 2026-12-21 (CPACA art. 14: 15 días hábiles)', async () => {
    await fillCase({ tipo: 'peticion', radicacion: '2026-11-27', corte: '2026-12-16' });
    const due = page.locator('#vencimiento');
    await expect.poll(() => due.getAttribute('data-date')).toBe('2026-12-21');
    expect(await due.textContent()).toContain('2026-12-21');
    expect(await page.locator('#vencimiento-largo').textContent()).toBe('lunes 21 de diciembre de 2026');
    expect(await page.locator('#citas').textContent()).toMatch(/art[íi]culo 14|art\. 14/i);
    expect(await page.locator('#estado').getAttribute('data-state')).toBeTruthy();
    expect(pageErrors).toEqual([]);
  });

  it('marks 8 December 2026 as a holiday with its name (Ley 51 de 1983) and not as a counted day', async () => {
    const holiday = cell('2026-12-08');
    expect(await holiday.getAttribute('data-kind')).toBe('festivo');
    const text = await holiday.textContent();
    expect(text).toContain('Festivo');
    expect(text).toContain('Inmaculada Concepción');
    expect(text).not.toMatch(/Día \d/);
  });

  it('tells counted days, weekends, the receipt and the due date apart in text, not only in colour', async () => {
    expect(await cell('2026-11-27').textContent()).toContain('Radicación');
    expect(await cell('2026-11-28').getAttribute('data-kind')).toBe('fin_de_semana');
    expect(await cell('2026-11-28').textContent()).toContain('Fin de semana');
    expect(await cell('2026-11-30').getAttribute('data-kind')).toBe('contado');
    expect(await cell('2026-11-30').textContent()).toContain('Día 1');
    expect(await cell('2026-12-09').textContent()).toContain('Día 7');
    expect(await cell('2026-12-21').textContent()).toContain('Día 15');
    expect(await cell('2026-12-21').textContent()).toContain('Vence');
    expect(await cell('2026-12-16').textContent()).toContain('Corte');
    expect(await page.locator('table.mes caption').allTextContents()).toEqual([
      'noviembre de 2026',
      'diciembre de 2026',
    ]);
  });

  it('marks the days of a suspensión de términos with its act, and the result moves accordingly', async () => {
    await fillCase({ tipo: 'peticion', radicacion: '2026-11-27' });
    await page.fill('#suspension-desde', '2026-12-01');
    await page.fill('#suspension-hasta', '2026-12-02');
    await page.fill('#suspension-acto', 'Resolución 77 de 2026');
    await page.click('#calcular');
    await expect.poll(() => cell('2026-12-01').getAttribute('data-kind')).toBe('suspension');
    expect(await cell('2026-12-01').textContent()).toContain('Resolución 77 de 2026');
    expect(await page.locator('#vencimiento').getAttribute('data-date')).toBe('2026-12-23');
  });

  it('applies a prórroga notified before the due date (CPACA art. 14 par.) and shows the months it spans', async () => {
    await fillCase({ tipo: 'peticion', radicacion: '2026-11-27' });
    await page.fill('#prorroga-fecha', '2026-12-18');
    await page.fill('#prorroga-nueva', '2027-01-13');
    await page.click('#calcular');
    await expect.poll(() => page.locator('#vencimiento').getAttribute('data-date')).toBe('2027-01-13');
    expect(await cell('2027-01-13').textContent()).toContain('Vence');
    expect(await cell('2027-01-11').textContent()).toContain('Día de los Reyes Magos');
    expect(await page.locator('table.mes caption').allTextContents()).toEqual([
      'noviembre de 2026',
      'diciembre de 2026',
      'enero de 2027',
    ]);
  });

  it('restores the form from the address, so a case can be shared as a link', async () => {
    await page.goto(`${base}/playground.html?tipo=consulta&regimen=auto&radicacion=2026-11-27`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.inputValue('#tipo')).toBe('consulta');
    await expect.poll(() => page.locator('#vencimiento').getAttribute('data-date')).toBe('2027-01-14');
    expect(await page.locator('#regla').textContent()).toContain('R-PET-CONSULTA');
  });

  it('shows a library error in Spanish in an alert instead of a wrong date', async () => {
    await fillCase({ tipo: 'peticion', radicacion: '2026-11-27' });
    await page.fill('#prorroga-fecha', '2026-11-20');
    await page.fill('#prorroga-nueva', '2026-12-30');
    await page.click('#calcular');
    const alert = page.locator('[role="alert"]');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toMatch(/\(INVALID_[A-Z_]+\)/);
    expect(await page.locator('#vencimiento').count()).toBe(0);
  });

  it('gives every form control a label that names it', async () => {
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('#formulario input, #formulario select, #formulario button')]
        .filter((el) => {
          if (el instanceof HTMLButtonElement) return (el.textContent ?? '').trim() === '';
          const labels = (el as HTMLInputElement).labels;
          return (
            !labels || labels.length === 0 || [...labels].every((l) => (l.textContent ?? '').trim() === '')
          );
        })
        .map((el) => el.id || el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.locator('#formulario label[for]').count()).toBe(FOCUS_ORDER.length - 2);
    expect(await page.locator('#resumen').getAttribute('aria-live')).toBe('polite');
  });

  it('moves the keyboard focus through the form in reading order, with a visible focus ring', async () => {
    await page.focus('#tipo');
    // A date input takes several Tab presses (day, month, year): record each control once.
    const order = [await page.evaluate(() => document.activeElement?.id)];
    for (let i = 0; i < FOCUS_ORDER.length * 4 && order.at(-1) !== 'limpiar'; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id);
      if (id !== order.at(-1)) order.push(id);
    }
    expect(order).toEqual(FOCUS_ORDER);
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement as Element);
      return { style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  it('keeps a contrast of at least 4.5:1 for the text of the form, the result and every kind of day', async () => {
    await fillCase({ tipo: 'peticion', radicacion: '2026-11-27', corte: '2026-12-16' });
    await page.locator('#vencimiento').waitFor();
    const low = await page.evaluate(() => {
      const parse = (c: string) => {
        const m = c.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
        return m
          ? { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], a: m[4] === undefined ? 1 : Number(m[4]) }
          : null;
      };
      const lum = (rgb: number[]) => {
        const [r, g, b] = rgb.map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
      };
      const background = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor);
          if (c && c.a > 0) return c.rgb;
        }
        return [255, 255, 255];
      };
      const selectors = [
        'h1',
        'p',
        'label',
        '.ayuda',
        'legend',
        'select',
        'input',
        'button',
        'a',
        '#vencimiento',
        '.semaforo',
        'td[data-kind] .marca',
        'td[data-kind] .num',
        'caption',
        'th',
        '.leyenda span',
        '.pie',
      ];
      const problems: string[] = [];
      for (const el of document.querySelectorAll(selectors.join(','))) {
        if (!(el as HTMLElement).offsetParent && getComputedStyle(el).position !== 'fixed') continue;
        const fg = parse(getComputedStyle(el).color);
        if (!fg) continue;
        const l1 = lum(fg.rgb);
        const l2 = lum(background(el));
        const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        if (ratio < 4.5) problems.push(`${el.tagName.toLowerCase()}.${el.className}: ${ratio.toFixed(2)}`);
      }
      return problems;
    });
    expect(low).toEqual([]);
  });

  it('fits a 360 px phone screen without horizontal scrolling (screenshot in artifacts/)', async () => {
    await page.setViewportSize(PHONE);
    await fillCase({ tipo: 'peticion', radicacion: '2026-11-27', corte: '2026-12-16' });
    await page.locator('#vencimiento').waitFor();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'playground-movil.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(10_000);
  });

  it('lays out form and result side by side on a desktop screen (screenshot in artifacts/)', async () => {
    await page.setViewportSize(DESKTOP);
    const [form, result] = await Promise.all([
      page.locator('#formulario').boundingBox(),
      page.locator('#salida').boundingBox(),
    ]);
    expect(form && result && result.x > form.x + form.width - 1).toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'playground-escritorio.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(10_000);
    expect(pageErrors).toEqual([]);
  });
});

describe('the guides', () => {
  it('are served as HTML pages linked from the navigation, with the playground and the API reference', async () => {
    await page.goto(`${base}/index.html`);
    const links = await page
      .locator('nav[aria-label="Guías"] a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(links).toContain('playground.html');
    expect(links).toContain('api/index.html');
    for (const href of links) {
      const response = await page.request.get(`${base}/${href}`);
      expect(response.status(), href ?? '').toBe(200);
    }
    expect(failedRequests).toEqual([]);
  });
});
