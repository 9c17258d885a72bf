// `pqrsd sui` as the real bin (dist/cli/main.js; build with `npx tsup` first, or PQRSD_CLI_SOURCE=1):
// the SUI Formato A report of a month (Resolución SSPD 20151300054575 de 2015, Anexo A; SECONDARY).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runBin, tempDir } from './helpers.js';

const REGISTRY = fixture('sui-registro.csv');

// Each test starts the bin several times: on a busy 2-core machine that can take more than 5 s.
const SUBPROCESSES = 60_000;

describe('pqrsd sui (bin)', () => {
  it(
    'writes the Formato A of March: 16 columns a row, the summary on stderr, exit 0',
    async () => {
      const r = await runBin(['sui', REGISTRY, '--mes', '2026-03', '--dane', '05001']);
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\r\n');
      expect(lines).toHaveLength(7);
      for (const line of lines) expect(line.split(',')).toHaveLength(16);
      expect(r.stderr).toContain('12 filas leídas: 6 en el informe');
    },
    SUBPROCESSES,
  );

  it(
    'reads its own report back with no map, and April reports what March left pending',
    async () => {
      const dir = tempDir();
      const march = join(dir, 'marzo.csv');
      expect(
        (await runBin(['sui', REGISTRY, '--mes', '2026-03', '--dane', '05001', '--salida', march])).code,
      ).toBe(0);
      const again = await runBin(['sui', march, '--mes', '2026-03']);
      expect(again.stdout).toBe(readFileSync(march, 'utf8'));
      const april = await runBin(['sui', REGISTRY, '--mes', '2026-04', '--dane', '05001']);
      // SPD-001, filed on 31 March and answered on 1 April, is answered in April's report.
      expect(april.stdout).toContain(
        '05,05001,05001000,SPD-001,31-03-2026,1,F,102,CTA-0001,FAC-9001,1,01-04-2026,RS-101,06-04-2026,4,',
      );
      // SPD-008, filed on 1 April, first appears in April.
      expect(april.stdout).toContain(',SPD-008,01-04-2026,1,');
    },
    SUBPROCESSES,
  );

  it(
    'prints its help with the SECONDARY label, and exits 2 without --mes',
    async () => {
      const help = await runBin(['sui', '--ayuda']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('SECONDARY');
      const bad = await runBin(['sui', REGISTRY]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/^pqrsd: falta --mes/);
    },
    SUBPROCESSES,
  );
});
