#!/usr/bin/env node
import { VERSION } from '../version.js';

const USAGE = `pqrsd ${VERSION}: términos legales de PQRSD en Colombia

Uso:
  pqrsd --version        muestra la versión
  pqrsd --ayuda          muestra esta ayuda
`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  process.stdout.write(USAGE);
}
