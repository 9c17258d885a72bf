/**
 * Indicators: 1,000,000 synthetic records aggregated in ONE pass by `createAggregator`, against the
 * naive approach (materialise every record in an array, group with arrays, sort each group for the
 * median), measured side by side in one run. Run with `npx tsx bench/indicators.bench.ts`.
 *
 * Records are generated lazily by a deterministic generator (xorshift32, fixed seed), so the streaming
 * aggregator never holds them: its heap must stay flat whatever the number of records. Statuses are
 * PRECOMPUTED in shape (synthetic `IndicatorStatus` objects built in the generator, as a caller that
 * already holds engine statuses would pass them): this times the aggregation, not the engine.
 * A second, smaller run computes real statuses with the deadline engine in the loop
 * (`toIndicatorRecords`) to show the end-to-end cost.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { Bench } from 'tinybench';
import type { IsoDate } from '../src/calendar/types.js';
import type { Channel, RequestState, RequestType } from '../src/domain.js';
import {
  createAggregator,
  type IndicatorRecord,
  type IndicatorSource,
  toIndicatorRecords,
} from '../src/indicators/index.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const N = 1_000_000;
const AS_OF = '2026-12-31' as IsoDate;
const TYPES: RequestType[] = [
  'peticion',
  'queja',
  'reclamo',
  'sugerencia',
  'denuncia',
  'peticion_documentos',
  'consulta',
];
const CHANNELS: Channel[] = ['escrito', 'correo_electronico', 'formulario_web', 'presencial', 'telefonico'];
const SECCIONALES = ['Norte', 'Sur', 'Oriente', 'Occidente', 'Centro', 'Costa', 'Llanos', 'Eje'];
const DEPENDENCIAS = [
  'Comercial',
  'Técnica',
  'Jurídica',
  'Financiera',
  'Talento Humano',
  'Atención al Usuario',
];
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

/** Deterministic xorshift32: an integer in [0, m). */
function xorshift(seed: number): (m: number) => number {
  let x = seed >>> 0 || 1;
  return (m) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return Math.floor((x / 2 ** 32) * m);
  };
}

function* synthetic(n: number): Generator<IndicatorRecord> {
  const next = xorshift(20261127);

  for (let i = 0; i < n; i++) {
    const r = next(100);
    const state: RequestState =
      r < 70
        ? 'respondida_a_tiempo'
        : r < 82
          ? 'respondida_extemporanea'
          : r < 87
            ? 'trasladada'
            : r < 90
              ? 'desistida'
              : r < 95
                ? 'vencida'
                : 'en_termino';
    const answered = r < 87;
    const day = 1 + next(28);
    const receivedDate = `${MONTHS[next(12)]}-${day < 10 ? `0${day}` : day}` as IsoDate;
    yield {
      type: TYPES[next(TYPES.length)] as RequestType,
      seccional: SECCIONALES[next(SECCIONALES.length)],
      dependencia: DEPENDENCIAS[next(DEPENDENCIAS.length)],
      channel: CHANNELS[next(CHANNELS.length)],
      outcome: answered ? (next(10) === 0 ? 'a_favor' : 'en_contra') : undefined,
      satisfaction: next(4) === 0 ? 1 + next(5) : null,
      status: {
        asOf: AS_OF,
        state,
        semaforo: state === 'vencida' ? 'rojo' : state === 'en_termino' ? 'verde' : null,
        dueDate: null,
        remainingBusinessDays: null,
        answeredOn: answered ? receivedDate : null,
        onTime:
          state === 'respondida_a_tiempo'
            ? true
            : state === 'respondida_extemporanea'
              ? false
              : state === 'trasladada'
                ? next(5) > 0
                : null,
        responseBusinessDays: answered ? (state === 'respondida_a_tiempo' ? next(16) : 16 + next(40)) : null,
        consequences: [],
        priority: next(50) === 0 ? ['adulto_mayor'] : [],
        deadline: { receivedDate, regime: 'cpaca' },
      },
    };
  }
}

const OPTIONS = {
  asOf: AS_OF,
  period: 'month' as const,
  groupBy: ['seccional' as const, 'type' as const],
  usersBySeccional: Object.fromEntries(SECCIONALES.map((s) => [s, 250_000])),
};

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

// ---- 1. Streaming: one pass, heap sampled every 100,000 records. -------------------------------
const heap0 = heapMb();
const samples: string[] = [];
let t = performance.now();
const agg = createAggregator(OPTIONS);
let i = 0;
for (const r of synthetic(N)) {
  agg.add(r);
  if (++i % 200_000 === 0) samples.push(`${i / 1000}k: ${(heapMb() - heap0).toFixed(2)} MB`);
}
const streamResult = agg.result();
const streamMs = performance.now() - t; // includes the forced GCs of the heap samples
const heapStream = heapMb() - heap0;
console.log(
  `Agregador en streaming: ${N.toLocaleString('es-CO')} registros → ${streamResult.groups.length} grupos (12 meses × 8 seccionales × 7 tipos)`,
);
console.log(`  heap sobre la línea base mientras agrega: ${samples.join(' | ')}`);
console.log(`  heap sobre la línea base tras result(): ${heapStream.toFixed(2)} MB`);

// ---- 2. Naive: materialise, group with arrays, sort for the median. ----------------------------
function naive(
  records: IndicatorRecord[],
): Map<string, { n: number; onTime: number; answered: number; median: number | null }> {
  const groups = new Map<string, IndicatorRecord[]>();
  for (const r of records) {
    const k = `${r.status.deadline.receivedDate.slice(0, 7)}|${r.seccional}|${r.type}`;
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [r]);
    else g.push(r);
  }
  const out = new Map<string, { n: number; onTime: number; answered: number; median: number | null }>();
  for (const [k, rs] of groups) {
    const answered = rs.filter(
      (r) =>
        r.status.state === 'respondida_a_tiempo' ||
        r.status.state === 'respondida_extemporanea' ||
        r.status.state === 'trasladada',
    );
    const days = answered.map((r) => r.status.responseBusinessDays as number).sort((a, b) => a - b);
    const m =
      days.length === 0
        ? null
        : days.length % 2
          ? (days[(days.length - 1) / 2] as number)
          : ((days[days.length / 2 - 1] as number) + (days[days.length / 2] as number)) / 2;
    out.set(k, {
      n: rs.length,
      onTime: answered.filter((r) => r.status.onTime === true).length,
      answered: answered.length,
      median: m,
    });
  }
  return out;
}
const heapN0 = heapMb();
t = performance.now();
const all = [...synthetic(N)];
const naiveResult = naive(all);
const naiveMs = performance.now() - t;
const heapNaive = heapMb() - heapN0;
console.log(
  `Ingenuo (arreglo de registros + arreglos por grupo + sort): ${naiveResult.size} grupos, heap retenido ${heapNaive.toFixed(1)} MB`,
);
all.length = 0;

// Same numbers from both.
let mismatches = 0;
for (const g of streamResult.groups) {
  const k = `${g.period.key}|${g.group.seccional}|${g.group.type}`;
  const n = naiveResult.get(k);
  if (
    n === undefined ||
    n.n !== g.received ||
    n.answered !== g.answered ||
    n.onTime !== g.answeredOnTime ||
    n.median !== g.responseTime.median
  )
    mismatches++;
}
console.log(
  `  streaming e ingenuo coinciden en cada grupo: ${mismatches === 0 ? 'sí' : `NO (${mismatches} difieren)`}`,
);
if (mismatches > 0) process.exitCode = 1;

// ---- 3. Timed side by side (tinybench), 200,000 records each. -----------------------------------
const M = 200_000;
const materialised = [...synthetic(M)];
const bench = new Bench({ iterations: 5, time: 0, warmupIterations: 1 });
bench
  .add('createAggregator (una pasada, registros generados)', () => {
    const a = createAggregator(OPTIONS);
    for (const r of synthetic(M)) a.add(r);
    a.result();
  })
  .add('createAggregator (una pasada, arreglo en memoria)', () => {
    const a = createAggregator(OPTIONS);
    for (const r of materialised) a.add(r);
    a.result();
  })
  .add('ingenuo (arreglo en memoria, agrupar + ordenar)', () => {
    naive(materialised);
  })
  .add('solo generación (línea base)', () => {
    for (const _ of synthetic(M)) {
      /* consume */
    }
  });
await bench.run();
const means = bench.tasks.map((task) => {
  const r = task.result;
  if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}`);
  return r.latency.mean;
});
console.table(
  bench.tasks.map((task, k) => ({
    tarea: task.name,
    'ms / 200 000': (means[k] as number).toFixed(1),
    'registros / s': Math.round((M / (means[k] as number)) * 1000).toLocaleString('es-CO'),
  })),
);
const [, arr, nv] = means as [number, number, number, number];
console.log(`razón ingenuo / agregador (mismo arreglo en memoria): ${(nv / arr).toFixed(2)}×`);
console.log(
  `1 000 000 en una pasada (con muestreo de heap): ${streamMs.toFixed(0)} ms; ingenuo 1 000 000 (materializar + agrupar): ${naiveMs.toFixed(0)} ms`,
);

// ---- 4. End to end: statuses computed by the deadline engine in the loop. -----------------------
const E = 200_000;
function* sources(n: number): Generator<IndicatorSource> {
  const next = xorshift(7);

  for (let k = 0; k < n; k++) {
    const day = 1 + next(28);
    const received = `${MONTHS[next(11)]}-${day < 10 ? `0${day}` : day}`;
    const answer = next(3) === 0 ? undefined : `2026-12-${String(1 + next(28)).padStart(2, '0')}`;
    yield {
      type: TYPES[next(TYPES.length)] as RequestType,
      receivedAt: received,
      seccional: SECCIONALES[next(SECCIONALES.length)],
      ...(answer !== undefined && answer >= received
        ? { response: { date: answer, outcome: 'en_contra' as const } }
        : {}),
    };
  }
}
const heapE0 = heapMb();
t = performance.now();
const e2e = createAggregator(OPTIONS);
for (const r of toIndicatorRecords(sources(E), AS_OF)) e2e.add(r);
e2e.result();
const e2eMs = performance.now() - t;
console.log(
  `De punta a punta (requestStatus del motor en el ciclo + agregación), ${E.toLocaleString('es-CO')} registros: ${e2eMs.toFixed(0)} ms (${Math.round((E / e2eMs) * 1000).toLocaleString('es-CO')} registros/s), heap sobre la línea base ${(heapMb() - heapE0).toFixed(2)} MB`,
);
