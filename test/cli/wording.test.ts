// Wording of the reports and messages: accents («crítica», «sí»), labels instead of raw codes, one
// symbol for the metas (≤, ≥), one Spanish number format in the charts, a chart wide enough for its
// title, and a Spanish JSON syntax message.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxMessage } from '../../src/cli/json-error.js';
import { SEVERITY_LABELS } from '../../src/cli/render/labels.js';
import { columnChart, metaBars } from '../../src/cli/render/svg.js';
import { computeDeadline } from '../../src/deadlines/index.js';
import { fixture, ROOT, run, tempDir } from './helpers.js';

const example = join(ROOT, 'examples/registro-pqrsd.csv');

function syntax(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonSyntaxMessage(error, text);
  }
  throw new Error('no falló');
}

describe('report wording', { timeout: 30_000 }, () => {
  it('prints «crítica» (not «critica») for people, and keeps the code in JSON', async () => {
    expect(SEVERITY_LABELS.critica).toBe('crítica');
    const tabla = (await run(['auditar', example, '--corte', '2026-11-27'])).stdout;
    expect(tabla).toContain('[crítica]');
    expect(tabla).not.toContain('[critica]');
    const md = (await run(['auditar', example, '--corte', '2026-11-27', '--formato', 'md'])).stdout;
    expect(md).toContain('**crítica**');
    const html = (await run(['auditar', example, '--corte', '2026-11-27', '--formato', 'html'])).stdout;
    expect(html).toContain('<b>crítica</b>');
    const json = JSON.parse(
      (await run(['auditar', example, '--corte', '2026-11-27', '--formato', 'json'])).stdout,
    );
    expect(JSON.stringify(json)).toContain('"critica"');
  });

  it('prints «crítica» in the alerts of vencimiento', async () => {
    const r = await run([
      'vencimiento',
      '--tipo',
      'peticion',
      '--radicado',
      '2026-11-27',
      '--corte',
      '2026-12-21',
    ]);
    expect(r.stdout).toContain('alerta (crítica): ');
    expect(r.stdout).not.toContain('(critica)');
  });

  it('writes «sí» in the CSV yes/no columns', async () => {
    const csv = (
      await run(['auditar', fixture('registro-pequeno.csv'), '--corte', '2026-11-27', '--formato', 'csv'])
    ).stdout;
    expect(csv).toMatch(/^2,R-001,sí,/m);
    expect(csv).not.toMatch(/,si,/);
  });

  it('says «≤ 0 %» and «seccional Cali» in the alerts, not «<= 0 %» or «seccional=Cali»', async () => {
    const tabla = (await run(['auditar', example, '--corte', '2026-11-27'])).stdout;
    expect(tabla).toContain('no cumple la meta ≤ 0 %');
    expect(tabla).toContain('no cumple la meta ≥ 100 %');
    expect(tabla).toContain('(seccional Cali)');
    expect(tabla).not.toMatch(/<= 0 %|>= 100 %|seccional=/);
  });

  it('names the request type and the consequences in the legal explanation', () => {
    const d = computeDeadline({ type: 'peticion', receivedAt: '2026-11-27' });
    const text = d.explanation;
    expect(text).toContain('Solicitud: petición · régimen CPACA (Ley 1437 de 2011');
    expect(text).toContain('  - Falta disciplinaria: ');
    expect(text).not.toMatch(/\bpeticion\b|falta_disciplinaria|régimen cpaca/);
  });
});

describe('charts', () => {
  it('label percentages with a decimal comma, like the tables', () => {
    const col = columnChart([{ label: '2026-10', value: 0.8333 }], 1, 'Oportunidad por mes');
    expect(col).toContain('2026-10: 83,3 %');
    expect(col).toContain('meta 100 %');
    expect(col).not.toMatch(/\d\.\d %/);
    const bars = metaBars([{ label: 'Oportunidad', value: 0.005, meta: 1, complies: false }], 'Indicadores');
    expect(bars).toContain('>0,50 %<');
  });

  it('are wide enough for the title with a single month', () => {
    const title = 'Respondidas dentro del término legal / respondidas, por mes de respuesta';
    const svg = columnChart([{ label: '2026-11', value: 1 }], 1, title);
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThanOrEqual(title.length * 7);
  });
});

describe('JSON syntax errors in Spanish', () => {
  it('say where the error is, with no English parser text', () => {
    expect(syntax('{"a": 1,}')).toBe('error de sintaxis en la línea 1, columna 9 (cerca de «}»)');
    expect(syntax('{\n "a": 1,\n}')).toBe('error de sintaxis en la línea 3, columna 1 (cerca de «}»)');
    expect(syntax('{"a":')).toContain('el JSON termina antes de cerrarse');
    expect(syntax('{"a": "x')).toContain('el JSON termina antes de cerrarse');
    expect(syntax('{\n "a": tru\n}')).toMatch(/^error de sintaxis/);
  });

  it('in auditar (registry and --mapa)', async () => {
    const dir = tempDir();
    const bad = join(dir, 'malo.json');
    writeFileSync(bad, '{"registros": [1,}');
    const r = await run(['auditar', bad, '--corte', '2026-11-27']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no es un JSON válido: error de sintaxis/);
    expect(r.stderr).not.toMatch(/Unexpected|Expected|position/);
    const m = await run(['auditar', example, '--corte', '2026-11-27', '--mapa', bad]);
    expect(m.stderr).toContain('--mapa');
    expect(m.stderr).not.toMatch(/Unexpected|Expected|position/);
    const mapa = await run(['mapa', example, '--mapa', bad]);
    expect(mapa.code).toBe(2);
    expect(mapa.stderr).toContain('no es un JSON válido: error de sintaxis');
    expect(mapa.stderr).not.toMatch(/Unexpected|Expected|position/);
  });
});
