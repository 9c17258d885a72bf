// The SUI Formato A (Resolución SSPD 20151300054575 de 2015, Anexo A; SECONDARY, R-SUI-CATALOGOS in
// docs/normas.md §11): the catalogue as data, its recognition as input, and `pqrsd sui` (the monthly
// report). Rows are read by the same pipeline as `pqrsd auditar`.
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/index.js';
import { runAudit } from '../../src/cli/audit.js';
import { normalizeEnumValue, resolveHeader } from '../../src/cli/mapping.js';
import { runParallelAudit } from '../../src/cli/parallel.js';
import { buildRecord, validateRow } from '../../src/cli/record.js';
import { renderJson } from '../../src/cli/render/json.js';
import { detectSuiFormatoA } from '../../src/cli/sui/detect.js';
import {
  SUI_COLUMNS,
  SUI_NOTIFICACION_OF,
  SUI_RESPUESTA_OF,
  SUI_TIPO_NOTIFICACION,
  SUI_TIPO_RESPUESTA,
  SUI_TIPO_TRAMITE,
  SUI_TRAMITE_OF,
} from '../../src/cli/sui/formato-a.js';
import { parseSuiMonth, type SuiExtras, suiRowOf, validateSuiRow } from '../../src/cli/sui/report.js';
import { OUTCOMES, REQUEST_TYPES } from '../../src/domain.js';
import { type PqrsdRecord, parsePqrsdRecord } from '../../src/schema/index.js';
import { fixture, ROOT, run, tempDir } from './helpers.js';

const MARCH = parseSuiMonth('2026-03');
const APRIL = parseSuiMonth('2026-04');
const HEADER: string[] = SUI_COLUMNS.map((c) => c.name);

function record(fields: Record<string, unknown>): PqrsdRecord {
  const r = parsePqrsdRecord({
    radicado: 'SPD-1',
    type: 'reclamo',
    channel: 'escrito',
    subject: 'facturación',
    petitioner: { kind: 'anonima' },
    seccional: '05001',
    ...fields,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function row(fields: Record<string, unknown>, extras: SuiExtras = {}, month = MARCH, more = {}) {
  return suiRowOf(record(fields), extras, { month, ...more });
}

/** Cell of a Formato A row by column name. */
function cellOf(cells: readonly string[], name: string): string {
  return cells[HEADER.indexOf(name)]!;
}

describe('the Formato A as data (Res. SSPD 20151300054575 de 2015, Anexo A; SECONDARY)', () => {
  it('has the 16 columns of the Anexo, in its order', () => {
    expect(HEADER).toEqual([
      'Código Departamento',
      'Código Municipio',
      'Código Centro Poblado',
      'Radicado Recibido',
      'Fecha Radicación',
      'Tipo de Trámite',
      'Causal',
      'Detalle de Causal',
      'Número de Cuenta',
      'Número o Identificador de Factura',
      'Tipo Respuesta',
      'Fecha Respuesta',
      'Radicado Respuesta',
      'Fecha Notificación o Ejecución',
      'Tipo de Notificación',
      'Fecha Traslado a la SSPD',
    ]);
  });

  it('has tipo de trámite 1-6, tipo de respuesta 1-11 and tipo de notificación 1-5', () => {
    expect(Object.keys(SUI_TIPO_TRAMITE)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(Object.keys(SUI_TIPO_RESPUESTA).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 11 }, (_, i) => String(i + 1)),
    );
    expect(Object.keys(SUI_TIPO_NOTIFICACION)).toEqual(['1', '2', '3', '4', '5']);
    expect(SUI_TIPO_RESPUESTA['9'].label).toBe('Pendiente de respuesta');
    expect(SUI_TIPO_NOTIFICACION['3'].label).toBe('No aplica');
  });

  it('decides every request type and every outcome of pqrsd', () => {
    expect(Object.keys(SUI_TRAMITE_OF).sort()).toEqual([...REQUEST_TYPES].sort());
    expect(Object.keys(SUI_RESPUESTA_OF).sort()).toEqual([...OUTCOMES].sort());
  });

  it('writes each request type as a code that reads back as the same type', () => {
    for (const [type, entry] of Object.entries(SUI_TRAMITE_OF)) {
      if (entry.code === null) continue;
      const back = SUI_TIPO_TRAMITE[entry.code].pqrsd;
      expect(type === 'acceso_informacion' ? 'peticion_documentos' : type).toBe(back);
    }
  });

  it('writes each outcome as codes that read back as the same outcome (desistimiento and informativa aside)', () => {
    for (const [outcome, entry] of Object.entries(SUI_RESPUESTA_OF)) {
      const expected =
        outcome === 'desistimiento' ? 'archivo' : outcome === 'informativa' ? 'a_favor' : outcome;
      expect(SUI_TIPO_RESPUESTA[entry.tramite].pqrsd).toBe(expected);
      expect(SUI_TIPO_RESPUESTA[entry.recurso].pqrsd).toBe(expected);
    }
  });
});

describe('detectSuiFormatoA: a Formato A is read with no map', () => {
  it('recognises the 16 headers whatever their case and accents', () => {
    const d = detectSuiFormatoA(
      HEADER.map((h) =>
        h
          .toUpperCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, ''),
      ),
    );
    expect(d?.header.index).toEqual({
      radicado: 3,
      tipo: 5,
      fecha_radicacion: 4,
      seccional: 2,
      fecha_respuesta: 11,
      resultado: 10,
      fecha_notificacion: 13,
      tipo_notificacion: 14,
    });
    expect(d?.header.missing).toEqual([]);
    expect(d?.header.format).toContain('SECONDARY');
  });

  it('does not take an ordinary registry for a Formato A', () => {
    expect(
      detectSuiFormatoA(['radicado', 'tipo_tramite', 'fecha_radicacion', 'tipo_respuesta']),
    ).toBeUndefined();
    expect(detectSuiFormatoA(HEADER.filter((h) => h !== 'Tipo de Trámite'))).toBeUndefined();
  });

  it('gives way to a map of columns, and merges a map of values before its own', () => {
    expect(resolveHeader(HEADER, { columnas: { 'Radicado Recibido': 'radicado' } }).format).toBeUndefined();
    const h = resolveHeader(HEADER, { valores: { tipo: { '1': 'peticion' } } });
    expect(h.values?.valores?.tipo?.['1']).toBe('peticion');
    expect(h.values?.valores?.tipo?.['2']).toBe('queja');
  });

  it('reads codes as types, the regime of Ley 142 arts. 152-159, outcomes, and 9/10 as no answer', () => {
    const h = resolveHeader(HEADER);
    const read = (cells: string[]) => validateRow(buildRecord(cells, h, h.values));
    const answered = read([
      '05',
      '05001',
      '05001000',
      'R-1',
      '02-03-2026',
      '5',
      'F',
      '102',
      'C',
      '',
      '4',
      '10-03-2026',
      'RS',
      '11-03-2026',
      '1',
      '',
    ]);
    expect(answered.ok && answered.record).toMatchObject({
      radicado: 'R-1',
      type: 'recurso',
      regime: 'servicios_publicos',
      receivedAt: '2026-03-02',
      seccional: '05001000',
      response: { date: '2026-03-10', outcome: 'en_contra' },
    });
    const pending = read([
      '05',
      '05001',
      '05001000',
      'R-2',
      '02-03-2026',
      '1',
      'F',
      '102',
      'C',
      '',
      '9',
      '',
      '',
      '',
      '3',
      '',
    ]);
    expect(pending.ok && pending.record.response).toBeUndefined();
    expect(pending.ok && pending.record.type).toBe('reclamo');
  });

  it('a value mapped to "" has no value (how 9 and 10 are read)', () => {
    const map = { valores: { resultado: { Pendiente: '' } } };
    expect(normalizeEnumValue('resultado', 'Pendiente', map)).toBeUndefined();
    expect(normalizeEnumValue('resultado', 'PENDIENTE', map)).toBeUndefined();
  });

  it('reports a bad tipo de trámite code once, in its column', () => {
    const h = resolveHeader(HEADER);
    const v = validateRow(
      buildRecord(
        ['05', '05001', '05001000', 'R-1', '02-03-2026', '7', 'F', '102', 'C', '', '9', '', '', '', '3', ''],
        h,
        h.values,
      ),
    );
    expect(v.ok === false && v.reasons.map((r) => r.split(':')[0])).toEqual(['tipo']);
  });

  it('is audited with no --mapa (every row valid, the format said at the top)', async () => {
    const dir = tempDir();
    const file = join(dir, 'formato-a.csv');
    writeFileSync(
      file,
      `${HEADER.join(',')}\n05,05001,05001000,R-1,02-03-2026,1,F,102,C-1,,1,10-03-2026,RS-1,11-03-2026,4,\n` +
        '05,05001,05001000,R-2,20-03-2026,2,P,315,C-2,,9,,,,3,\n',
    );
    const r = await run(['auditar', file, '--corte', '2026-03-31', '--formato', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.rows).toMatchObject({ total: 2, invalid: 0 });
    expect(report.source.notices[0]).toContain('Formato A del SUI');
  });
});

describe('suiRowOf: golden rows (Res. SSPD 20151300054575 de 2015, Anexo A; SECONDARY)', () => {
  it('art. 1 (as read): filed on the month’s last day and unanswered, it is pending (9, notificación 3)', () => {
    const r = row({ receivedAt: '2026-03-31' });
    expect(r).toMatchObject({ kind: 'fila', why: 'radicada' });
    expect(r.kind === 'fila' && r.cells).toEqual([
      '05',
      '05001',
      '05001000',
      'SPD-1',
      '31-03-2026',
      '1',
      '',
      '',
      '',
      '',
      '9',
      '',
      '',
      '',
      '3',
      '',
    ]);
  });

  it('answered on the first day of the next month: pending in its month, answered in the next', () => {
    const fields = {
      receivedAt: '2026-03-31',
      events: [{ type: 'respuesta', date: '2026-04-01', outcome: 'a_favor' }],
      response: { date: '2026-04-01', outcome: 'a_favor' },
    };
    const march = row(fields);
    expect(march.kind === 'fila' && cellOf(march.cells, 'Tipo Respuesta')).toBe('9');
    const april = row(fields, {}, APRIL);
    expect(april).toMatchObject({ kind: 'fila', why: 'respondida' });
    expect(april.kind === 'fila' && april.cells.slice(10, 12)).toEqual(['1', '01-04-2026']);
    expect(row(fields, {}, parseSuiMonth('2026-05'))).toMatchObject({ kind: 'otro_mes' });
    expect(row(fields, {}, parseSuiMonth('2026-02'))).toMatchObject({ kind: 'otro_mes' });
  });

  it('Ley 142 art. 158: pending past its 15 días hábiles at the month’s end is «sin respuesta» (10)', () => {
    const r = row({ receivedAt: '2026-02-02' });
    expect(r).toMatchObject({ kind: 'fila', why: 'pendiente' });
    expect(r.kind === 'fila' && r.cells.slice(10, 16)).toEqual(['10', '', '', '', '3', '']);
  });

  it('a recurso answered against the user «confirma» (4), in its favour «revoca» (6) (reading of ours)', () => {
    const recurso = (outcome: string) =>
      row({
        type: 'recurso',
        receivedAt: '2026-03-02',
        events: [{ type: 'respuesta', date: '2026-03-10', outcome }],
        response: { date: '2026-03-10', outcome },
      });
    const against = recurso('en_contra');
    const favour = recurso('a_favor');
    expect(
      against.kind === 'fila' && [
        cellOf(against.cells, 'Tipo de Trámite'),
        cellOf(against.cells, 'Tipo Respuesta'),
      ],
    ).toEqual(['4', '4']);
    expect(favour.kind === 'fila' && cellOf(favour.cells, 'Tipo Respuesta')).toBe('6');
  });

  it('keeps the registry’s own codes when they say the same (trámite 5, respuesta 4 of a reclamación)', () => {
    const r = row(
      {
        type: 'recurso',
        receivedAt: '2026-03-02',
        events: [{ type: 'respuesta', date: '2026-03-10', outcome: 'en_contra' }],
        response: { date: '2026-03-10', outcome: 'en_contra' },
      },
      { tipo_de_tramite: '5', tipo_respuesta: '4', fecha_traslado_a_la_sspd: '20-03-2026' },
    );
    expect(r.kind === 'fila' && [r.cells[5], r.cells[10], r.cells[15]]).toEqual(['5', '4', '20-03-2026']);
  });

  it('CPACA art. 21: a traslado por competencia is tipo de respuesta 8 on the traslado’s date', () => {
    const r = row({
      type: 'peticion_documentos',
      receivedAt: '2026-03-20',
      events: [{ type: 'traslado', date: '2026-03-23' }],
    });
    expect(r.kind === 'fila' && r.cells.slice(5, 12)).toEqual(['6', '', '', '', '', '8', '23-03-2026']);
  });

  it('CPACA arts. 17 and 18: an express or tacit desistimiento is «archiva» (11) on its date (reading of ours)', () => {
    const express = row({
      receivedAt: '2026-03-02',
      events: [{ type: 'desistimiento', date: '2026-03-05' }],
    });
    expect(express.kind === 'fila' && express.cells.slice(10, 12)).toEqual(['11', '05-03-2026']);
    const tacit = row(
      { receivedAt: '2026-03-02', events: [{ type: 'requerimiento', date: '2026-03-03' }] },
      {},
      APRIL,
    );
    expect(tacit).toMatchObject({ kind: 'fila', why: 'respondida' });
    expect(tacit.kind === 'fila' && tacit.cells[10]).toBe('11');
    expect(tacit.kind === 'fila' && tacit.cells[11]).toMatch(/^\d{2}-04-2026$/);
  });

  it('carries the registry’s causal, cuenta, factura, radicado and notificación over', () => {
    const r = row(
      {
        receivedAt: '2026-03-02',
        events: [
          { type: 'respuesta', date: '2026-03-10', outcome: 'parcialmente_a_favor' },
          { type: 'notificacion', date: '2026-03-12' },
        ],
        response: { date: '2026-03-10', outcome: 'parcialmente_a_favor' },
      },
      {
        causal: 'F',
        detalle_de_causal: '102',
        numero_de_cuenta: 'CTA-1',
        numero_o_identificador_de_factura: 'FAC-1',
        radicado_respuesta: 'RS-1',
        tipo_de_notificacion: 'Notificación por aviso',
      },
    );
    expect(r).toMatchObject({ kind: 'fila', warnings: [] });
    expect(r.kind === 'fila' && r.cells.slice(6)).toEqual([
      'F',
      '102',
      'CTA-1',
      'FAC-1',
      '2',
      '10-03-2026',
      'RS-1',
      '12-03-2026',
      '4',
      '',
    ]);
  });

  it('leaves a notificación after the month’s end out, and warns of each cell the registry lacks', () => {
    const r = row(
      {
        receivedAt: '2026-03-02',
        events: [
          { type: 'respuesta', date: '2026-03-30', outcome: 'a_favor' },
          { type: 'notificacion', date: '2026-04-02' },
        ],
        response: { date: '2026-03-30', outcome: 'a_favor' },
      },
      {},
      MARCH,
      { empty: 'N' },
    );
    expect(r.kind === 'fila' && r.cells.slice(6)).toEqual([
      'N',
      'N',
      'N',
      'N',
      '1',
      '30-03-2026',
      'N',
      'N',
      'N',
      'N',
    ]);
    expect(r.kind === 'fila' && r.warnings).toEqual([
      'sin causal o detalle de causal',
      'sin número de cuenta',
      'sin tipo de notificación',
      'sin fecha de notificación',
      'sin radicado de la respuesta',
    ]);
  });

  describe('the tipo de notificación from the route the engine knows (SUI_NOTIFICACION_OF)', () => {
    const ANSWER = { type: 'respuesta', date: '2026-03-10', outcome: 'a_favor' } as const;
    const answered = (...events: Record<string, unknown>[]) => ({
      receivedAt: '2026-03-02',
      events: [ANSWER, ...events],
      response: { date: '2026-03-10', outcome: 'a_favor' },
    });
    /** Fecha Notificación, Tipo de Notificación and the row's warnings and notes. */
    const notice = (r: ReturnType<typeof row>) =>
      r.kind === 'fila'
        ? {
            date: cellOf(r.cells, 'Fecha Notificación o Ejecución'),
            type: cellOf(r.cells, 'Tipo de Notificación'),
            warnings: r.warnings.filter((w) => w.includes('notificación')),
            notes: r.notes,
          }
        : r;

    it('CPACA art. 69: an aviso delivered Wed 11 March took effect at the end of Thu 12: aviso (4)', () => {
      expect(notice(row(answered({ type: 'aviso', date: '2026-03-11' })))).toEqual({
        date: '12-03-2026',
        type: '4',
        warnings: [],
        notes: [],
      });
    });

    it('CPACA art. 67: personal (1); Decreto 01 de 1984 art. 45: edicto (2); art. 72: conducta concluyente (5)', () => {
      const of = (via: string) => notice(row(answered({ type: 'notificacion', date: '2026-03-12', via })));
      expect(of('personal')).toMatchObject({ date: '12-03-2026', type: '1', warnings: [] });
      expect(of('edicto')).toMatchObject({ date: '12-03-2026', type: '2', warnings: [] });
      expect(of('conducta_concluyente')).toMatchObject({ date: '12-03-2026', type: '5', warnings: [] });
    });

    it('CPACA arts. 56 and 67 num. 1: an electronic notification is a personal one (1; reading of ours)', () => {
      const r = row(answered({ type: 'notificacion', date: '2026-03-12', via: 'electronica' }));
      expect(notice(r)).toEqual({ date: '12-03-2026', type: '1', warnings: [], notes: [] });
      expect(SUI_NOTIFICACION_OF.electronica.interpretation).toContain('NOT CONFIRMED');
    });

    it('CPACA art. 72: a recurso filed with no notification notifies by conducta concluyente that day (5)', () => {
      const r = row(answered({ type: 'recurso', date: '2026-03-13', kind: 'reposicion' }));
      expect(notice(r)).toEqual({ date: '13-03-2026', type: '5', warnings: [], notes: [] });
    });

    it('a notificación with no route leaves the type empty, and warns', () => {
      expect(notice(row(answered({ type: 'notificacion', date: '2026-03-12' })))).toEqual({
        date: '12-03-2026',
        type: '',
        warnings: ['sin tipo de notificación'],
        notes: [],
      });
    });

    it('an aviso delivered Tue 31 March takes effect on 1 April: neither date nor type in March', () => {
      const r = row(answered({ type: 'aviso', date: '2026-03-31' }));
      expect(notice(r)).toEqual({
        date: '',
        type: '',
        warnings: ['sin tipo de notificación', 'sin fecha de notificación'],
        notes: [],
      });
    });

    it('never overwrites the registry’s own type: the same says nothing, another is kept with a note', () => {
      const aviso = answered({ type: 'aviso', date: '2026-03-11' });
      expect(notice(row(aviso, { tipo_de_notificacion: '4' }))).toMatchObject({ type: '4', notes: [] });
      expect(notice(row(aviso, { tipo_de_notificacion: 'Notificación personal' }))).toEqual({
        date: '12-03-2026',
        type: '1',
        warnings: [],
        notes: [
          'Tipo de Notificación: el registro dice 1 (Notificación personal) y sus fechas de notificación, 4 (Notificación por aviso) (aviso); se conserva el del registro',
        ],
      });
    });
  });

  it('puts sugerencias, other regimes and congresistas out of scope; a petición needs --peticion-como', () => {
    expect(row({ type: 'sugerencia', receivedAt: '2026-03-02' })).toMatchObject({ kind: 'fuera' });
    expect(row({ type: 'solicitud_congresista', receivedAt: '2026-03-02' })).toMatchObject({ kind: 'fuera' });
    expect(row({ regime: 'habeas_data', receivedAt: '2026-03-02' })).toMatchObject({ kind: 'fuera' });
    expect(row({ type: 'peticion', receivedAt: '2026-03-02' })).toMatchObject({ kind: 'invalida' });
    const policy = row({ type: 'peticion', receivedAt: '2026-03-02' }, {}, MARCH, { peticionComo: '1' });
    expect(policy.kind === 'fila' && policy.cells[5]).toBe('1');
  });

  it('cannot express an answer without its sense, a row without DANE code, nor an unreadable date', () => {
    const noOutcome = row({ receivedAt: '2026-03-02', events: [{ type: 'respuesta', date: '2026-03-10' }] });
    expect(noOutcome.kind === 'invalida' && noOutcome.reasons[0]).toMatch(/^resultado: /);
    const noDane = row({ receivedAt: '2026-03-02', seccional: 'Norte' });
    expect(noDane.kind === 'invalida' && noDane.reasons[0]).toMatch(/sin código DANE/);
    expect(
      row({ receivedAt: '2026-03-02', seccional: 'Norte' }, {}, MARCH, { dane: '05001000' }),
    ).toMatchObject({ kind: 'fila' });
    expect(row({ receivedAt: '2026-03-02' }, { fecha_traslado_a_la_sspd: 'mañana' })).toMatchObject({
      kind: 'invalida',
    });
  });
});

describe('validateSuiRow: the catalogue checks every row before it is written', () => {
  const ok = [
    '05',
    '05001',
    '05001000',
    'R-1',
    '02-03-2026',
    '1',
    'F',
    '102',
    'C',
    '',
    '1',
    '10-03-2026',
    'RS',
    '11-03-2026',
    '4',
    '',
  ];
  const withCell = (i: number, v: string) => ok.map((c, j) => (j === i ? v : c));

  it('accepts a complete row', () => {
    expect(validateSuiRow(ok)).toEqual([]);
  });

  it.each([
    [0, '5', 'Código Departamento'],
    [1, '08001', 'Código Municipio'],
    [2, '0500100', 'Código Centro Poblado'],
    [3, '', 'Radicado Recibido'],
    [4, '2026-03-02', 'Fecha Radicación'],
    [5, '7', 'Tipo de Trámite'],
    [6, 'X', 'Causal'],
    [7, 'abc', 'Detalle de Causal'],
    [10, '12', 'Tipo Respuesta'],
    [11, '01-03-2026', 'Fecha Respuesta'],
    [13, '09-03-2026', 'Fecha Notificación o Ejecución'],
    [14, '6', 'Tipo de Notificación'],
    [15, '20-03-2026', 'Fecha Traslado a la SSPD'],
  ])('rejects cell %i «%s» naming the column %s', (i, v, column) => {
    const problems = validateSuiRow(withCell(i, v));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.startsWith(`${column}: «${v}»`)).toBe(true);
  });

  it('Anexo num. 15 par. (as cited): 9 and 10 take notificación 3 and no answer data', () => {
    const pending = [
      '05',
      '05001',
      '05001000',
      'R-1',
      '02-03-2026',
      '1',
      'F',
      '102',
      'C',
      '',
      '9',
      '',
      '',
      '',
      '3',
      '',
    ];
    expect(validateSuiRow(pending)).toEqual([]);
    expect(validateSuiRow(pending.map((c, j) => (j === 14 ? '1' : c)))).toEqual([
      'Tipo de Notificación: «1» debe ser 3 (no aplica) con tipo de respuesta 9 o 10',
    ]);
    expect(validateSuiRow(pending.map((c, j) => (j === 11 ? '10-03-2026' : c)))[0]).toMatch(
      /^Fecha Respuesta: /,
    );
    expect(validateSuiRow(ok.slice(1))).toEqual(['la fila tiene 15 columnas y el Formato A 16']);
  });
});

describe('pqrsd sui', () => {
  const REGISTRY = fixture('sui-registro.csv');

  it('writes the month’s report and accounts for every row of the registry on stderr', async () => {
    const r = await run(['sui', REGISTRY, '--mes', '2026-03', '--dane', '05001']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(HEADER.join(','));
    expect(lines.slice(1)).toEqual([
      '05,05001,05001000,SPD-001,31-03-2026,1,F,102,CTA-0001,FAC-9001,9,,,,3,',
      '05,05001,05001000,SPD-002,10-02-2026,2,P,315,CTA-0002,,3,05-03-2026,RS-102,06-03-2026,1,',
      '05,05001,05001000,SPD-003,02-02-2026,1,F,120,CTA-0003,FAC-9003,10,,,,3,',
      '05,05001,05001000,SPD-004,02-03-2026,4,F,102,CTA-0004,FAC-9004,5,10-03-2026,RS-104,12-03-2026,4,',
      '05,05001,05001000,SPD-010,20-03-2026,6,P,315,CTA-0010,,8,23-03-2026,RS-110,,,',
      '05,05001,05001000,SPD-012,17-03-2026,1,F,102,CTA-0012,,9,,,,3,',
    ]);
    expect(r.stderr).toContain(
      '2026-03: 12 filas leídas: 6 en el informe (4 radicadas en el mes, 1 respondidas en el mes, 1 pendientes de meses anteriores), 2 de otros meses, 1 fuera del alcance, 3 inválidas.',
    );
    expect(r.stderr).toContain('fuera del alcance: línea 6 (SPD-005)');
    expect(r.stderr).toContain('inválida: línea 7 (SPD-006): tipo: el Formato A no tiene');
    expect(r.stderr).toContain('inválida: línea 10 (SPD-009): fecha_radicacion:');
    expect(r.stderr).toContain('inválida: línea 12 (SPD-011): resultado:');
    expect(r.stderr).toContain('aviso: 1 filas del informe sin tipo de notificación');
    expect(r.stderr).toContain('SECONDARY');
  });

  it('round trip: its report, read back as input with no map, gives the same requests and the same report', async () => {
    const dir = tempDir();
    const out = join(dir, 'sui-2026-03.csv');
    const first = await run(['sui', REGISTRY, '--mes', '2026-03', '--dane', '05001', '--salida', out]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('informe escrito en');
    const text = readFileSync(out, 'utf8');
    const second = await run(['sui', out, '--mes', '2026-03']);
    expect(second.stdout).toBe(text);
    expect(second.stderr).toContain('se lee sin --mapa');
    expect(second.stderr).toContain('6 filas leídas: 6 en el informe');

    // The requests: as the registry has them at the month's end, and as the report gives them back.
    const requests = (csv: string) => {
      const [head, ...rows] = csv
        .trimEnd()
        .split(/\r?\n/)
        .map((l) => l.split(','));
      const h = resolveHeader(head!);
      const byRadicado = new Map<string, unknown>();
      for (const fields of rows) {
        const v = validateRow(buildRecord(fields, h, h.values));
        if (!v.ok) continue;
        const r = v.record;
        const answer = r.events?.find((e) => e.type === 'respuesta' || e.type === 'traslado');
        const kept = answer !== undefined && answer.date <= '2026-03-31';
        byRadicado.set(r.radicado, {
          type: r.type,
          receivedAt: r.receivedAt,
          answered: kept ? answer.date : null,
          outcome: kept ? (r.response?.outcome ?? 'traslado') : null,
        });
      }
      return byRadicado;
    };
    const original = requests(readFileSync(REGISTRY, 'utf8'));
    const back = requests(text);
    expect(back.size).toBe(6);
    for (const [radicado, request] of back) expect(request).toEqual(original.get(radicado));
  });

  it('has help with the SECONDARY label, and refuses bad usage with exit 2', async () => {
    const help = await run(['sui', '--ayuda']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('SECONDARY');
    expect(help.stdout).toContain('20151300054575');
    const cases: [string[], RegExp][] = [
      [['sui', REGISTRY], /falta --mes/],
      [['sui', REGISTRY, '--mes', '2026-13'], /--mes «2026-13» no es un mes/],
      [['sui', REGISTRY, '--mes', '2026-03', '--dane', '123'], /--dane «123»/],
      [['sui', REGISTRY, '--mes', '2026-03', '--peticion-como', '9'], /--peticion-como «9»/],
      [['sui', REGISTRY, '--mes', '2026-03', '--salida', REGISTRY], /no se sobrescribe/],
      [['sui', fixture('registros.json'), '--mes', '2026-03'], /lee un registro CSV/],
      [['sui', fixture('encabezado-malo.csv'), '--mes', '2026-03'], /columnas obligatorias/],
      [['sui', fixture('no-existe.csv'), '--mes', '2026-03'], /no existe el archivo/],
      [['sui', 'test/cli/fixtures', '--mes', '2026-03'], /es una carpeta/],
      [['sui', REGISTRY, '--mes', '2026-03', '--limite', 'x'], /--limite «x»/],
      [['sui', REGISTRY, '--mes', '2026-03', '--mapa', fixture('no-existe.json')], /--mapa: no existe/],
      [['sui', REGISTRY, '--mes', '2026-03', '--mapa', REGISTRY], /--mapa: .* no es un mapa válido/],
      [['sui', fixture('vacio.csv'), '--mes', '2026-03'], /vacío/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('reads the standard input, and --limite caps the rows listed (never the counts)', async () => {
    const r = await run(['sui', '-', '--mes', '2026-03', '--dane', '05001', '--limite', '1'], {
      stdin: readFileSync(REGISTRY),
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 fuera del alcance, 3 inválidas.');
    expect(r.stderr.match(/: inválida: /g)).toHaveLength(1);
    expect(r.stderr).toContain('… y 2 filas más sin listar (use --limite)');
  });

  it('applies --mapa and counts a record the reader cannot read as invalid, with its line', async () => {
    const dir = tempDir();
    const file = join(dir, 'registro.csv');
    writeFileSync(file, 'No,Clase,Recibido\nR-1,RC,02/03/2026\nR-2,RC,"03/03/2026\n');
    const map = join(dir, 'mapa.json');
    writeFileSync(
      map,
      JSON.stringify({
        columnas: { No: 'radicado', Clase: 'tipo', Recibido: 'fecha_radicacion' },
        valores: { tipo: { RC: 'reclamo' } },
      }),
    );
    const r = await run([
      'sui',
      file,
      '--mes',
      '2026-03',
      '--dane',
      '05001',
      '--mapa',
      map,
      '--sin-encabezado',
    ]);
    expect(r.stdout).toBe('05,05001,05001000,R-1,02-03-2026,1,,,,,10,,,,3,\r\n');
    expect(r.stderr).toContain('2 filas leídas: 1 en el informe');
    expect(r.stderr).toContain('inválida: línea 3:');
  });

  it('takes the tipo de notificación from the registry’s aviso dates, and lists the row whose own type differs', async () => {
    const dir = tempDir();
    const file = join(dir, 'registro.csv');
    writeFileSync(
      file,
      'radicado,tipo,fecha_radicacion,fecha_respuesta,resultado,fecha_aviso,tipo_de_notificacion\n' +
        'R-1,reclamo,02/03/2026,10/03/2026,a_favor,11/03/2026,\n' +
        'R-2,reclamo,02/03/2026,10/03/2026,a_favor,11/03/2026,1\n',
    );
    const r = await run(['sui', file, '--mes', '2026-03', '--dane', '05001', '--sin-encabezado']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\r\n')).toEqual([
      '05,05001,05001000,R-1,02-03-2026,1,,,,,1,10-03-2026,,12-03-2026,4,',
      '05,05001,05001000,R-2,02-03-2026,1,,,,,1,10-03-2026,,12-03-2026,1,',
    ]);
    expect(r.stderr).not.toContain('sin tipo de notificación');
    expect(r.stderr).toContain(
      'pqrsd sui: aviso: línea 3 (R-2): Tipo de Notificación: el registro dice 1 (Notificación personal) y sus fechas de notificación, 4 (Notificación por aviso) (aviso); se conserva el del registro',
    );
    expect(r.stderr).not.toContain('línea 2 (R-1)');
  });

  it('leaves no file behind when the run fails, and never a half-written one', async () => {
    const dir = tempDir();
    const out = join(dir, 'sui.csv');
    const r = await run(['sui', fixture('encabezado-malo.csv'), '--mes', '2026-03', '--salida', out]);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--estricto exits 1 when a row cannot be expressed; --peticion-como and --vacio apply', async () => {
    const strict = await run(['sui', REGISTRY, '--mes', '2026-03', '--dane', '05001', '--estricto']);
    expect(strict.code).toBe(1);
    // The «N» convention round-trips too: a Formato A cell «N» is read as empty.
    const dir = tempDir();
    const withN = join(dir, 'sui-n.csv');
    await run(['sui', REGISTRY, '--mes', '2026-03', '--dane', '05001', '--vacio', 'N', '--salida', withN]);
    expect(readFileSync(withN, 'utf8')).toContain(
      ',SPD-001,31-03-2026,1,F,102,CTA-0001,FAC-9001,9,N,N,N,3,N',
    );
    const back = await run(['sui', withN, '--mes', '2026-03', '--vacio', 'N']);
    expect(back.stdout).toBe(readFileSync(withN, 'utf8'));
    const audited = await run(['auditar', withN, '--corte', '2026-03-31', '--formato', 'json']);
    expect(JSON.parse(audited.stdout).rows).toMatchObject({ total: 6, invalid: 0 });
    const policy = await run([
      'sui',
      REGISTRY,
      '--mes',
      '2026-03',
      '--dane',
      '05001',
      '--peticion-como',
      '1',
      '--vacio',
      'N',
      '--sin-encabezado',
    ]);
    expect(policy.stdout).toContain('05,05001,05001000,SPD-006,04-03-2026,1,P,401,CTA-0006,N,10,N,N,N,3,N');
    expect(policy.stdout.startsWith('05,')).toBe(true);
  });
});

describe.runIf(existsSync(join(ROOT, 'dist/cli/main.js')))('a Formato A audited on several threads', () => {
  it('gives the serial report (each worker recognises the format itself)', async () => {
    const dir = tempDir();
    const path = join(dir, 'formato-a.csv');
    const lines = [HEADER.join(',')];
    for (let i = 0; i < 20_000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const answered = i % 3 !== 0;
      lines.push(
        `05,05001,05001000,R-${i},${day}-02-2026,${(i % 6) + 1},F,102,C-${i},N,` +
          (answered ? `${(i % 3) + 1},${day}-03-2026,RS-${i},N,4,N` : `9,N,N,N,3,N`),
      );
    }
    writeFileSync(path, `${lines.join('\n')}\n`);
    const asOf = '2026-03-31' as IsoDate;
    const serial = await runAudit(
      { format: 'csv', name: 'formato-a.csv', chunks: createReadStream(path, { highWaterMark: 1 << 14 }) },
      { asOf },
    );
    const parallel = await runParallelAudit(
      { path, name: 'formato-a.csv' },
      { asOf, threads: 2, workerUrl: pathToFileURL(join(ROOT, 'dist/cli/main.js')) },
    );
    expect(serial.rows).toMatchObject({ total: 20_000, invalid: 0 });
    expect(parallel && renderJson(parallel)).toBe(renderJson(serial));
  }, 60_000);
});
