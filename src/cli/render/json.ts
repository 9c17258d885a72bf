/**
 * The audit report as JSON (`--formato json`): `"version"` (the format's version, see
 * `schemas/auditar.schema.json`) and then the whole {@link AuditReport}, pretty-printed, for other
 * tools (the capped lists carry their full counts beside them).
 *
 * @module
 */

import type { AuditReport } from '../audit.js';
import { jsonOutputText } from '../json-output.js';

/**
 * Renders the report as JSON text (two-space indentation, trailing newline).
 *
 * @example
 * ```ts no-run
 * JSON.parse(renderJson(report)).asOf; //=> '2026-11-27'
 * ```
 */
export function renderJson(report: AuditReport): string {
  return jsonOutputText('auditar', report);
}
