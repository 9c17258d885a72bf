/**
 * Policies: the points the law leaves open (NOT CONFIRMED or SECONDARY in `normas.md`), each a named
 * option with a documented default that never gives an entity more time than the law.
 *
 * @module
 */

import { PqrsdError } from '../errors.js';
import type { ConsequenceType } from '../rules/types.js';
import { show } from '../show.js';

/**
 * How the date of receipt (radicación) is read from `receivedAt`.
 *
 * @example
 * ```ts
 * import type { ReceiptPolicy } from 'pqrsd';
 * const p: ReceiptPolicy = { mode: 'siguiente_dia_habil', closingTime: '17:00' };
 * ```
 */
export interface ReceiptPolicy {
  /**
   * - `'fecha_civil'` (default): the civil date of receipt in Bogotá, whatever the hour or day; day 1
   *   of the term is the next business day (Ley 4 de 1913 art. 62; CPACA art. 15 par. 1).
   * - `'siguiente_dia_habil'`: a filing on a non-business day, or at or after `closingTime`, is
   *   radicada the next business day (CPACA art. 54 inc. 3, which reaches registered electronic
   *   filings; NOT CONFIRMED for other channels). It gives the entity one more day: use it only where
   *   the entity's rules say so. With a bare date (no hour), only the non-business-day shift applies.
   */
  readonly mode: 'fecha_civil' | 'siguiente_dia_habil';
  /** `'HH:MM'` (00:00 to 24:00) local closing time for `siguiente_dia_habil`; default `'24:00'` (no hour shift). */
  readonly closingTime: string;
}

/**
 * The semáforo thresholds.
 *
 * @example
 * ```ts
 * import type { SemaforoPolicy } from 'pqrsd';
 * const s: SemaforoPolicy = { amarilloFraction: 1 / 3 };
 * ```
 */
export interface SemaforoPolicy {
  /**
   * `amarillo` when the business days left are at most this fraction of the current term
   * (default 1/3); `rojo` on the due date and after. A number in [0, 1].
   */
  readonly amarilloFraction: number;
}

/**
 * Every policy of the engine. See {@link DEFAULT_POLICIES} and `docs/terminos.md`.
 *
 * @example
 * ```ts
 * import { DEFAULT_POLICIES, type Policies } from 'pqrsd';
 * const p: Policies = { ...DEFAULT_POLICIES, prorrogaCeiling: 'adicional' };
 * ```
 */
export interface Policies {
  /** Reading the date of receipt. Default `{ mode: 'fecha_civil', closingTime: '24:00' }`. */
  readonly receipt: ReceiptPolicy;
  /**
   * Last day of the 2020 emergency terms (Decreto 491 art. 5, repealed by Ley 2207 de 2022, promulgated
   * 2022-05-17). `'dia_siguiente_promulgacion'` (default): Ley 2207 "rige a partir del día siguiente a
   * su promulgación" (Lloreda Camacho; normas.md §3), so a petition received 2022-05-17 keeps the
   * emergency terms. `'promulgacion'`: 2022-05-17 is already CPACA (Serviciolegal: "effective
   * immediately"). SECONDARY.
   */
  readonly emergencyBoundary: 'dia_siguiente_promulgacion' | 'promulgacion';
  /**
   * Decreto 491 de 2020 art. 5 extended the terms of the petitions "que se encontraban en curso o se
   * radicaran durante la emergencia sanitaria" (Holland & Knight; Comité de Estado Abierto: "radicadas
   * o que se encuentren en curso"; normas.md §3). `'ampliar'` (default, the text as reported; the
   * Corte Constitucional upheld it in C-242 de 2020): with regime `auto`, a petition received
   * before 2020-03-28 that was still in course that day (no answer, traslado or desistimiento before
   * it, and its term, with its events, not yet expired) gets the emergency term, counted from its
   * original receipt ("dentro de los treinta (30) días siguientes a su recepción"); a term that had
   * already expired is not revived. `'solo_radicadas'`: only petitions received from 2020-03-28 on
   * (the regime by date of receipt alone). Only the first edge: petitions pending at the repeal keep
   * the emergency term (`emergencyBoundary`). SECONDARY.
   */
  readonly emergencyPendingPetitions: 'ampliar' | 'solo_radicadas';
  /**
   * Documents and information requests to a public-utility company. `'cpaca'` (default): 10 días
   * (CPACA art. 14 num. 1; Ley 1712 art. 26), the shorter term. `'ley_142'`: 15 días hábiles with
   * silencio positivo (Ley 142 art. 158).
   */
  readonly spdDocumentRequests: 'cpaca' | 'ley_142';
  /**
   * Ley 142 art. 158 counts "a partir de la fecha de su presentación". `false` (default): day 1 is the
   * next business day ("dentro de los quince (15) días hábiles siguientes", as the regulators read
   * it). `true`: the filing day is day 1 when it is a business day. NOT CONFIRMED.
   */
  readonly spdFilingDayCounts: boolean;
  /**
   * Ley 1581 art. 14 counts consultas "a partir de la fecha de recibo" (art. 15, for reclamos, says
   * "a partir del día siguiente"). `true` (default): the day of receipt is day 1 when it is a business
   * day (the literal reading, never more time). `false`: day 1 is the next business day. NOT CONFIRMED.
   */
  readonly habeasDataConsultaCountsReceiptDay: boolean;
  /**
   * CPACA art. 14 par.: the new term "no podrá exceder del doble del inicialmente previsto".
   * `'total'` (default): the whole term from receipt may not exceed double the initial term (the
   * reading that never gives more time). `'adicional'`: an extension of up to double the initial term
   * after the first expiry. Also applies to Decreto 491 art. 5 par. NOT CONFIRMED.
   */
  readonly prorrogaCeiling: 'total' | 'adicional';
  /**
   * CPACA art. 17: after the petitioner answers a requirement "se reactivará el término".
   * `'resume'` (default): the business days already elapsed (including the requirement day) are kept,
   * and the term never ends sooner than the business day after the answer. `'restart'`: a full new
   * term counted from the answer. NOT CONFIRMED.
   */
  readonly requirementReactivation: 'resume' | 'restart';
  /**
   * Whether a late notificación of a timely response still lets the silence of an expired term operate:
   * silencio administrativo positivo (Ley 142 art. 158; Decreto 2150 art. 123: "sin respuesta
   * notificada", as the SSPD reads it, normas.md §4, SECONDARY) and documents deemed accepted (CPACA
   * art. 14 num. 1: "no se ha dado respuesta al peticionario"). `true` (default): the decision counts
   * from its `notificacion` event when one is recorded after the response (never more time than the
   * law). `false`: the response date counts. Without a `notificacion` event the response date counts
   * either way. The silencio negativo of CPACA art. 83 ("sin que se haya notificado decisión") always
   * counts the notificación: its text is explicit. SECONDARY.
   */
  readonly silenceCountsNotification: boolean;
  /**
   * The "día siguiente" of CPACA art. 69, at whose end a notification by aviso takes effect ("surtida
   * al finalizar el día siguiente al de la entrega del aviso en el lugar de destino", or to the removal
   * of a published one). `'habil'` (default): the next día hábil (Ley 4 de 1913 art. 62: in the plazos
   * de días of the laws the feriados are suppressed), which never shortens the user's recurso term.
   * `'calendario'`: the next calendar day. NOT CONFIRMED.
   */
  readonly avisoSurtidaDay: 'habil' | 'calendario';
  /**
   * When the status warns that an answer is not notified (`NOTIFICACION_PENDIENTE`,
   * `CITACION_VENCIDA`): `'eventos'` (default) only when the request carries notification-chain
   * events (`citacion`, `aviso`, a `notificacion` with its `via`), since a registry without them may
   * simply not record the notification; `'siempre'` on every answered request (the entity's registry
   * tracks the notification). Not law: how the registry is read.
   */
  readonly notificationTracking: 'eventos' | 'siempre';
  /**
   * The term to file a recurso against a public-utility company's decision (regime
   * `servicios_publicos`). `'ley_142'` (default): 5 días hábiles following the notification (Ley 142
   * art. 154, "dentro de los cinco días siguientes"): a special procedure, which CPACA art. 2 inc. 3
   * keeps ("sin perjuicio de los procedimientos regulados en leyes especiales"; the CPACA applies only
   * to what they do not regulate), and the term the CRA and the Superintendencia give users. `'cpaca'`:
   * the 10 días hábiles of CPACA art. 76 (the longer, user-protective reading). A recurso outside the
   * regime always has CPACA art. 76's 10 días. NOT CONFIRMED (normas.md R-SPD-RECURSO).
   */
  readonly spdRecursoTerm: 'ley_142' | 'cpaca';
  /**
   * Ley 142 art. 159 (Ley 689 de 2001 art. 20) makes the company "remitir el expediente a la
   * Superintendencia" when the reposición does not grant the user's claim, but sets no term.
   * `'cinco_dias'` (default): the expediente is due within 5 días hábiles of the decision of the
   * reposición, by analogy with the 5 días that CPACA art. 21 gives to forward a petition to the
   * competent authority; later, `ENVIO_SSPD_VENCIDO`. `'sin_termino'`: no due date; the status only
   * warns that the expediente has not been sent (`ENVIO_SSPD_PENDIENTE`). NOT CONFIRMED.
   */
  readonly spdAppealForwarding: 'cinco_dias' | 'sin_termino';
  /** Semáforo thresholds (not law: management convention). */
  readonly semaforo: SemaforoPolicy;
}

/**
 * Overrides accepted by the engine: any subset of {@link Policies}, with `receipt` and `semaforo`
 * themselves partial.
 *
 * @example
 * ```ts
 * import type { PolicyOverrides } from 'pqrsd';
 * const o: PolicyOverrides = { receipt: { mode: 'siguiente_dia_habil' } };
 * ```
 */
export type PolicyOverrides = {
  readonly [K in keyof Policies]?: Policies[K] extends object ? Partial<Policies[K]> : Policies[K];
};

/**
 * The default policies: each the reading that never gives an entity more time than the law.
 *
 * @example
 * ```ts
 * import { DEFAULT_POLICIES } from 'pqrsd';
 * DEFAULT_POLICIES.prorrogaCeiling; //=> 'total'
 * DEFAULT_POLICIES.receipt.mode; //=> 'fecha_civil'
 * ```
 */
export const DEFAULT_POLICIES: Policies = Object.freeze({
  receipt: Object.freeze({ mode: 'fecha_civil', closingTime: '24:00' } as const),
  emergencyBoundary: 'dia_siguiente_promulgacion',
  emergencyPendingPetitions: 'ampliar',
  spdDocumentRequests: 'cpaca',
  spdFilingDayCounts: false,
  habeasDataConsultaCountsReceiptDay: true,
  prorrogaCeiling: 'total',
  requirementReactivation: 'resume',
  silenceCountsNotification: true,
  avisoSurtidaDay: 'habil',
  notificationTracking: 'eventos',
  spdRecursoTerm: 'ley_142',
  spdAppealForwarding: 'cinco_dias',
  semaforo: Object.freeze({ amarilloFraction: 1 / 3 }),
} as const);

/**
 * The consequences of an expired term that a late notificación still lets operate, under
 * {@link Policies.silenceCountsNotification}: silencio administrativo positivo and documents deemed
 * accepted. @internal
 */
export function isNotifiedSilence(type: ConsequenceType): boolean {
  return type === 'silencio_administrativo_positivo' || type === 'aceptacion_documentos';
}

const ENUMS: Readonly<Record<string, readonly unknown[]>> = {
  emergencyBoundary: ['dia_siguiente_promulgacion', 'promulgacion'],
  emergencyPendingPetitions: ['ampliar', 'solo_radicadas'],
  spdDocumentRequests: ['cpaca', 'ley_142'],
  spdFilingDayCounts: [true, false],
  habeasDataConsultaCountsReceiptDay: [true, false],
  prorrogaCeiling: ['total', 'adicional'],
  requirementReactivation: ['resume', 'restart'],
  silenceCountsNotification: [true, false],
  avisoSurtidaDay: ['habil', 'calendario'],
  notificationTracking: ['eventos', 'siempre'],
  spdRecursoTerm: ['ley_142', 'cpaca'],
  spdAppealForwarding: ['cinco_dias', 'sin_termino'],
};

function invalid(name: string, value: unknown, valid: string): never {
  throw new PqrsdError(
    'INVALID_POLICY',
    `Política «${name}» inválida: «${show(value)}». Valores válidos: ${valid}.`,
    { policy: name, value },
  );
}

/**
 * Minutes since midnight of a `'HH:MM'` closing time (00:00 to 24:00), or throws `INVALID_POLICY`.
 *
 * @example
 * ```ts
 * import { closingTimeMinutes } from 'pqrsd';
 * closingTimeMinutes('17:30'); //=> 1050
 * ```
 */
export function closingTimeMinutes(value: string): number {
  const m = typeof value === 'string' ? /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value) : null;
  const minutes = m === null ? Number.NaN : Number(m[1]) * 60 + Number(m[2]);
  if (!(minutes <= 1440)) invalid('receipt.closingTime', value, "'HH:MM' entre 00:00 y 24:00");
  return minutes;
}

/**
 * Merges overrides into {@link DEFAULT_POLICIES} and validates every value (`INVALID_POLICY` names the
 * policy and quotes the value). Unknown keys are rejected too.
 *
 * @example
 * ```ts
 * import { resolvePolicies } from 'pqrsd';
 * resolvePolicies({ requirementReactivation: 'restart' }).requirementReactivation; //=> 'restart'
 * ```
 */
export function resolvePolicies(overrides?: PolicyOverrides): Policies {
  if (overrides === undefined) return DEFAULT_POLICIES;
  if (typeof overrides !== 'object' || overrides === null) {
    invalid('policies', overrides, 'un objeto con políticas');
  }
  const out: Record<string, unknown> = { ...DEFAULT_POLICIES };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (key === 'receipt' || key === 'semaforo') {
      if (typeof value !== 'object' || value === null) invalid(key, value, 'un objeto');
      out[key] = Object.freeze({ ...(DEFAULT_POLICIES[key] as object), ...(value as object) });
      continue;
    }
    const valid = Object.hasOwn(ENUMS, key) ? ENUMS[key] : undefined;
    if (valid === undefined) {
      invalid(key, value, `una de ${[...Object.keys(ENUMS), 'receipt', 'semaforo'].join(', ')}`);
    }
    if (!valid.includes(value)) invalid(key, value, valid.map((v) => String(v)).join(', '));
    out[key] = value;
  }
  const receipt = out.receipt as Record<string, unknown>;
  for (const key of Object.keys(receipt)) {
    if (key !== 'mode' && key !== 'closingTime') invalid(`receipt.${key}`, receipt[key], 'mode, closingTime');
  }
  if (receipt.mode !== 'fecha_civil' && receipt.mode !== 'siguiente_dia_habil') {
    invalid('receipt.mode', receipt.mode, 'fecha_civil, siguiente_dia_habil');
  }
  closingTimeMinutes(receipt.closingTime as string);
  const semaforo = out.semaforo as Record<string, unknown>;
  for (const key of Object.keys(semaforo)) {
    if (key !== 'amarilloFraction') invalid(`semaforo.${key}`, semaforo[key], 'amarilloFraction');
  }
  const f = semaforo.amarilloFraction;
  if (typeof f !== 'number' || !(f >= 0 && f <= 1)) {
    invalid('semaforo.amarilloFraction', f, 'un número entre 0 y 1');
  }
  return Object.freeze(out) as unknown as Policies;
}
