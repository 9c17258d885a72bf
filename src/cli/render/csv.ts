/**
 * The per-record audit as CSV (`--formato csv`): one line per input row, streamed while the audit
 * runs (memory does not grow with the file), with the legal due date, the state as of the cut-off
 * date and the comparison with the entity's own due date. Safe to open in a spreadsheet: every cell
 * that could be read as a formula is neutralised ({@link csvLine}).
 *
 * @module
 */

import type { AuditedRow } from '../audit.js';
import { csvLine } from '../csv-write.js';

/**
 * The columns of the per-record CSV.
 *
 * @example
 * ```ts
 * AUDIT_CSV_COLUMNS[0]; //=> 'fila'
 * ```
 */
export const AUDIT_CSV_COLUMNS = [
  'fila',
  'radicado',
  'valido',
  'motivo_invalidez',
  'tipo',
  'regimen',
  'seccional',
  'dependencia',
  'fecha_radicacion',
  'regla',
  'vencimiento_legal',
  'estado',
  'semaforo',
  'dias_habiles_restantes',
  'fecha_respuesta',
  'oportuna',
  'dias_habiles_respuesta',
  'fecha_vencimiento',
  'coincide_vencimiento',
  'causa_discrepancia',
  'avisos',
] as const;

/**
 * The header line of the per-record CSV.
 *
 * @example
 * ```ts
 * auditCsvHeader(';').startsWith('fila;radicado'); //=> true
 * ```
 */
export function auditCsvHeader(separator: string): string {
  return csvLine(AUDIT_CSV_COLUMNS, separator);
}

function yesNo(v: boolean | null | undefined): string {
  return v === null || v === undefined ? '' : v ? 'sí' : 'no';
}

/**
 * The cells of one audited row, in the order of {@link AUDIT_CSV_COLUMNS} (shared by the CSV and the
 * `.xlsx` outputs).
 *
 * @example
 * ```ts no-run
 * auditRowValues({ line: 5, radicado: 'R-5', valid: false, reasons: ['tipo: …'] }).slice(0, 3);
 * //=> [5, 'R-5', 'no']
 * ```
 */
export function auditRowValues(row: AuditedRow): (string | number | null | undefined)[] {
  const s = row.status;
  const r = row.record;
  const d = s?.deadline;
  const dis = row.disagreement;
  return [
    row.line,
    row.radicado ?? '',
    row.valid ? 'sí' : 'no',
    row.reasons?.join('; ') ?? '',
    r?.type,
    d?.regime,
    r?.seccional,
    r?.dependencia,
    d?.receivedDate,
    d?.rule.id,
    s?.dueDate,
    row.answer ?? s?.state,
    row.answer === undefined ? s?.semaforo : undefined,
    s?.remainingBusinessDays,
    s?.answeredOn,
    yesNo(s?.onTime),
    s?.responseBusinessDays,
    row.entityDueDate,
    row.entityDueDate === undefined || !row.valid ? '' : dis ? 'no' : 'sí',
    dis?.cause,
    row.warnings?.join('; ') ?? '',
  ];
}

/**
 * One audited row as a CSV line.
 *
 * @example
 * ```ts no-run
 * auditCsvLine({ line: 5, radicado: '=1+1', valid: false, reasons: ['tipo: …'] }, ',');
 * //=> "5,'=1+1,no,tipo: …,,,…\r\n"
 * ```
 */
export function auditCsvLine(row: AuditedRow, separator: string): string {
  return csvLine(auditRowValues(row), separator);
}
