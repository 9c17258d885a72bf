/**
 * The audit after the answer: counts by stage and by notification state and the notification and
 * recurso alerts (CPACA arts. 68, 69, 76, 78 and 87), in the JSON report (valid against its schema)
 * and in the «Después de la respuesta» section of the HTML report, which only a registry with such
 * columns gets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { lifecycleSection } from '../../src/cli/render/html-lifecycle.js';
import { fixture, ROOT, run } from './helpers.js';

const lifecycle = fixture('despues-de-respuesta.csv');
const CORTE = ['--corte', '2026-12-18'];

describe('auditar after the answer', () => {
  it('JSON: stages, notification states and alerts, valid against auditar.schema.json', async () => {
    const r = await run(['auditar', lifecycle, ...CORTE, '--formato', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'auditar.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(json) ? [] : validate.errors).toEqual([]);
    expect(json.lifecycle.rows).toBe(3);
    // recurso after the 10 días of CPACA art. 76 → rejected (art. 78), the decision is firm.
    expect(json.lifecycle.byStage).toEqual({ decidida: 2, recurso_interpuesto: 1, firme: 1 });
    expect(json.lifecycle.byNotification).toEqual({ citada: 1, surtida: 2, pendiente: 1 });
    expect(json.lifecycle.alerts).toEqual([
      { code: 'AVISO_PENDIENTE', severity: 'critica', count: 1, records: ['R-1'] },
      { code: 'RECURSO_EXTEMPORANEO', severity: 'advertencia', count: 1, records: ['R-2'] },
    ]);
  });

  it('HTML: the section «Después de la respuesta», with the same CSP', async () => {
    const r = await run(['auditar', lifecycle, ...CORTE, '--formato', 'html']);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html).toContain('<h2>Después de la respuesta</h2>');
    expect(html).toContain('<tr><td>Recurso interpuesto</td><td class="n">1</td></tr>');
    expect(html).toContain('<tr><td>Citada (CPACA art. 68)</td><td class="n">1</td></tr>');
    expect(html).toContain('Recurso extemporáneo (CPACA art. 78) (1). <small>R-2</small>');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/i);
  });

  it('a registry without notification or recurso columns gets no section and no JSON part', async () => {
    const small = fixture('registro-pequeno.csv');
    const html = await run(['auditar', small, '--corte', '2026-11-27', '--formato', 'html']);
    expect(html.stdout).not.toContain('Después de la respuesta');
    const json = await run(['auditar', small, '--corte', '2026-11-27', '--formato', 'json']);
    expect(JSON.parse(json.stdout)).not.toHaveProperty('lifecycle');
  });

  it('escapes every value of the section', () => {
    const html = lifecycleSection({
      rows: 1,
      byStage: { firme: 1 },
      byNotification: {},
      alerts: [{ code: '<X>', severity: 'info', count: 1, records: ['<b>&"'] }],
    });
    expect(html).toContain('&lt;X&gt;');
    expect(html).toContain('&lt;b&gt;&amp;&quot;');
    expect(html).not.toContain('<b>&');
    expect(lifecycleSection(undefined)).toBe('');
  });

  it('names the stage apelacion_decidida and the alert APELACION_VENCIDA (CPACA arts. 86 and 87)', () => {
    const html = lifecycleSection({
      rows: 2,
      byStage: { apelacion_decidida: 1, apelacion_enviada: 1 },
      byNotification: {},
      alerts: [{ code: 'APELACION_VENCIDA', severity: 'critica', count: 1, records: ['R-9'] }],
    });
    expect(html).toContain(
      '<tr><td>Apelación decidida, notificación pendiente</td><td class="n">1</td></tr>',
    );
    expect(html).toContain('Apelación sin decidir con el término vencido (CPACA art. 86)');
  });
});
