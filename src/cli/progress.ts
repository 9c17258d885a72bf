/**
 * A progress bar on stderr for long audits, drawn only when stderr is a terminal (quiet when piped
 * or redirected, so logs and CI stay clean). It redraws only when the whole percentage changes, so
 * it costs nothing per row and never reads the clock.
 *
 * @module
 */

/**
 * The stream a progress bar draws on (a subset of `process.stderr`).
 *
 * @example
 * ```ts
 * const target: ProgressTarget = process.stderr;
 * ```
 */
export interface ProgressTarget {
  /** Writes text. */
  write(text: string): unknown;
  /** True when the stream is a terminal. */
  readonly isTTY?: boolean | undefined;
  /** Terminal width in columns. */
  readonly columns?: number | undefined;
}

/**
 * A progress reporter. Inert when the target is not a terminal.
 *
 * @example
 * ```ts
 * const p = createProgress(process.stderr, 1_000_000);
 * p.update(500_000, 3_000);
 * p.done();
 * ```
 */
export interface Progress {
  /** Reports bytes read so far and rows processed. */
  update(bytes: number, rows: number): void;
  /** Clears the bar. */
  done(): void;
}

const WIDTH = 30;
const ROW_STEP = 50_000;

/**
 * Creates a progress bar for an input of `totalBytes` bytes (0 when unknown: then it shows the row count
 * every 50,000 rows).
 *
 * @example
 * ```ts no-run
 * const p = createProgress(process.stderr, statSync('registro.csv').size);
 * ```
 */
export function createProgress(target: ProgressTarget, totalBytes: number): Progress {
  if (!target.isTTY) return { update() {}, done() {} };
  let last = -1;
  let drawn = false;
  return {
    update(bytes, rows) {
      let key: number;
      let text: string;
      const count = rows.toLocaleString('es-CO');
      if (totalBytes > 0) {
        const pct = Math.min(100, Math.floor((bytes * 100) / totalBytes));
        key = pct;
        const fill = Math.round((pct * WIDTH) / 100);
        text = `auditando [${'#'.repeat(fill)}${' '.repeat(WIDTH - fill)}] ${String(pct).padStart(3)} %  ${count} filas`;
      } else {
        key = Math.floor(rows / ROW_STEP);
        text = `auditando… ${count} filas`;
      }
      if (key === last) return;
      last = key;
      drawn = true;
      target.write(`\r${text}\u001b[K`);
    },
    done() {
      if (drawn) target.write('\r\u001b[K');
    },
  };
}
