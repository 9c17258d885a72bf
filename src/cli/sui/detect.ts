/**
 * Recognising a SUI «Formato A» file by its header, so that it is read with no `--mapa`
 * (Resolución SSPD 20151300054575 de 2015, Anexo A; SECONDARY, see `formato-a.ts`).
 *
 * The header resolver (`mapping.ts`) asks {@link detectSuiFormatoA} first. A recognised file becomes
 * canonical columns plus value maps: the tipo de trámite code is the request type (and, since every
 * row of the Formato A is a public-utility request, the regime `servicios_publicos`, Ley 142 arts.
 * 152-159), the tipo de respuesta code is the outcome (9 and 10 are no answer), the centro poblado
 * code is the seccional, the tipo de notificación code is the `tipo_notificacion`. The other columns
 * (causal, cuenta, factura, radicado, traslado a la SSPD) have no place in a pqrsd record: the audit lists them as ignored
 * and `pqrsd sui` carries them over to its report. A cell «N» (no aplica) is an empty cell.
 *
 * @module
 */

import type { CanonicalColumn, ColumnMap, ResolvedHeader } from '../mapping.js';
import {
  SUI_COLUMNS,
  SUI_SECONDARY_LABEL,
  SUI_TIPO_NOTIFICACION,
  SUI_TIPO_RESPUESTA,
  SUI_TIPO_TRAMITE,
  type SuiColumnKey,
} from './formato-a.js';

/** Lower case, no accents, `_` between words (the same tokens as the header resolver's). */
function token(value: string): string {
  return value
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const KEY_OF: ReadonlyMap<string, SuiColumnKey> = new Map(
  SUI_COLUMNS.flatMap((c) => [
    [c.key, c.key] as const,
    ...('aliases' in c ? c.aliases.map((a) => [a, c.key] as const) : []),
  ]),
);

/**
 * Where each Formato A column sits in a header (the first header of each column wins).
 *
 * @example
 * ```ts
 * suiColumnIndex(['Radicado Recibido', 'Causal']); //=> { radicado_recibido: 0, causal: 1 }
 * ```
 */
export function suiColumnIndex(names: readonly string[]): Partial<Record<SuiColumnKey, number>> {
  const index: Partial<Record<SuiColumnKey, number>> = {};
  names.forEach((name, i) => {
    const key = KEY_OF.get(token(name));
    if (key !== undefined && index[key] === undefined) index[key] = i;
  });
  return index;
}

/** The columns without which a header is not a Formato A, and how many of the 16 must be there. */
const DISTINCTIVE: readonly SuiColumnKey[] = [
  'radicado_recibido',
  'fecha_radicacion',
  'tipo_de_tramite',
  'tipo_respuesta',
];
const MIN_COLUMNS = 12;

/** The Formato A column each canonical column is read from. */
const CANONICAL_FROM: Readonly<Partial<Record<CanonicalColumn, SuiColumnKey>>> = {
  radicado: 'radicado_recibido',
  tipo: 'tipo_de_tramite',
  fecha_radicacion: 'fecha_radicacion',
  seccional: 'codigo_centro_poblado',
  fecha_respuesta: 'fecha_respuesta',
  resultado: 'tipo_respuesta',
  fecha_notificacion: 'fecha_notificacion_o_ejecucion',
  tipo_notificacion: 'tipo_de_notificacion',
};

/** Code and label of each entry → its pqrsd value ('' = no value). */
function codeMap<T extends string>(
  table: Readonly<Record<string, { readonly label: string; readonly pqrsd: T | null }>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [code, entry] of Object.entries(table)) {
    const v = entry.pqrsd ?? '';
    out[code] = v;
    out[entry.label] = v;
  }
  return out;
}

/**
 * The value maps of a Formato A file: tipo de trámite → request type, tipo de respuesta →
 * outcome (`''`, no value, for 9 and 10). Codes and the Anexo's labels are both read.
 *
 * @example
 * ```ts
 * SUI_VALUE_MAP.valores?.tipo?.['1']; //=> 'reclamo'
 * SUI_VALUE_MAP.valores?.resultado?.['9']; //=> ''
 * ```
 */
export const SUI_VALUE_MAP: ColumnMap = {
  valores: {
    tipo: codeMap(SUI_TIPO_TRAMITE),
    resultado: codeMap(SUI_TIPO_RESPUESTA),
    tipo_notificacion: codeMap(SUI_TIPO_NOTIFICACION),
  },
};

/**
 * The text of a Formato A cell that does not apply («N»: SECONDARY, seen in third-party SUI files),
 * read as an empty cell.
 *
 * @example
 * ```ts
 * SUI_BLANK; //=> 'N'
 * ```
 */
export const SUI_BLANK = 'N';

/**
 * What a recognised Formato A header becomes: its canonical columns and value maps (for the audit),
 * and where each of its 16 columns sits (for `pqrsd sui`).
 *
 * @example
 * ```ts no-run
 * const d: SuiDetection = detectSuiFormatoA(names)!;
 * ```
 */
export interface SuiDetection {
  /** The resolved header, with the Formato A's value maps. */
  readonly header: ResolvedHeader;
  /** Index of each Formato A column present. */
  readonly columns: Readonly<Partial<Record<SuiColumnKey, number>>>;
}

/**
 * Recognises a SUI Formato A header: radicado recibido, fecha de radicación, tipo de trámite and tipo
 * de respuesta, and at least 12 of the 16 columns. Returns `undefined` for any other header. The
 * entity's own value maps (`--mapa` «valores») come before the Formato A's.
 *
 * @example
 * ```ts
 * const header = ['Código Departamento', 'Código Municipio', 'Código Centro Poblado', 'Radicado Recibido',
 *   'Fecha Radicación', 'Tipo de Trámite', 'Causal', 'Detalle de Causal', 'Número de Cuenta',
 *   'Número o Identificador de Factura', 'Tipo Respuesta', 'Fecha Respuesta'];
 * detectSuiFormatoA(header)?.header.index.tipo; //=> 5
 * detectSuiFormatoA(['radicado', 'tipo', 'fecha_radicacion']); //=> undefined
 * ```
 */
export function detectSuiFormatoA(names: readonly string[], map: ColumnMap = {}): SuiDetection | undefined {
  const columns = suiColumnIndex(names);
  if (DISTINCTIVE.some((k) => columns[k] === undefined)) return undefined;
  if (Object.keys(columns).length < MIN_COLUMNS) return undefined;
  const index: Partial<Record<CanonicalColumn, number>> = {};
  for (const [canonical, key] of Object.entries(CANONICAL_FROM) as [CanonicalColumn, SuiColumnKey][]) {
    const i = columns[key];
    if (i !== undefined) index[canonical] = i;
  }
  const used = new Set(Object.values(index));
  const ignored = names.filter((_, i) => !used.has(i));
  const own = map.valores ?? {};
  const valores: Record<string, Record<string, string>> = {};
  for (const [column, values] of Object.entries(SUI_VALUE_MAP.valores ?? {})) {
    valores[column] = { ...values, ...(own[column] ?? {}) };
  }
  for (const [column, values] of Object.entries(own)) valores[column] ??= { ...values };
  return {
    header: {
      index,
      ignored,
      missing: [],
      values: { valores },
      regime: 'servicios_publicos',
      blank: SUI_BLANK,
      format: `${SUI_SECONDARY_LABEL} Reconocido sin --mapa: tipo de trámite → tipo (régimen servicios_publicos, Ley 142 arts. 152-159), tipo de respuesta → resultado (9 y 10: sin respuesta), centro poblado → seccional, tipo de notificación → tipo_notificacion.`,
    },
    columns,
  };
}
