#!/usr/bin/env node
// The README as seen on npm, made from the repository's README.md when packing.
//
// The repository's README starts with the two commands of a fresh clone (`npm ci && npm run demo`,
// `npm test`); on npm it must start with `npm install pqrsd` and the one-minute example, keep the clone
// commands under «Desarrollo», and every relative link must become an absolute one (npm does not
// resolve them). npm always ships the README.md of the package root, so `prepack` swaps it in and
// `postpack` puts the repository's back:
//   node scripts/npm-readme.mjs preparar    README.md → .README.repositorio.md, writes the npm README
//   node scripts/npm-readme.mjs restaurar   puts the repository's README.md back
//   node scripts/npm-readme.mjs ver         prints the npm README
// `preparar` first restores a copy left by an interrupted pack, so the repository's README is never lost.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const README = join(ROOT, 'README.md');
const BACKUP = join(ROOT, '.README.repositorio.md');

/** `https://host/owner/name` from package.json's `repository` (string or `{ url }`). */
export function repositoryWeb(pkg) {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!url) throw new Error('package.json no tiene «repository»');
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** The sections of a Markdown text split at its `## ` headings: [preamble, ...sections]. */
function sections(text) {
  const parts = text.split(/\n(?=## )/);
  return { head: parts[0] ?? '', rest: parts.slice(1) };
}

/**
 * The npm README from the repository's: `npm install pqrsd` and the first code example first, the clone
 * commands moved to «Desarrollo», relative links made absolute (`<repo>/blob/main/<path>`).
 */
export function npmReadme(text, { repo }) {
  const { head, rest } = sections(text);
  const clone = head.match(/```sh\n[\s\S]*?```\n/)?.[0];
  if (!clone?.includes('npm ci')) throw new Error('README.md no empieza con los comandos de desarrollo');
  const intro = head.replace(clone, '').replace(/^# pqrsd\n+/, '');
  const startIndex = rest.findIndex((s) => s.startsWith('## Primeros pasos'));
  const start = rest[startIndex];
  const example = start?.match(/```ts\n[\s\S]*?```\n/)?.[0];
  if (!start?.includes('npm install pqrsd') || !example) {
    throw new Error('README.md no tiene «## Primeros pasos» con `npm install pqrsd` y un ejemplo');
  }
  const body = rest
    .filter((_, i) => i !== startIndex)
    .map((s) =>
      s.startsWith('## Desarrollo')
        ? s.replace(
            /^## Desarrollo\n+/,
            `## Desarrollo\n\nDesde una copia del repositorio (${repo}):\n\n${clone}\n`,
          )
        : s,
    );
  const out = [
    '# pqrsd',
    '```sh\nnpm install pqrsd\n```',
    example.trimEnd(),
    intro.trim(),
    ...body.map((s) => s.trimEnd()),
  ].join('\n\n');
  return absoluteLinks(`${out}\n`, repo);
}

/** Relative Markdown links `[x](docs/a.md)` → `[x](<repo>/blob/main/docs/a.md)`. */
export function absoluteLinks(text, repo) {
  return text.replace(/\]\((?!https?:|mailto:|#)([^)\s]+)\)/g, (_, path) => {
    const clean = path.replace(/^\.\//, '');
    const kind = clean.endsWith('/') ? 'tree' : 'blob';
    return `](${repo}/${kind}/main/${clean})`;
  });
}

function restore() {
  if (existsSync(BACKUP)) renameSync(BACKUP, README);
}

const command = process.argv[2];
if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  if (command === 'preparar') {
    restore();
    const text = readFileSync(README, 'utf8');
    const npm = npmReadme(text, { repo: repositoryWeb(pkg) });
    renameSync(README, BACKUP);
    writeFileSync(README, npm);
  } else if (command === 'restaurar') {
    restore();
  } else if (command === 'ver') {
    const text = readFileSync(existsSync(BACKUP) ? BACKUP : README, 'utf8');
    process.stdout.write(npmReadme(text, { repo: repositoryWeb(pkg) }));
  } else {
    process.stderr.write('uso: node scripts/npm-readme.mjs preparar|restaurar|ver\n');
    process.exit(2);
  }
}
