/**
 * The audit finds a system that adds the same calendar days to every request (desfase_fijo): the
 * batch pattern moves the counts, per seccional too, and the listed disagreements, whatever the
 * number listed.
 */
import { describe, expect, it } from 'vitest';
import { addCalendarDays, fromDayNumber, type IsoDate, toDayNumber } from '../../src/calendar/index.js';
import { runAudit } from '../../src/cli/audit.js';

const TYPES = ['peticion', 'peticion_documentos', 'consulta', 'queja', 'acceso_informacion'];

/** A registry whose system gives every request its radicación + 21 calendar days. */
function registry(): string {
  const lines = ['radicado,tipo,regimen,fecha_radicacion,seccional,fecha_vencimiento'];
  for (let d = toDayNumber('2026-02-02'), i = 0; d <= toDayNumber('2026-06-30'); d++, i++) {
    const received = fromDayNumber(d);
    const sec = i % 2 === 0 ? 'Norte' : 'Sur';
    lines.push(`M-${i},${TYPES[i % TYPES.length]},cpaca,${received},${sec},${addCalendarDays(received, 21)}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function audit(maxListed: number) {
  const text = registry();
  return runAudit(
    {
      format: 'csv',
      name: 'ministerio.csv',
      chunks: (async function* () {
        yield text;
      })(),
    },
    { asOf: '2026-11-27' as IsoDate, maxListed },
  );
}

describe('auditar: a fixed calendar-day offset for every request', () => {
  it('counts every disagreement at the offset as desfase_fijo, with the N in the detail', async () => {
    const report = await audit(10);
    const d = report.disagreements;
    expect(d.count).toBeGreaterThan(100);
    expect(d.byCause.desfase_fijo).toBe(d.count);
    expect(d.byCause.desconocida + d.byCause.festivo_agregado + d.byCause.festivo_omitido).toBe(0);
    expect(Object.keys(d.bySeccional)).toEqual(['Norte', 'Sur']);
    expect((d.bySeccional.Norte?.desfase_fijo ?? 0) + (d.bySeccional.Sur?.desfase_fijo ?? 0)).toBe(d.count);
    for (const row of Object.values(d.bySeccional)) expect(Object.keys(row)).toEqual(['desfase_fijo']);
    expect(d.items).toHaveLength(10);
    for (const item of d.items) {
      expect(item.cause).toBe('desfase_fijo');
      expect(item.causeDetail).toContain(
        `suma 21 días calendario a la radicación (${item.receivedDate} + 21`,
      );
      expect(item.alternatives).not.toContain('desconocida');
    }
  });

  it('gives the same counts whatever the number of listed records', async () => {
    const [few, all] = await Promise.all([audit(3), audit(1000)]);
    expect(few.disagreements.byCause).toEqual(all.disagreements.byCause);
    expect(few.disagreements.bySeccional).toEqual(all.disagreements.bySeccional);
    expect(all.disagreements.items.every((i) => i.cause === 'desfase_fijo')).toBe(true);
  });
});
