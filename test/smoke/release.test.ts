// The release step (`npm run release:version`): how each changeset is written into CHANGELOG.md and
// how the newest version's section is put in Spanish with its «Cambios normativos» on top.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { spanishChangelog } from '../../scripts/release-version.mjs';

const require = createRequire(import.meta.url);
const { getReleaseLine } = require('../../.changeset/changelog.cjs') as {
  getReleaseLine: (c: { summary: string }) => Promise<string>;
};

describe('.changeset/changelog.cjs', () => {
  it('one list item per changeset, continuation lines indented', async () => {
    expect(await getReleaseLine({ summary: 'Primera línea\nsegunda línea' })).toBe(
      '\n\n- Primera línea\n  segunda línea',
    );
  });

  it('sets the «Cambios normativos» part apart, whatever its heading level', async () => {
    for (const h of ['##', '###']) {
      const line = await getReleaseLine({
        summary: `Nuevo festivo.\n\n${h} Cambios normativos\n\n- Ley 2578 de 2026: 9 de julio.`,
      });
      expect(line).toBe(
        '\n\n- Nuevo festivo.\n\n<!-- normativo:inicio -->\n- Ley 2578 de 2026: 9 de julio.\n<!-- normativo:fin -->',
      );
    }
  });
});

describe('spanishChangelog', () => {
  const older = '\n## 0.0.9\n\n### Minor Changes\n\n- Antiguo.\n';

  it('Spanish headings and the normative parts gathered at the top of the newest version only', () => {
    const text =
      '# pqrsd\n\n## 0.1.0\n\n### Minor Changes\n\n- Festivo.\n\n<!-- normativo:inicio -->\n- Ley 2578 de 2026:\nel 9 de julio.\n<!-- normativo:fin -->\n\n- Otro.\n\n### Patch Changes\n\n- Arreglo.\n' +
      older;
    expect(spanishChangelog(text)).toBe(
      '# pqrsd\n\n## 0.1.0\n\n### Cambios normativos\n\n- Ley 2578 de 2026:\n  el 9 de julio.\n\n### Novedades\n\n- Festivo.\n\n- Otro.\n\n### Correcciones\n\n- Arreglo.\n' +
        older,
    );
  });

  it('a version without normative changes gets no such heading', () => {
    const out = spanishChangelog('# pqrsd\n\n## 0.2.0\n\n### Major Changes\n\n- Rompe.\n');
    expect(out).toBe('# pqrsd\n\n## 0.2.0\n\n### Cambios incompatibles\n\n- Rompe.\n');
    expect(out).not.toContain('Cambios normativos');
  });

  it('a text with no version section is returned as it is', () => {
    expect(spanishChangelog('# pqrsd\n')).toBe('# pqrsd\n');
  });
});
