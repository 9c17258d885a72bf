// Usage of the command line: «¿quiso decir …?» for a misspelt command or option, --formato in any
// case, --salida that names the missing folder, and the date forms and messages of `habiles`.
import { describe, expect, it } from 'vitest';
import { closestName, didYouMean, editDistance } from '../../src/cli/suggest.js';
import { fixture, run } from './helpers.js';

const small = fixture('registro-pequeno.csv');

describe('¿quiso decir …?', () => {
  it('measures the edit distance', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('fromato', 'formato')).toBe(1);
    expect(editDistance('jsno', 'json')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('festivos', 'festivos')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests only a close name, ignoring case and accents', () => {
    expect(closestName('vencimento', ['vencimiento', 'festivos'])).toBe('vencimiento');
    expect(closestName('HABILES', ['habiles'])).toBe('habiles');
    expect(closestName('hábiles', ['habiles'])).toBe('habiles');
    expect(closestName('venc', ['vencimiento', 'festivos'])).toBe('vencimiento');
    expect(closestName('xyz', ['vencimiento', 'festivos'])).toBeUndefined();
    expect(closestName('', ['a'])).toBeUndefined();
    expect(didYouMean('--fromato', ['--formato'])).toBe(' (¿quiso decir «--formato»?)');
    expect(didYouMean('zzz', ['--formato'])).toBe('');
  });

  it('for a misspelt command', async () => {
    const r = await run(['festivo', '2026']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^pqrsd: comando desconocido «festivo»; ¿quiso decir «festivos»\? \(comandos: vencimiento, festivos, /,
    );
    expect((await run(['--verison'])).stderr).toContain('¿quiso decir «--version»?');
  });

  it('for a misspelt option, in --x value and --x=value forms', async () => {
    const r = await run(['auditar', small, '--corte', '2026-11-27', '--fromato', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'pqrsd: opción desconocida «--fromato»; ¿quiso decir «--formato»? (vea pqrsd auditar --ayuda)\n',
    );
    const v = await run(['vencimiento', '--tipo=peticion', '--radicacion=2026-11-27']);
    expect(v.stderr).toContain('¿quiso decir «--radicado»?');
    const h = await run(['habiles', '2026-11-27', '3', '--jsno']);
    expect(h.stderr).toContain('¿quiso decir «--json»?');
    expect((await run(['festivos', '2026', '--nada'])).stderr).not.toContain('quiso decir');
  });
});

describe('auditar --formato and --salida', () => {
  it('accepts the format in any case', async () => {
    const r = await run(['auditar', small, '--corte', '2026-11-27', '--formato', 'JSON']);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    const h = await run(['auditar', small, '--corte', '2026-11-27', '--formato', 'HTML']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^<!doctype html>/i);
  });

  it('names the missing folder of --salida, before auditing', async () => {
    const r = await run([
      'auditar',
      small,
      '--corte',
      '2026-11-27',
      '--formato',
      'html',
      '--salida',
      '/noexiste/dir/x.html',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'pqrsd: --salida: no existe la carpeta «/noexiste/dir» (créela o elija otra ruta)\n',
    );
    const csv = await run([
      'auditar',
      small,
      '--corte',
      '2026-11-27',
      '--formato',
      'csv',
      '--salida',
      '/noexiste/x.csv',
    ]);
    expect(csv.stderr).toContain('no existe la carpeta «/noexiste»');
    const sui = await run([
      'sui',
      fixture('sui-registro.csv'),
      '--mes',
      '2026-03',
      '--salida',
      '/noexiste/dir/s.csv',
    ]);
    expect(sui.code).toBe(2);
    expect(sui.stderr).toContain('no existe la carpeta «/noexiste/dir»');
  });

  it('says when the folder of --salida is a file', async () => {
    const r = await run(['auditar', small, '--corte', '2026-11-27', '--salida', `${small}/x.txt`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`«${small}» no es una carpeta`);
  });
});

describe('habiles: date forms and messages', () => {
  it('takes 27/11/2026 as vencimiento --radicado does (Ley 4 de 1913 art. 62: 15 días → 2026-12-21)', async () => {
    const r = await run(['habiles', '27/11/2026', '15', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ from: '2026-11-27', to: '2026-12-21' });
    const h = await run(['habiles', '27/11/2026', '--hasta', '21/12/2026']);
    expect(h.stdout).toContain('hay 15 días hábiles');
    expect((await run(['habiles', '2026/11/27', '15'])).stdout).toContain('2026-12-21');
  });

  it('refuses an impossible date, quoting it as written', async () => {
    const r = await run(['habiles', '31/02/2026', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('31/02/2026');
  });

  it('says what is missing when neither <n> nor --hasta is given', async () => {
    const r = await run(['habiles', '2026-11-27']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('no ambos');
    expect(r.stderr).toContain('falta <n>');
    expect(r.stderr).toContain('--hasta <fecha>');
    const both = await run(['habiles', '2026-11-27', '3', '--hasta', '2026-12-01']);
    expect(both.stderr).toContain('no ambos');
  });
});
