/**
 * The decision of the apelación (`decision_apelacion`): firmness never comes before the last notified
 * decision (CPACA art. 87 num. 2), its trace line, the warning when no apelación was filed, the
 * fields of the status and the registry columns. The legal results are golden cases (test/golden/recursos.cases.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/index.js';
import { resolveHeader } from '../../src/cli/mapping.js';
import { buildRecord, quickCheck, validateRow } from '../../src/cli/record.js';
import { computeDeadline, requestStatus } from '../../src/deadlines/index.js';
import { type LifecycleEvent, RECURSO_RESULTS } from '../../src/domain.js';

const NOTIFIED = toDayNumber('2026-11-23');
const d = (offset: number) => fromDayNumber(NOTIFIED + offset);

const ANSWERED: readonly LifecycleEvent[] = [
  { type: 'respuesta', date: '2026-11-20' },
  { type: 'notificacion', date: '2026-11-23' },
];

describe('firmness after the apelación (fast-check)', () => {
  const decision = fc.record({
    at: fc.integer({ min: 1, max: 90 }),
    lag: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    result: fc.option(fc.constantFrom(...RECURSO_RESULTS), { nil: undefined }),
  });
  it('firmSince is never on or before the notification of a decision recorded on the recursos', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('servicios_publicos', 'cpaca') as fc.Arbitrary<'servicios_publicos' | 'cpaca'>,
        fc.constantFrom('reposicion', 'apelacion', 'reposicion_y_apelacion') as fc.Arbitrary<
          'reposicion' | 'apelacion' | 'reposicion_y_apelacion'
        >,
        fc.integer({ min: 0, max: 4 }),
        fc.option(decision, { nil: undefined }),
        fc.option(decision, { nil: undefined }),
        fc.integer({ min: 0, max: 200 }),
        (regime, kind, filedAt, first, appeal, asOf) => {
          const events: LifecycleEvent[] = [...ANSWERED, { type: 'recurso', date: d(filedAt), kind }];
          const notified: number[] = [];
          for (const [type, dec, base] of [
            ['decision_recurso', first, filedAt],
            ['decision_apelacion', kind === 'reposicion' ? undefined : appeal, filedAt + (first?.at ?? 0)],
          ] as const) {
            if (dec === undefined) continue;
            const at = base + dec.at;
            const e: Record<string, unknown> = { type, date: d(at) };
            if (dec.result !== undefined) e.result = dec.result;
            if (dec.lag !== undefined) {
              e.notifiedOn = d(at + dec.lag);
              // the status reads only the events dated on or before asOf
              if (at <= asOf) notified.push(at + dec.lag);
            }
            events.push(e as LifecycleEvent);
          }
          const s = requestStatus({ type: 'reclamo', receivedAt: '2026-11-03', regime, events }, d(asOf));
          const firm = s.recurso?.firmSince ?? null;
          if (firm !== null) {
            for (const n of notified) expect(toDayNumber(firm)).toBeGreaterThan(NOTIFIED + n);
            expect(toDayNumber(firm)).toBeLessThanOrEqual(NOTIFIED + asOf);
            expect(s.stage).toBe('firme');
          }
        },
      ),
      { seed: 1987, numRuns: 400 },
    );
  });
});

describe('the decision_apelacion event', () => {
  const request = (...more: LifecycleEvent[]) => ({
    type: 'reclamo' as const,
    receivedAt: '2026-11-03',
    regime: 'servicios_publicos' as const,
    events: [
      ...ANSWERED,
      { type: 'recurso', date: '2026-11-27', kind: 'reposicion_y_apelacion' } as const,
      { type: 'decision_recurso', date: '2026-12-10', result: 'confirma', notifiedOn: '2026-12-11' } as const,
      { type: 'envio_sspd', date: '2026-12-16' } as const,
      ...more,
    ],
  });

  it('records the decision of the Superintendencia in the status, with its due date', () => {
    const s = requestStatus(
      request({
        type: 'decision_apelacion',
        date: '2027-01-15',
        result: 'modifica',
        notifiedOn: '2027-01-18',
      }),
      '2027-01-19',
    );
    expect(s.recurso).toMatchObject({
      appealDecisionDueDate: '2027-01-27',
      appealDecidedOn: '2027-01-15',
      appealResult: 'modifica',
      appealDecisionNotifiedOn: '2027-01-18',
      firmSince: '2027-01-19',
    });
  });

  it('leaves a trace line citing Ley 142 art. 159, and one citing CPACA art. 74 num. 2 outside utilities', () => {
    const e = { type: 'decision_apelacion', date: '2027-01-15', notifiedOn: '2027-01-18' } as const;
    const spd = computeDeadline(request(e)).trace.find((t) =>
      t.message.startsWith('Decisión de la apelación'),
    );
    expect(spd?.message).toBe(
      'Decisión de la apelación por la Superintendencia el 2027-01-15, notificada el 2027-01-18.',
    );
    expect(spd?.citation?.articulo).toBe('art. 159');
    const cpaca = computeDeadline({ ...request(e), type: 'peticion', regime: 'cpaca' }).trace.find((t) =>
      t.message.startsWith('Decisión de la apelación'),
    );
    expect(cpaca?.message).toContain('por el inmediato superior');
    expect(cpaca?.citation?.articulo).toBe('art. 74 num. 2');
  });

  it('warns APELACION_NO_INTERPUESTA without an apelación, and leaves the chain as it was', () => {
    const events: LifecycleEvent[] = [
      ...ANSWERED,
      { type: 'recurso', date: '2026-11-27', kind: 'reposicion' },
      { type: 'decision_apelacion', date: '2026-12-10', result: 'revoca' },
    ];
    const r = {
      type: 'reclamo' as const,
      receivedAt: '2026-11-03',
      regime: 'servicios_publicos' as const,
      events,
    };
    expect(computeDeadline(r).warnings.map((w) => w.code)).toEqual(['APELACION_NO_INTERPUESTA']);
    const s = requestStatus(r, '2026-12-14');
    expect(s.recurso?.appealDecidedOn).toBeNull();
    expect(s.stage).toBe('recurso_interpuesto');
  });
});

describe('registry columns of the apelación', () => {
  const header = resolveHeader([
    'radicado',
    'tipo',
    'regimen',
    'fecha_radicacion',
    'fecha_respuesta',
    'fecha_notificacion',
    'fecha_recurso',
    'tipo_recurso',
    'fecha_decision_recurso',
    'resultado_recurso',
    'fecha_notificacion_decision_recurso',
    'fecha_envio_sspd',
    'Fecha de decisión de la apelación',
    'Resultado de la apelación',
    'fecha_notificacion_decision_apelacion',
  ]);
  const row = (decided: string, result: string, notified: string) =>
    buildRecord(
      [
        'R-1',
        'reclamo',
        'servicios_publicos',
        '2026-11-03',
        '2026-11-20',
        '2026-11-23',
        '2026-11-27',
        'reposicion_y_apelacion',
        '2026-12-10',
        'confirma',
        '2026-12-11',
        '2026-12-16',
        decided,
        result,
        notified,
      ],
      header,
    );

  it('recognises the headers and builds a decision_apelacion, with the vocabulary of the results', () => {
    expect(header.index.fecha_decision_apelacion).toBe(12);
    expect(header.index.resultado_apelacion).toBe(13);
    const b = row('15/01/2027', 'Revocada', '2027-01-18');
    expect((b.input.events as unknown[]).at(-1)).toEqual({
      type: 'decision_apelacion',
      date: '2027-01-15',
      result: 'revoca',
      notifiedOn: '2027-01-18',
    });
    expect(quickCheck(b.input, true)).toBe(true);
    expect(validateRow(b).ok).toBe(true);
    expect(requestStatus(b.input as never, '2027-01-19').recurso?.firmSince).toBe('2027-01-19');
  });

  it('leaves out an unknown result with a warning, and blames a notification before the decision on its column', () => {
    const unknown = row('2027-01-15', 'Niega', '');
    expect((unknown.input.events as unknown[]).at(-1)).toEqual({
      type: 'decision_apelacion',
      date: '2027-01-15',
    });
    expect(unknown.warnings).toEqual([expect.stringContaining('resultado_apelacion: «Niega»')]);
    const bad = row('2027-01-15', 'confirma', '2027-01-14');
    expect(quickCheck(bad.input, true)).toBe(false);
    const v = validateRow(bad);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reasons.join(' ')).toContain('fecha_notificacion_decision_apelacion');
  });
});
