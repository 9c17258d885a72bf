#!/usr/bin/env node
// `npm run release:version`: prepares a release from the changesets of .changeset/.
//   1. `changeset version` bumps package.json and writes CHANGELOG.md (.changeset/changelog.cjs
//      formats each entry), consuming the changeset files;
//   2. the new version's section gets Spanish headings and one «Cambios normativos» list at its top
//      (every change that can move a computed date, gathered from the entries);
//   3. src/version.ts and conformance.json take the new version.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HEADINGS = new Map([
  ['### Major Changes', '### Cambios incompatibles'],
  ['### Minor Changes', '### Novedades'],
  ['### Patch Changes', '### Correcciones'],
]);
const BLOCK = /\n*<!-- normativo:inicio -->\n([\s\S]*?)\n<!-- normativo:fin -->/g;

/** List items of a Markdown block with their continuation lines indented by two spaces. */
function normalizeList(block) {
  let inItem = false;
  return block
    .split('\n')
    .map((line) => {
      if (line.trim() === '') {
        inItem = false;
        return '';
      }
      if (line.startsWith('- ')) {
        inItem = true;
        return line;
      }
      return inItem ? `  ${line.trimStart()}` : line.trimStart();
    })
    .join('\n');
}

/**
 * Rewrites the newest version section of a CHANGELOG written by `changeset version` with
 * .changeset/changelog.cjs: Spanish headings, and the normative parts moved to the top of the section.
 * Pure: the text in, the text out. Sections of earlier versions are left as they are.
 */
export function spanishChangelog(text) {
  const start = text.indexOf('\n## ');
  if (start < 0) return text;
  const next = text.indexOf('\n## ', start + 1);
  const end = next < 0 ? text.length : next;
  let section = text.slice(start, end);
  const normative = [];
  section = section.replace(BLOCK, (_, body) => {
    normative.push(normalizeList(body.trim()));
    return '';
  });
  for (const [en, es] of HEADINGS) section = section.split(en).join(es);
  if (normative.length > 0) {
    const firstLineEnd = section.indexOf('\n', 1);
    const head = section.slice(0, firstLineEnd);
    const rest = section.slice(firstLineEnd);
    section = `${head}\n\n### Cambios normativos\n\n${normative.join('\n\n')}\n${rest}`;
  }
  section = `${section.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
  return `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(end)}`;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  run('node_modules/.bin/changeset', ['version']);
  writeFileSync('CHANGELOG.md', spanishChangelog(readFileSync('CHANGELOG.md', 'utf8')));
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const file = 'src/version.ts';
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/VERSION: string = '[^']*'/, `VERSION: string = '${version}'`),
  );
  run('node_modules/.bin/tsx', ['scripts/generate-conformance.ts']);
  console.log(`pqrsd ${version}: CHANGELOG.md, package.json, src/version.ts y conformance.json al día.`);
}
