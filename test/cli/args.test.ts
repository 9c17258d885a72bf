import { describe, expect, it } from 'vitest';
import {
  booleanFlag,
  type CommandSpec,
  formatHelp,
  listFlag,
  parseArgs,
  stringFlag,
} from '../../src/cli/args.js';
import { isPqrsdError } from '../../src/errors.js';

const spec: CommandSpec = {
  name: 'prueba',
  summary: 'comando de prueba',
  usage: 'pqrsd prueba <a> [b]',
  positionals: { min: 1, max: 2, names: ['a', 'b'] },
  flags: {
    corte: { type: 'string', value: 'fecha', description: 'fecha de corte' },
    json: { type: 'boolean', description: 'salida JSON', short: 'j' },
    prioridad: { type: 'string', multiple: true, description: 'condición' },
  },
  epilog: 'Ejemplo: pqrsd prueba x',
};

function usageMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isPqrsdError(error, 'INVALID_ARGUMENT')) return error.message;
    throw error;
  }
  throw new Error('no lanzó');
}

describe('parseArgs', () => {
  it('reads positionals, string flags in both forms, booleans and short aliases', () => {
    const a = parseArgs(['x', '--corte', '2026-11-27', '-j', 'y'], spec);
    expect(a).toEqual({ help: false, positionals: ['x', 'y'], flags: { corte: '2026-11-27', json: true } });
    expect(parseArgs(['x', '--corte=2026-01-02'], spec).flags.corte).toBe('2026-01-02');
  });

  it('collects repeatable flags and treats negative numbers and "-" as positionals', () => {
    const a = parseArgs(['-3', '--prioridad', 'victima', '--prioridad=periodista'], spec);
    expect(a.positionals).toEqual(['-3']);
    expect(listFlag(a, 'prioridad')).toEqual(['victima', 'periodista']);
    expect(parseArgs(['-'], spec).positionals).toEqual(['-']);
  });

  it('stops reading flags after --', () => {
    expect(parseArgs(['--', '--json'], spec).positionals).toEqual(['--json']);
  });

  it('recognises --ayuda, --help and -h without checking positionals', () => {
    for (const h of ['--ayuda', '--help', '-h']) expect(parseArgs([h], spec).help).toBe(true);
  });

  it('rejects an unknown flag with a one-line Spanish reason that quotes it', () => {
    expect(usageMessage(() => parseArgs(['x', '--nada'], spec))).toBe(
      'opción desconocida «--nada» (vea pqrsd prueba --ayuda)',
    );
    expect(usageMessage(() => parseArgs(['x', '-z'], spec))).toContain('«-z»');
    expect(usageMessage(() => parseArgs(['x', '--constructor'], spec))).toContain('opción desconocida');
  });

  it('rejects a missing value, a value on a boolean and a repeated flag', () => {
    expect(usageMessage(() => parseArgs(['x', '--corte'], spec))).toContain('requiere un valor (fecha)');
    expect(usageMessage(() => parseArgs(['x', '--corte', '--json'], spec))).toContain('requiere un valor');
    expect(usageMessage(() => parseArgs(['x', '--json=1'], spec))).toContain('no lleva valor');
    expect(usageMessage(() => parseArgs(['x', '--corte', 'a', '--corte', 'b'], spec))).toContain(
      'más de una vez',
    );
  });

  it('rejects too few and too many positionals', () => {
    expect(usageMessage(() => parseArgs([], spec))).toContain('requiere <a>');
    expect(usageMessage(() => parseArgs(['1', '2', '3'], spec))).toContain('sobra el argumento «3»');
  });
});

describe('flag readers and help', () => {
  it('read typed values or defaults', () => {
    const a = parseArgs(['x', '--corte', 'c', '--prioridad', 'p'], spec);
    expect(stringFlag(a, 'corte')).toBe('c');
    expect(stringFlag(a, 'json')).toBeUndefined();
    expect(booleanFlag(a, 'json')).toBe(false);
    expect(listFlag(a, 'json')).toEqual([]);
    expect(listFlag({ help: false, positionals: [], flags: { corte: 'c' } }, 'corte')).toEqual(['c']);
  });

  it('formats a Spanish help with every flag and the epilog', () => {
    const help = formatHelp(spec);
    expect(help).toContain('pqrsd prueba: comando de prueba');
    expect(help).toContain('--corte <fecha>');
    expect(help).toContain('-j, --json');
    expect(help).toContain('(repetible)');
    expect(help).toContain('--ayuda, --help');
    expect(help.trimEnd().endsWith('Ejemplo: pqrsd prueba x')).toBe(true);
  });
});
