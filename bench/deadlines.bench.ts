/**
 * The deadline engine against a naive implementation, measured side by side in one run.
 * Run with `npx tsx bench/deadlines.bench.ts`.
 *
 * - (1) `computeDeadline` of a plain petición (no events): the fast path (target ≥ 1,000,000/s).
 * - (2) the same, reading `explanation` too (the lazy trace is built).
 * - (3) `computeDeadline` with a requerimiento answered and a prórroga (the slow path).
 * - (4) `requestStatus` of a plain petición.
 * - (5) naive: validate the date, walk day by day over a Set of 'YYYY-MM-DD' holiday strings, build
 *   the result object (what a straightforward implementation does).
 * - (6) `calendar.extend` with one suspension, per request (the mechanism the engine avoids).
 * - (7) `requestStatus` of the requests of (3), cut off after the requerimiento (what the audit of a
 *   registry does per row).
 */
import { Bench } from 'tinybench';
import { colombianHolidays, fromDayNumber, nationalCalendar, toDayNumber } from '../src/calendar/index.js';
import { computeDeadline, requestStatus } from '../src/deadlines/index.js';
import type { PqrsdRequest } from '../src/domain.js';

const BATCH = 1024;
let seed = 7;
const starts = Array.from({ length: BATCH }, () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return fromDayNumber(toDayNumber('2020-01-01') + (seed % 3650));
});
const plain: PqrsdRequest[] = starts.map((receivedAt) => ({ type: 'peticion', receivedAt, regime: 'cpaca' }));
const withEvents: PqrsdRequest[] = starts.map((receivedAt) => {
  const r = toDayNumber(receivedAt);
  return {
    type: 'peticion',
    receivedAt,
    regime: 'cpaca',
    events: [
      { type: 'requerimiento', date: fromDayNumber(r + 3) },
      { type: 'respuesta_requerimiento', date: fromDayNumber(r + 10) },
      { type: 'prorroga', date: fromDayNumber(r + 20), businessDays: 5 },
    ],
  };
});
const asOf = starts.map((s) => fromDayNumber(toDayNumber(s) + 12));

const holidaySet = new Set<string>();
for (let y = 2019; y <= 2032; y++) for (const h of colombianHolidays(y)) holidaySet.add(h.date);
function naiveDeadline(r: { type: string; receivedAt: string }): { dueDate: string; receivedDate: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(r.receivedAt) || Number.isNaN(Date.parse(r.receivedAt)))
    throw new Error('fecha');
  const term = r.type === 'peticion' ? 15 : 10;
  let t = Date.parse(`${r.receivedAt}T00:00:00Z`);
  let left = term;
  while (left > 0) {
    t += 86_400_000;
    const d = new Date(t);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6 && !holidaySet.has(d.toISOString().slice(0, 10))) left--;
  }
  return { dueDate: new Date(t).toISOString().slice(0, 10), receivedDate: r.receivedAt };
}

// Same answers before timing anything.
for (let i = 0; i < BATCH; i++) {
  const a = computeDeadline(plain[i] as PqrsdRequest).dueDate;
  const b = naiveDeadline(plain[i] as { type: string; receivedAt: string }).dueDate;
  if (a !== b) throw new Error(`desacuerdo en ${starts[i]}: ${a} vs ${b}`);
}

let sink = 0;
const bench = new Bench({ time: 1500, warmupTime: 300 });
bench
  .add('(1) computeDeadline, petición sin eventos', () => {
    for (let i = 0; i < BATCH; i++)
      sink += (computeDeadline(plain[i] as PqrsdRequest).dueDate as string).length;
  })
  .add('(2) computeDeadline + explanation (traza perezosa)', () => {
    for (let i = 0; i < 64; i++) sink += computeDeadline(plain[i] as PqrsdRequest).explanation.length;
  })
  .add('(3) computeDeadline con requerimiento + prórroga', () => {
    for (let i = 0; i < BATCH; i++)
      sink += (computeDeadline(withEvents[i] as PqrsdRequest).dueDate as string).length;
  })
  .add('(4) requestStatus, petición sin eventos', () => {
    for (let i = 0; i < BATCH; i++)
      sink += requestStatus(plain[i] as PqrsdRequest, asOf[i] as string).state.length;
  })
  .add('(5) ingenuo: bucle día a día sobre un Set de festivos', () => {
    for (let i = 0; i < BATCH; i++)
      sink += naiveDeadline(plain[i] as { type: string; receivedAt: string }).dueDate.length;
  })
  .add('(7) requestStatus con requerimiento + prórroga', () => {
    for (let i = 0; i < BATCH; i++)
      sink += requestStatus(withEvents[i] as PqrsdRequest, asOf[i] as string).state.length;
  })
  .add('(6) calendar.extend con una suspensión, por solicitud', () => {
    for (let i = 0; i < 4; i++) {
      const s = starts[i] as string;
      const cal = nationalCalendar.extend({ suspensions: [{ from: s, to: s, act: 'Acto' }] });
      sink += cal.addBusinessDays(s, 15).length;
    }
  });

await bench.run();

const perOp: Record<string, number> = {
  '(1)': BATCH,
  '(2)': 64,
  '(3)': BATCH,
  '(4)': BATCH,
  '(5)': BATCH,
  '(6)': 4,
  '(7)': BATCH,
};
const rows = bench.tasks.map((t) => {
  const key = t.name.slice(0, 3);
  const ops = perOp[key] as number;
  const result = t.result as { latency?: { mean: number }; mean?: number } | undefined;
  const meanMs = result?.latency?.mean ?? result?.mean ?? Number.NaN;
  const ns = (meanMs * 1e6) / ops;
  return { tarea: t.name, 'ns/op': Math.round(ns), 'ops/s': Math.round(1e9 / ns).toLocaleString('es-CO') };
});
console.table(rows);
const ns = (k: string) => rows.find((r) => r.tarea.startsWith(k))?.['ns/op'] as number;
console.log(
  `computeDeadline sin eventos: ${Math.round(1e9 / ns('(1)')).toLocaleString('es-CO')} por segundo (meta ≥ 1.000.000)`,
);
console.log(`ingenuo / computeDeadline: ${(ns('(5)') / ns('(1)')).toFixed(1)}×`);
console.log(
  `calendar.extend por solicitud / computeDeadline con eventos: ${(ns('(6)') / ns('(3)')).toFixed(1)}×`,
);
console.log(`con eventos / sin eventos: ${(ns('(3)') / ns('(1)')).toFixed(1)}×`);
if (sink === 42) console.log('');
