/**
 * Business-day arithmetic: pqrsd's prefix-count calendar against the naive approaches, measured
 * side by side in one run. Run with `npx tsx bench/calendar.bench.ts` (TZ=UTC recommended for the
 * date-fns variant, which works in host time).
 *
 * Operation timed everywhere: "the 15th business day after d" over a fixed batch of start dates
 * spread over 2020–2030, normalized to nanoseconds per operation.
 */
import { addBusinessDays as dfAddBusinessDays } from 'date-fns';
import Holidays from 'date-holidays';
import { Bench } from 'tinybench';
import {
  addBusinessDays,
  colombianHolidays,
  createCalendar,
  fromDayNumber,
  nationalCalendar,
  toDayNumber,
} from '../src/calendar/index.js';

const N_DAYS = 15;
const BATCH = 1024;
const MIN = toDayNumber('1984-01-01');
const MAX = toDayNumber('2199-12-31');

// Fixed pseudo-random start dates (LCG), same for every contender.
let seed = 42;
const startNumbers = Array.from({ length: BATCH }, () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return toDayNumber('2020-01-01') + (seed % 3650);
});
const startStrings = startNumbers.map(fromDayNumber);
const startInt32 = Int32Array.from(startNumbers);

// (2) a Set of 'YYYY-MM-DD' holiday strings, walked day by day.
const holidaySet = new Set<string>();
for (let y = 1984; y <= 2199; y++) for (const h of colombianHolidays(y)) holidaySet.add(h.date);
function setLoop(d: string, n: number): string {
  let t = Date.parse(`${d}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    t += 86_400_000;
    const date = new Date(t);
    const wd = date.getUTCDay();
    if (wd !== 0 && wd !== 6 && !holidaySet.has(date.toISOString().slice(0, 10))) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}

// (1) the same loop asking date-holidays.
const hd = new Holidays('CO');
function dateHolidaysLoop(d: string, n: number): string {
  let t = Date.parse(`${d}T12:00:00-05:00`);
  let left = n;
  while (left > 0) {
    t += 86_400_000;
    const date = new Date(t);
    const wd = date.getUTCDay();
    const holiday = hd.isHoliday(date);
    if (wd !== 0 && wd !== 6 && !(holiday || []).some((h) => h.type === 'public')) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}

// (3) date-fns addBusinessDays (weekends only) one day at a time, skipping holidays from the Set.
function isoLocal(date: Date): string {
  const m = date.getMonth() + 1;
  const day = date.getDate();
  return `${date.getFullYear()}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}
function dateFnsLoop(d: string, n: number): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  let date = new Date(y, m - 1, day);
  for (let i = 0; i < n; i++) {
    date = dfAddBusinessDays(date, 1);
    while (holidaySet.has(isoLocal(date))) date = dfAddBusinessDays(date, 1);
  }
  return isoLocal(date);
}

// (6) a bare typed-array lookup: the same prefix count, no validation, no call.
const flags = new Uint8Array(MAX - MIN + 1);
for (let dn = MIN; dn <= MAX; dn++) flags[dn - MIN] = nationalCalendar.isBusinessDayNumber(dn) ? 0 : 1;
const barePrefix = new Int32Array(flags.length + 1);
const bareDays = new Int32Array(flags.length);
let total = 0;
for (let i = 0; i < flags.length; i++) {
  barePrefix[i] = total;
  if (flags[i] === 0) bareDays[total++] = i + MIN;
}
barePrefix[flags.length] = total;

// Sanity: every contender computes the same dates.
for (const d of startStrings.slice(0, 50)) {
  const want = addBusinessDays(d, N_DAYS);
  const got = [setLoop(d, N_DAYS), dateFnsLoop(d, N_DAYS), dateHolidaysLoop(d, N_DAYS)];
  if (got.some((g) => g !== want)) throw new Error(`desacuerdo en ${d}: ${want} vs ${got.join(', ')}`);
}

// Construction: a calendar with 300 closures (and a first cold build, once).
const closures300 = Array.from({ length: 300 }, (_, i) => ({
  date: fromDayNumber(toDayNumber('2020-01-06') + i * 7),
  reason: `Cierre ${i + 1}`,
}));
const cold = performance.now();
createCalendar({ workweek: [1, 2, 3, 4, 5, 6], closures: closures300 }).isBusinessDay('2026-01-01');
const coldMs = performance.now() - cold;

let sink = 0;
const fast = new Bench({ time: 1500, warmupTime: 300 });
fast
  .add('(2) bucle día a día sobre un Set de cadenas', () => {
    for (let i = 0; i < 64; i++) sink += setLoop(startStrings[i]!, N_DAYS).length;
  })
  .add('(3) date-fns addBusinessDays + chequeo de festivos', () => {
    for (let i = 0; i < 64; i++) sink += dateFnsLoop(startStrings[i]!, N_DAYS).length;
  })
  .add('(4) pqrsd addBusinessDays (cadenas IsoDate)', () => {
    for (let i = 0; i < BATCH; i++) sink += addBusinessDays(startStrings[i]!, N_DAYS).length;
  })
  .add('(5) pqrsd addBusinessDaysNumber (enteros)', () => {
    const add = nationalCalendar.addBusinessDaysNumber;
    for (let i = 0; i < BATCH; i++) sink += add(startInt32[i]!, N_DAYS);
  })
  .add('(6) búsqueda directa en arreglos tipados', () => {
    for (let i = 0; i < BATCH; i++) sink += bareDays[barePrefix[startInt32[i]! - MIN + 1]! + N_DAYS - 1]!;
  })
  .add('construir calendario con 300 cierres (y primera consulta)', () => {
    sink += createCalendar({ closures: closures300 }).isBusinessDay('2026-01-01') ? 1 : 0;
  })
  .add('extend con una suspensión (y primera consulta)', () => {
    sink += nationalCalendar
      .extend({ suspensions: [{ from: '2026-03-02', to: '2026-03-13', act: 'Resolución 1' }] })
      .isBusinessDay('2026-03-02')
      ? 1
      : 0;
  });

const slow = new Bench({ iterations: 8, time: 0, warmup: false });
slow.add('(1) bucle día a día con date-holidays isHoliday', () => {
  sink += dateHolidaysLoop(startStrings[0]!, N_DAYS).length;
});

await fast.run();
await slow.run();

const perOp: Record<string, number> = {};
const batchOf = (name: string): number =>
  name.startsWith('(2)') || name.startsWith('(3)') ? 64 : /^\([456]\)/.test(name) ? BATCH : 1;
const rows = [...fast.tasks, ...slow.tasks].map((task) => {
  const r = task.result;
  if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}`);
  const ns = (r.latency.mean * 1e6) / batchOf(task.name);
  perOp[task.name.slice(0, 3)] = ns;
  return {
    tarea: task.name,
    'ns por operación': ns < 1e4 ? ns.toFixed(1) : `${(ns / 1e6).toFixed(3)} ms`,
    muestras: r.latency.samplesCount,
  };
});
console.table(rows);

const ours = perOp['(4)']!;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(a / b >= 100 ? 0 : 2)}×`;
console.log(`pqrsd (cadenas) vs bucle sobre Set: ${ratio(perOp['(2)']!, ours)} más rápido (meta ≥ 50×)`);
console.log(`pqrsd (cadenas) vs date-holidays:   ${ratio(perOp['(1)']!, ours)} más rápido (meta ≥ 10 000×)`);
console.log(`pqrsd (cadenas) vs date-fns:        ${ratio(perOp['(3)']!, ours)} más rápido`);
console.log(
  `pqrsd (enteros) vs búsqueda directa: ${ratio(perOp['(5)']!, perOp['(6)']!)} más lento (meta ≤ 3×)`,
);
console.log(
  `construcción en frío (primera del proceso, sábados hábiles, 300 cierres): ${coldMs.toFixed(2)} ms`,
);
console.log(`construcción con 300 cierres (estable): ${(perOp.con! / 1e6).toFixed(3)} ms (meta < 5 ms)`);
console.log(`extend con una suspensión (estable): ${(perOp.ext! / 1e6).toFixed(3)} ms`);
if (sink === 0.5) console.log(sink);
