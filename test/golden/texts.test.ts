/**
 * What an official reads, case by case: for every golden deadline and status case, the explanation,
 * the warnings, the alerts and the legal consequences (dates and citations) with their Spanish texts, in one plain-text file
 * (`__snapshots__/textos.txt`). The golden tables check the dates and codes; this file checks the words,
 * so a changed message shows up in review (update it on purpose with `npx vitest run -u`).
 */
import { describe, expect, it } from 'vitest';
import { computeDeadline, requestStatus } from '../../src/deadlines/index.js';
import { GOLDEN_CASES } from './cases.js';

function textsOf(c: (typeof GOLDEN_CASES)[number]): string | null {
  if (c.kind === 'deadline') {
    const d = computeDeadline(c.input.request, { policies: c.policies });
    const warnings = d.warnings.map((w) => `  ${w.code}: ${w.message}`);
    return [
      `## ${c.id} (plazo)`,
      d.explanation,
      ...(warnings.length ? ['Advertencias:', ...warnings] : []),
    ].join('\n');
  }
  if (c.kind === 'status') {
    const s = requestStatus(c.input.request, c.input.asOf, { policies: c.policies });
    const lines = [`## ${c.id} (estado al ${c.input.asOf}: ${s.state})`];
    for (const a of s.alerts) lines.push(`  [${a.severity}] ${a.code}: ${a.message}`);
    for (const q of s.consequences) {
      const c = q.citation;
      const dates = [q.deadline, q.copiesDueDate, q.recognitionDeadline, q.recognizedOn].filter(Boolean);
      lines.push(
        `  consecuencia ${q.type} desde ${q.since}${dates.length ? ` (${dates.join(', ')})` : ''}: ${q.description} [${c.norma}, ${c.articulo}, ${c.url}, desde ${c.vigencia.desde}, ${c.confidence}]`,
      );
    }
    for (const w of s.deadline.warnings) lines.push(`  aviso ${w.code}: ${w.message}`);
    for (const t of s.deadline.trace.filter((e) => e.kind !== 'dia')) lines.push(`  traza: ${t.message}`);
    return lines.join('\n');
  }
  return null;
}

describe('the Spanish texts of the golden cases', () => {
  it('are the ones in __snapshots__/textos.txt', async () => {
    const blocks = GOLDEN_CASES.flatMap((c) => {
      if ('error' in c.expected) return [];
      const t = textsOf(c);
      return t === null ? [] : [t];
    });
    expect(blocks.length).toBeGreaterThan(150);
    await expect(`${blocks.join('\n\n')}\n`).toMatchFileSnapshot('./__snapshots__/textos.txt');
  });
});
