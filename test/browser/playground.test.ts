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
import { computeDeadline, type PqrsdRequest, requestStatus } from '../../src/index.js';
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
/** The fields of «Después de la respuesta», in keyboard order (enabled once there is a respuesta). */
const AFTER_ANSWER_ORDER = [
  'citacion-fecha',
  'aviso-fecha',
  'notificacion-fecha',
  'notificacion-via',
  'recurso-fecha',
  'recurso-clase',
  'decision-fecha',
  'decision-resultado',
  'decision-notificada',
  'envio-sspd-fecha',
  'apelacion-fecha',
  'apelacion-resultado',
  'apelacion-notificada',
  'renuncia-fecha',
  'sap-fecha',
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

/** The ids the Tab key visits from #tipo to #limpiar (a date input takes several presses: once each). */
async function keyboardOrder(): Promise<(string | undefined)[]> {
  await page.focus('#tipo');
  const order = [await page.evaluate(() => document.activeElement?.id)];
  for (
    let i = 0;
    i < (FOCUS_ORDER.length + AFTER_ANSWER_ORDER.length) * 4 && order.at(-1) !== 'limpiar';
    i++
  ) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.id);
    if (id !== order.at(-1)) order.push(id);
  }
  return order;
}

/** The visible texts of the page whose contrast with their background is under 4.5:1. */
function lowContrast(): Promise<string[]> {
  return page.evaluate(() => {
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
}

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
    expect(await page.locator('#formulario label[for]').count()).toBe(
      FOCUS_ORDER.length - 2 + AFTER_ANSWER_ORDER.length,
    );
    expect(await page.locator('#resumen').getAttribute('aria-live')).toBe('polite');
  });

  it('moves the keyboard focus through the form in reading order, with a visible focus ring', async () => {
    expect(await page.inputValue('#respuesta-fecha')).toBe('');
    expect(await keyboardOrder()).toEqual(FOCUS_ORDER);
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
    const low = await lowContrast();
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

/** The fields of a case after the respuesta: field id → value (dates and the values of the selects). */
type AfterAnswer = Readonly<Record<string, string>>;

/** Fills a case with a respuesta and events after it, then submits it with the keyboard. */
async function fillAfterAnswer(c: {
  tipo: string;
  regimen: string;
  radicacion: string;
  corte: string;
  respuesta: string;
  after: AfterAnswer;
}) {
  await fillCase(c);
  await page.fill('#respuesta-fecha', c.respuesta);
  await expect
    .poll(() => page.locator('#despues').evaluate((f) => (f as HTMLFieldSetElement).disabled))
    .toBe(false);
  for (const [id, value] of Object.entries(c.after)) {
    if ((await page.locator(`#${id}`).evaluate((el) => el.tagName)) === 'SELECT') {
      await page.selectOption(`#${id}`, value);
    } else {
      await page.fill(`#${id}`, value);
    }
  }
  await page.focus('#calcular');
  await page.keyboard.press('Enter');
}

/** The request the form describes, for the direct call of the library the page is checked against. */
function requestOf(
  c: { tipo: string; regimen: string; radicacion: string; respuesta: string },
  events: PqrsdRequest['events'],
): PqrsdRequest {
  return {
    type: c.tipo as PqrsdRequest['type'],
    receivedAt: c.radicacion,
    regime: c.regimen as PqrsdRequest['regime'],
    events: [{ type: 'respuesta', date: c.respuesta }, ...(events ?? [])],
  };
}

// A utility reclamo (Ley 142 de 1994 art. 158), answered, notified by aviso (CPACA art. 69), with a
// reposición y en subsidio apelación in time (Ley 142 art. 154), confirmed and sent to the
// Superintendencia (Ley 142 art. 159).
const UTILITY = {
  tipo: 'reclamo',
  regimen: 'servicios_publicos',
  radicacion: '2026-11-03',
  corte: '2026-12-18',
  respuesta: '2026-11-20',
} as const;
const UTILITY_AFTER: AfterAnswer = {
  'aviso-fecha': '2026-11-23',
  'recurso-fecha': '2026-11-27',
  'recurso-clase': 'reposicion_y_apelacion',
  'decision-fecha': '2026-12-10',
  'decision-resultado': 'confirma',
  'decision-notificada': '2026-12-11',
  'envio-sspd-fecha': '2026-12-16',
};
const UTILITY_EVENTS: PqrsdRequest['events'] = [
  { type: 'aviso', date: '2026-11-23' },
  { type: 'recurso', date: '2026-11-27', kind: 'reposicion_y_apelacion' },
  { type: 'decision_recurso', date: '2026-12-10', result: 'confirma', notifiedOn: '2026-12-11' },
  { type: 'envio_sspd', date: '2026-12-16' },
];

// The Superintendencia confirms the apelación (Ley 142 art. 159), notified on 2027-01-18.
const APPEAL_AFTER: AfterAnswer = {
  'apelacion-fecha': '2027-01-15',
  'apelacion-resultado': 'confirma',
  'apelacion-notificada': '2027-01-18',
};
const APPEAL_EVENT = {
  type: 'decision_apelacion',
  date: '2027-01-15',
  result: 'confirma',
  notifiedOn: '2027-01-18',
} as const;

const text = async (selector: string) => (await page.locator(selector).textContent()) ?? '';

describe('the events after the respuesta', () => {
  it('keeps «Después de la respuesta» disabled (and out of the tab order) until there is a respuesta', async () => {
    await page.goto(`${base}/playground.html`);
    await page.waitForSelector('body[data-ready="true"]');
    await fillCase({ tipo: 'peticion', radicacion: '2026-11-27', corte: '2026-12-16' });
    const disabled = () => page.locator('#despues').evaluate((f) => (f as HTMLFieldSetElement).disabled);
    expect(await disabled()).toBe(true);
    expect(await page.locator('#despues legend').textContent()).toBe('Después de la respuesta');
    expect(await page.locator('#despues-resultado').count()).toBe(0);
    await page.fill('#respuesta-fecha', '2026-12-10');
    expect(await disabled()).toBe(false);
    expect(await keyboardOrder()).toEqual([
      ...FOCUS_ORDER.slice(0, FOCUS_ORDER.indexOf('calcular')),
      ...AFTER_ANSWER_ORDER,
      'calcular',
      'limpiar',
    ]);
    expect(pageErrors).toEqual([]);
  });

  it('shows the stage «Apelación enviada» and the dates the engine computes for a utility reclamo', async () => {
    await fillAfterAnswer({ ...UTILITY, after: UTILITY_AFTER });
    const status = requestStatus(requestOf(UTILITY, UTILITY_EVENTS), UTILITY.corte);
    expect(status.stage).toBe('apelacion_enviada');
    const r = status.recurso;
    const n = status.notification;
    if (r === null || n === null) throw new Error('the library gave no recurso or notification part');
    await expect.poll(() => page.locator('#etapa').getAttribute('data-stage')).toBe(status.stage);
    expect(await text('#etapa')).toContain('Apelación enviada a la Superintendencia');
    expect(await text('#notificacion-estado')).toBe('Notificación surtida');
    expect(await text('#notificacion-surtida')).toBe(`${n.notifiedOn} · Por aviso (CPACA art. 69)`);
    expect(await text('#notificacion-aviso')).toBe(n.avisoOn);
    expect(await text('#recurso-termino')).toBe(
      `${r.windowDays} días hábiles (${r.windowCitation.norma} ${r.windowCitation.articulo})`,
    );
    expect(await text('#recurso-fin')).toBe(r.windowEnd);
    expect(await text('#recurso-interpuesto')).toBe(`${r.filedOn} (Reposición y en subsidio apelación)`);
    expect(await text('#recurso-oportuno')).toBe('Sí');
    expect(await text('#recurso-plazo-decision')).toBe(r.decisionDueDate);
    expect(await text('#recurso-decision')).toBe(
      `${r.decidedOn} (Confirma la decisión); notificado el ${r.decisionNotifiedOn}`,
    );
    expect(await text('#recurso-plazo-envio')).toBe(r.forwardingDueDate);
    expect(await text('#recurso-envio')).toBe(r.sentToSspdOn);
    expect(await page.locator('#recurso-firme').count()).toBe(r.firmSince === null ? 0 : 1);
    // The trace line of the window, in the engine's words (Ley 142 art. 154).
    const line = computeDeadline(requestOf(UTILITY, UTILITY_EVENTS)).trace.find((t) =>
      t.message.startsWith('Término para recurrir'),
    );
    expect(line?.message).toContain('es oportuno');
    expect(await page.locator('#traza-despues li').allTextContents()).toContain(line?.message);
    expect(await text('#explicacion')).toContain(line?.message);
    const body = await text('#salida');
    expect(body).not.toMatch(/NaN|Invalid Date|undefined/);
    expect(pageErrors).toEqual([]);
  });

  it('says that a recurso filed after the window must be rejected (CPACA art. 78)', async () => {
    const late: AfterAnswer = {
      'aviso-fecha': '2026-11-23',
      'recurso-fecha': '2026-12-02',
      'recurso-clase': 'reposicion_y_apelacion',
    };
    const c = { ...UTILITY, corte: '2026-12-03' };
    await fillAfterAnswer({ ...c, after: late });
    const events: PqrsdRequest['events'] = [
      { type: 'aviso', date: '2026-11-23' },
      { type: 'recurso', date: '2026-12-02', kind: 'reposicion_y_apelacion' },
    ];
    const status = requestStatus(requestOf(c, events), c.corte);
    expect(status.recurso?.onTime).toBe(false);
    const line = computeDeadline(requestOf(c, events)).trace.find((t) => t.message.includes('art. 78'));
    expect(line?.message).toContain('es extemporáneo y debe rechazarse');
    await expect.poll(() => page.locator('#traza-despues li').allTextContents()).toContain(line?.message);
    expect(await page.locator('#etapa').getAttribute('data-stage')).toBe(status.stage);
    expect(await text('#recurso-oportuno')).toBe('No: extemporáneo, debe rechazarse (CPACA art. 78)');
    expect(await text('#recurso-fin')).toBe(status.recurso?.windowEnd);
    expect(await page.locator('#alertas-recurso li').getAttribute('data-code')).toBe('RECURSO_EXTEMPORANEO');
    expect(await page.locator('#alertas li[data-code="RECURSO_EXTEMPORANEO"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('keeps the new fields in the address and restores them from it', async () => {
    await fillAfterAnswer({
      ...UTILITY,
      after: {
        ...UTILITY_AFTER,
        'notificacion-fecha': '2026-11-24',
        'notificacion-via': 'aviso',
        'sap-fecha': '2026-12-20',
        'renuncia-fecha': '2026-12-21',
        'citacion-fecha': '2026-11-20',
        'apelacion-fecha': '2026-12-17',
        'apelacion-resultado': 'revoca',
        'apelacion-notificada': '2026-12-18',
      },
    });
    await expect.poll(() => page.locator('#etapa').getAttribute('data-stage')).toBeTruthy();
    const url = new URL(page.url());
    const values = Object.fromEntries(
      await Promise.all(AFTER_ANSWER_ORDER.map(async (id) => [id, await page.inputValue(`#${id}`)] as const)),
    );
    for (const id of AFTER_ANSWER_ORDER) {
      expect(values[id], id).not.toBe('');
      expect(url.searchParams.get(id), id).toBe(values[id]);
    }
    const stage = await page.locator('#etapa').getAttribute('data-stage');
    const trace = await page.locator('#traza-despues li').allTextContents();
    await page.goto(`${base}/playground.html`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.goto(url.toString());
    await page.waitForSelector('body[data-ready="true"]');
    for (const id of AFTER_ANSWER_ORDER) expect(await page.inputValue(`#${id}`), id).toBe(values[id]);
    await expect.poll(() => page.locator('#etapa').getAttribute('data-stage')).toBe(stage);
    expect(await page.locator('#traza-despues li').allTextContents()).toEqual(trace);
    expect(new URL(page.url()).search).toBe(url.search);
    // Without the respuesta the fields after it stay in the form but leave the address.
    await page.fill('#respuesta-fecha', '');
    await page.click('#calcular');
    await expect.poll(() => new URL(page.url()).searchParams.has('recurso-fecha')).toBe(false);
    expect(await page.inputValue('#recurso-fecha')).toBe(values['recurso-fecha']);
    expect(await page.locator('#despues-resultado').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('shows the library error in Spanish, naming the field, for an impossible event after the respuesta', async () => {
    await fillAfterAnswer({
      ...UTILITY,
      after: { ...UTILITY_AFTER, 'decision-notificada': '2026-12-09' },
    });
    const alert = page.locator('#resumen [role="alert"]');
    await expect.poll(() => alert.count()).toBe(1);
    let message = '';
    try {
      requestStatus(
        requestOf(UTILITY, [
          { type: 'decision_recurso', date: '2026-12-10', result: 'confirma', notifiedOn: '2026-12-09' },
        ]),
        UTILITY.corte,
      );
    } catch (error) {
      message = (error as Error).message.replace(/events\[\d+\]/, '');
    }
    expect(message).toContain('antes de tomarse');
    expect((await alert.textContent())?.replace(/events\[\d+\]/, '')).toContain(message);
    expect(await alert.textContent()).toContain('(INVALID_EVENT)');
    expect(await alert.textContent()).toContain('Campo del formulario: «Decisión del recurso: fecha»');
    expect(await alert.textContent()).not.toMatch(/NaN|Invalid Date|undefined/);
    expect(await page.locator('#vencimiento').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('shows the apelación decided by the Superintendencia and the decision firm the day after its notification (Ley 142 art. 159; CPACA art. 87 num. 2)', async () => {
    const c = { ...UTILITY, corte: '2027-01-20' };
    await fillAfterAnswer({ ...c, after: { ...UTILITY_AFTER, ...APPEAL_AFTER } });
    const status = requestStatus(requestOf(c, [...(UTILITY_EVENTS ?? []), APPEAL_EVENT]), c.corte);
    expect(status.stage).toBe('firme');
    const r = status.recurso;
    if (r === null || r.firmSince === null) throw new Error('the library gave no firm recurso');
    await expect.poll(() => page.locator('#etapa').getAttribute('data-stage')).toBe('firme');
    expect(await text('#etapa')).toContain('En firme (CPACA art. 87)');
    expect(await text('#apelacion-plazo-decision')).toBe(r.appealDecisionDueDate);
    expect(await text('#apelacion-decision')).toBe(
      `${r.appealDecidedOn} (Confirma la decisión); notificada el ${r.appealDecisionNotifiedOn}`,
    );
    expect(r.appealDecisionNotifiedOn).toBe('2027-01-18');
    expect(await text('#recurso-firme')).toBe(r.firmSince);
    expect(r.firmSince).toBe('2027-01-19');
    // The trace line of the decision, in the engine's words.
    const line = computeDeadline(requestOf(c, [...(UTILITY_EVENTS ?? []), APPEAL_EVENT])).trace.find((t) =>
      t.message.startsWith('Decisión de la apelación'),
    );
    expect(line?.message).toContain('2027-01-15');
    expect(await page.locator('#traza-despues li').allTextContents()).toContain(line?.message);
    expect(await text('#salida')).not.toMatch(/NaN|Invalid Date|undefined/);
    expect(pageErrors).toEqual([]);
  });

  it('names the stage «Apelación decidida» on the day of its notification, before firmness', async () => {
    const c = { ...UTILITY, corte: '2027-01-18' };
    await fillAfterAnswer({ ...c, after: { ...UTILITY_AFTER, ...APPEAL_AFTER } });
    const status = requestStatus(requestOf(c, [...(UTILITY_EVENTS ?? []), APPEAL_EVENT]), c.corte);
    expect(status.stage).toBe('apelacion_decidida');
    await expect.poll(() => page.locator('#etapa').getAttribute('data-stage')).toBe('apelacion_decidida');
    expect(await text('#etapa')).toContain('Apelación decidida, notificación pendiente');
    expect(await page.locator('#recurso-firme').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('shows APELACION_VENCIDA with the recurso once the two months pass without a decision (CPACA art. 86)', async () => {
    const c = { ...UTILITY, corte: '2027-01-28' };
    await fillAfterAnswer({ ...c, after: UTILITY_AFTER });
    const status = requestStatus(requestOf(c, UTILITY_EVENTS), c.corte);
    expect(status.alerts.map((a) => a.code)).toContain('APELACION_VENCIDA');
    await expect
      .poll(() => page.locator('#alertas-recurso li[data-code="APELACION_VENCIDA"]').count())
      .toBe(1);
    expect(await page.locator('#alertas li[data-code="APELACION_VENCIDA"]').count()).toBe(0);
    expect(await text('#apelacion-plazo-decision')).toBe(status.recurso?.appealDecisionDueDate);
    expect(await page.locator('#apelacion-decision').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('names «Decisión de la apelación: fecha» when its notification is earlier than the decision', async () => {
    await fillAfterAnswer({
      ...UTILITY,
      corte: '2027-01-20',
      after: { ...UTILITY_AFTER, ...APPEAL_AFTER, 'apelacion-notificada': '2027-01-14' },
    });
    const alert = page.locator('#resumen [role="alert"]');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain('(INVALID_EVENT)');
    expect(await alert.textContent()).toContain('Campo del formulario: «Decisión de la apelación: fecha»');
    expect(pageErrors).toEqual([]);
  });

  it('keeps the contrast and fits a 360 px phone screen with the section shown (screenshot in artifacts/)', async () => {
    await page.setViewportSize(PHONE);
    await fillAfterAnswer({ ...UTILITY, after: UTILITY_AFTER });
    await page.locator('#etapa').waitFor();
    expect(await lowContrast()).toEqual([]);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'playground-despues-movil.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(10_000);
    await page.setViewportSize(DESKTOP);
    expect(pageErrors).toEqual([]);
  });

  it('asks for the cut-off date to show the stage, and still shows the trace lines', async () => {
    await fillAfterAnswer({ ...UTILITY, corte: '', after: UTILITY_AFTER });
    await expect.poll(() => page.locator('#etapa-sin-corte').count()).toBe(1);
    expect(await page.locator('#etapa').count()).toBe(0);
    expect((await page.locator('#traza-despues li').allTextContents()).join('\n')).toContain(
      'Término para recurrir',
    );
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
