/**
 * Generated indicator records: real statuses from the engine as of a fixed cut-off date, from a
 * fast-check specification (shared by the property tests of the aggregators and of the alerts).
 */
import fc from 'fast-check';
import { requestStatus } from '../../src/deadlines/index.js';
import type { Channel, LifecycleEvent, Outcome, PriorityFlag, RequestType } from '../../src/domain.js';
import type { IndicatorRecord } from '../../src/indicators/index.js';
import { AS_OF } from './helpers.js';

const DAY = 86_400_000;
const AS_OF_MS = Date.UTC(2026, 10, 27);
/** The civil date `n` days before the cut-off date (UTC arithmetic: no host time zone involved). */
const daysBefore = (n: number): string => new Date(AS_OF_MS - n * DAY).toISOString().slice(0, 10);

export interface Spec {
  readonly type: RequestType;
  readonly age: number;
  readonly answerAfter: number | null;
  readonly outcome: Outcome | null;
  readonly extra: 'none' | 'traslado' | 'desistimiento' | 'requerimiento' | 'prorroga';
  readonly priority: readonly PriorityFlag[];
  readonly regime: 'auto' | 'servicios_publicos';
  readonly seccional: string | null;
  readonly dependencia: string | null;
  readonly channel: Channel | 'fax' | null;
  readonly satisfaction: number | null;
}

export const arbSpec: fc.Arbitrary<Spec> = fc.record({
  type: fc.constantFrom<RequestType>('peticion', 'queja', 'reclamo', 'peticion_documentos', 'consulta'),
  age: fc.integer({ min: 0, max: 330 }),
  answerAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  outcome: fc.option(fc.constantFrom<Outcome>('a_favor', 'parcialmente_a_favor', 'en_contra', 'rechazo'), {
    nil: null,
  }),
  extra: fc.constantFrom('none', 'none', 'traslado', 'desistimiento', 'requerimiento', 'prorroga'),
  priority: fc.subarray<PriorityFlag>(['adulto_mayor', 'periodista'], { maxLength: 1 }),
  regime: fc.constantFrom('auto', 'auto', 'servicios_publicos'),
  seccional: fc.constantFrom('Norte', 'Sur', 'Centro', null),
  dependencia: fc.constantFrom('Jurídica', 'Técnica', '__proto__', '10', '2', null),
  channel: fc.constantFrom<Channel | 'fax' | null>('escrito', 'chat', 'correo_electronico', 'fax', null),
  satisfaction: fc.option(fc.constantFrom(1, 2, 3, 4, 5, 0, 9, 4.5), { nil: null }),
});

export function toRecord(s: Spec): IndicatorRecord {
  const receivedAt = daysBefore(s.age);
  const events: LifecycleEvent[] = [];
  const mid = Math.max(0, s.age - 3);
  if (s.extra === 'requerimiento' && s.age >= 3)
    events.push({ type: 'requerimiento', date: daysBefore(mid) });
  if (s.extra === 'prorroga' && s.age >= 3)
    events.push({ type: 'prorroga', date: daysBefore(mid), businessDays: 5 });
  if (s.extra === 'desistimiento' && s.age >= 3)
    events.push({ type: 'desistimiento', date: daysBefore(mid) });
  if (s.extra === 'traslado' && s.age >= 3)
    events.push({ type: 'traslado', date: daysBefore(mid), to: 'Otra' });
  if (
    s.answerAfter !== null &&
    s.answerAfter <= s.age &&
    s.extra !== 'desistimiento' &&
    s.extra !== 'traslado'
  ) {
    events.push({
      type: 'respuesta',
      date: daysBefore(s.age - s.answerAfter),
      ...(s.outcome === null ? {} : { outcome: s.outcome }),
    });
  }
  const regime = s.type === 'queja' || s.type === 'reclamo' ? s.regime : 'auto';
  const st = requestStatus({ type: s.type, receivedAt, events, priority: s.priority, regime }, AS_OF);
  const r: Record<string, unknown> = { type: s.type, status: st };
  if (s.seccional !== null) r.seccional = s.seccional;
  if (s.dependencia !== null) r.dependencia = s.dependencia;
  if (s.channel !== null) r.channel = s.channel;
  if (s.outcome !== null && s.answerAfter !== null) r.outcome = s.outcome;
  if (s.satisfaction !== null) r.satisfaction = s.satisfaction;
  return r as unknown as IndicatorRecord;
}
