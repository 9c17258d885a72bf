import type { IsoDate } from '../../src/calendar/types.js';
import type { IndicatorRecord, IndicatorStatus } from '../../src/indicators/index.js';

export const AS_OF = '2026-11-27' as IsoDate;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A synthetic status as the engine would return it (defaults: a petición received 2026-11-03, open, verde). */
export function status(
  over: Partial<Omit<Mutable<IndicatorStatus>, 'deadline'>> & { receivedDate?: string; regime?: string } = {},
): IndicatorStatus {
  const { receivedDate, regime, ...rest } = over;
  return {
    asOf: AS_OF,
    state: 'en_termino',
    semaforo: 'verde',
    dueDate: '2026-11-25' as IsoDate,
    remainingBusinessDays: 5,
    answeredOn: null,
    onTime: null,
    responseBusinessDays: null,
    consequences: [],
    priority: [],
    ...rest,
    deadline: {
      receivedDate: (receivedDate ?? '2026-11-03') as IsoDate,
      regime: (regime ?? 'cpaca') as 'cpaca',
    },
  } as IndicatorStatus;
}

/** Answered on time after `days` business days. */
export function onTime(days: number, extra: Parameters<typeof status>[0] = {}): IndicatorStatus {
  return status({
    state: 'respondida_a_tiempo',
    semaforo: null,
    answeredOn: '2026-11-20' as IsoDate,
    onTime: true,
    responseBusinessDays: days,
    remainingBusinessDays: null,
    ...extra,
  });
}

/** Answered late after `days` business days. */
export function late(days: number, extra: Parameters<typeof status>[0] = {}): IndicatorStatus {
  return status({
    state: 'respondida_extemporanea',
    semaforo: null,
    answeredOn: '2026-11-26' as IsoDate,
    onTime: false,
    responseBusinessDays: days,
    remainingBusinessDays: null,
    ...extra,
  });
}

/** Pending with the term expired. */
export function overdue(extra: Parameters<typeof status>[0] = {}): IndicatorStatus {
  return status({ state: 'vencida', semaforo: 'rojo', remainingBusinessDays: 0, ...extra });
}

export function rec(
  s: IndicatorStatus,
  extra: Partial<Omit<IndicatorRecord, 'status'>> = {},
): IndicatorRecord {
  return { type: 'peticion', status: s, ...extra };
}
