import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveHeader } from '../../src/cli/mapping.js';
import {
  buildRecord,
  cellReader,
  EVENT_COLUMNS,
  NO_SUBJECT,
  quickCheck,
  validateRow,
} from '../../src/cli/record.js';
import { parsePqrsdRecord } from '../../src/schema/index.js';

const HEADER = [
  'radicado',
  'tipo',
  'regimen',
  'fecha_radicacion',
  'canal',
  'seccional',
  'dependencia',
  'responsable',
  'asunto',
  'prioridad',
  'fecha_prorroga',
  'nueva_fecha_vencimiento',
  'dias_prorroga',
  'fecha_requerimiento',
  'fecha_ampliacion_requerimiento',
  'fecha_respuesta_requerimiento',
  'fecha_traslado',
  'entidad_traslado',
  'fecha_desistimiento',
  'fecha_respuesta',
  'resultado',
  'fecha_notificacion',
  'satisfaccion',
  'fecha_encuesta',
  'fecha_vencimiento',
];
const header = resolveHeader(HEADER);
const row = (values: Record<string, string>) => HEADER.map((h) => values[h] ?? '');

describe('buildRecord', () => {
  it('builds the schema record with events in a fixed order, the response and the survey', () => {
    const b = buildRecord(
      row({
        radicado: 'R-1',
        tipo: 'Petición',
        fecha_radicacion: '27/11/2026',
        canal: 'web',
        seccional: 'Norte',
        responsable: 'Ana',
        asunto: 'Certificado',
        prioridad: 'adulto mayor',
        fecha_prorroga: '2026-12-15',
        dias_prorroga: '5',
        fecha_requerimiento: '2026-11-30',
        fecha_respuesta_requerimiento: '2026-12-02',
        fecha_respuesta: '2026-12-20',
        resultado: 'Accede',
        fecha_notificacion: '2026-12-21',
        satisfaccion: '4',
        fecha_vencimiento: '21/12/2026',
      }),
      header,
    );
    expect(b.problems).toEqual([]);
    expect(b.entityDueDate).toBe('2026-12-21');
    expect(b.radicado).toBe('R-1');
    expect(b.input).toEqual({
      radicado: 'R-1',
      type: 'peticion',
      receivedAt: '2026-11-27',
      channel: 'formulario_web',
      subject: 'Certificado',
      seccional: 'Norte',
      assignee: 'Ana',
      petitioner: { kind: 'anonima' },
      priority: ['adulto_mayor'],
      events: [
        { type: 'prorroga', date: '2026-12-15', businessDays: 5 },
        { type: 'requerimiento', date: '2026-11-30' },
        { type: 'respuesta_requerimiento', date: '2026-12-02' },
        { type: 'respuesta', date: '2026-12-20', outcome: 'a_favor' },
        { type: 'notificacion', date: '2026-12-21' },
      ],
      response: { date: '2026-12-20', outcome: 'a_favor' },
      satisfaction: { date: '2026-12-20', score: 4 },
    });
    expect((b.input.events as { type: string }[]).map((e) => EVENT_COLUMNS[e.type])).toEqual([
      'fecha_prorroga',
      'fecha_requerimiento',
      'fecha_respuesta_requerimiento',
      'fecha_respuesta',
      'fecha_notificacion',
    ]);
    expect(validateRow(b)).toMatchObject({ ok: true });
  });

  it('fills the channel and the subject when the file has no such columns', () => {
    const h = resolveHeader(['radicado', 'tipo', 'fecha_radicacion']);
    const b = buildRecord(['R', 'queja', '2026-11-27'], h);
    expect(b.input.channel).toBe('otro');
    expect(b.input.subject).toBe(NO_SUBJECT);
    expect(cellReader(h, ['R'])('tipo')).toBe('');
    expect(cellReader(h, ['R'])('canal')).toBe('');
  });

  it('reports cells that cannot be read at all', () => {
    const b = buildRecord(
      row({
        radicado: 'R',
        tipo: 'peticion',
        fecha_radicacion: '2026-11-27',
        canal: 'escrito',
        asunto: 'x',
        fecha_prorroga: '2026-12-01',
        dias_prorroga: 'cinco',
        resultado: 'a favor',
        satisfaccion: '9',
      }),
      header,
    );
    // Only what moves the deadline rejects the row; an optional cell is a warning (the field absent).
    expect(b.problems).toEqual(['dias_prorroga: «cinco» no es un número entero de días']);
    expect(b.warnings).toEqual(['satisfaccion: «9» no es una respuesta de 1 a 5; se omite']);
    // An outcome without its date: answered, but when is unknown.
    expect(b.answer).toBe('respondida_sin_fecha');
    const v = validateRow(b);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reasons[0]).toBe(b.problems[0]);
    expect(v.warnings).toEqual(b.warnings);
    const noDate = buildRecord(
      row({ radicado: 'R', tipo: 'queja', fecha_radicacion: '2026-11-27', satisfaccion: '3' }),
      header,
    );
    expect(noDate.problems).toEqual([]);
    expect(noDate.warnings).toEqual([
      'canal: celda vacía; se registra «otro»',
      'satisfaccion: falta la fecha de la encuesta (fecha_encuesta o fecha_respuesta); se omite',
    ]);
  });

  it('keeps a traslado with its destination and an express desistimiento', () => {
    const b = buildRecord(
      row({
        radicado: 'R',
        tipo: 'peticion',
        fecha_radicacion: '2026-11-02',
        canal: 'escrito',
        asunto: 'x',
        fecha_traslado: '2026-11-04',
        entidad_traslado: 'Alcaldía',
        fecha_desistimiento: '2026-11-05',
        fecha_ampliacion_requerimiento: '2026-11-06',
        resultado: 'traslado',
        satisfaccion: '5',
        fecha_encuesta: '2026-11-10',
        nueva_fecha_vencimiento: '2026-12-30',
      }),
      header,
    );
    expect(b.input.events).toEqual([
      { type: 'ampliacion_requerimiento', date: '2026-11-06' },
      { type: 'traslado', date: '2026-11-04', to: 'Alcaldía' },
      { type: 'desistimiento', date: '2026-11-05' },
    ]);
    expect(b.input.satisfaction).toEqual({ date: '2026-11-10', score: 5 });
    expect(b.surveyDateColumn).toBe('fecha_encuesta');
  });
});

describe('validateRow', () => {
  it('translates schema issues to the file columns', () => {
    const v = validateRow(
      buildRecord(
        row({
          radicado: '',
          tipo: 'tutela',
          fecha_radicacion: '2026-02-30',
          canal: 'fax',
          asunto: 'x',
          fecha_traslado: '2026-03-01',
          entidad_traslado: ' ',
        }),
        header,
      ),
    );
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const columns = v.reasons.map((r) => r.split(':')[0]);
    expect(columns).toEqual(expect.arrayContaining(['radicado', 'tipo', 'fecha_radicacion']));
    // The unknown channel is a warning, not a reason.
    expect(columns).not.toContain('canal');
    expect(v.warnings.map((r) => r.split(':')[0])).toContain('canal');
  });

  it('names the event column of a date before the filing, and prórroga fields by their columns', () => {
    const v = validateRow(
      buildRecord(
        row({
          radicado: 'R',
          tipo: 'peticion',
          fecha_radicacion: '2026-11-27',
          canal: 'escrito',
          asunto: 'x',
          fecha_prorroga: '2026-11-20',
          nueva_fecha_vencimiento: '2026-02-30',
          fecha_respuesta: '2026-11-01',
        }),
        header,
      ),
    );
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.reasons.some((r) => r.startsWith('fecha_prorroga:'))).toBe(true);
    expect(v.reasons.some((r) => r.startsWith('nueva_fecha_vencimiento:'))).toBe(true);
    expect(v.reasons.some((r) => r.startsWith('fecha_respuesta:'))).toBe(true);
  });

  it('lets the schema accept what the quick check does not handle (an instant with offset)', () => {
    const b = buildRecord(
      row({
        radicado: 'R',
        tipo: 'peticion',
        fecha_radicacion: '2026-11-27 18:30',
        canal: 'escrito',
        asunto: 'x',
      }),
      header,
    );
    expect(quickCheck(b.input)).toBe(false);
    expect(validateRow(b)).toMatchObject({ ok: true, record: { receivedAt: '2026-11-27T18:30:00-05:00' } });
  });
});

describe('quickCheck never accepts what the schema rejects', () => {
  const date = fc.oneof(
    fc.constantFrom(
      '2026-11-27',
      '2026-11-30',
      '2026-12-10',
      '2026-10-01',
      '1983-12-31',
      '2026-02-30',
      '27/11/2026',
      '',
    ),
    fc
      .date({
        min: new Date('1984-01-01T00:00:00Z'),
        max: new Date('2199-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
  );
  const text = fc.oneof(
    fc.constantFrom('', ' ', 'Norte', 'x'.repeat(151), 'a\u0000b'),
    fc.string({ maxLength: 8 }),
  );
  const cells = fc.record({
    radicado: fc.oneof(
      fc.constantFrom('R-1', '', '-R', 'R 1', 'x'.repeat(65), 'A/B.C_D'),
      fc.string({ maxLength: 6 }),
    ),
    tipo: fc.constantFrom('peticion', 'queja', 'consulta', 'tutela', '', 'Petición'),
    regimen: fc.constantFrom('', 'cpaca', 'auto', 'servicios_publicos', 'otro'),
    fecha_radicacion: date,
    canal: fc.constantFrom('escrito', 'web', 'fax', ''),
    seccional: text,
    dependencia: text,
    asunto: text,
    prioridad: fc.constantFrom('', 'victima', 'victima|victima', 'nada', 'adulto_mayor|periodista'),
    fecha_prorroga: date,
    nueva_fecha_vencimiento: date,
    dias_prorroga: fc.constantFrom('', '0', '5', '61', '60'),
    fecha_requerimiento: date,
    fecha_traslado: date,
    entidad_traslado: text,
    fecha_respuesta: date,
    resultado: fc.constantFrom('', 'a_favor', 'en_contra', 'otro'),
    satisfaccion: fc.constantFrom('', '1', '5', '0'),
  });

  it('for random rows (and accepts a fair share of them on its own)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(cells, (values) => {
        const built = buildRecord(row(values), header);
        // A built record has only schema fields: skipping the key scan (as validateRow does) changes nothing.
        expect(quickCheck(built.input, true)).toBe(quickCheck(built.input));
        if (quickCheck(built.input)) {
          accepted++;
          expect(parsePqrsdRecord(built.input).ok).toBe(true);
        }
      }),
      // Fixed seed: the property holds for any seed, but whether random rows are accepted at all is
      // chance; with a fixed seed the "not vacuous" check below is deterministic.
      { numRuns: 3000, seed: 20261127 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('for every valid row of the example registry', async () => {
    const { readFileSync } = await import('node:fs');
    const { CsvParser } = await import('../../src/cli/csv.js');
    let names: readonly string[] = [];
    let quick = 0;
    const parser = new CsvParser({
      header: (n) => {
        names = n;
      },
      row: (fields) => {
        const built = buildRecord(fields, resolveHeader(names));
        const fast = quickCheck(built.input);
        if (fast) quick++;
        if (built.problems.length === 0) expect(parsePqrsdRecord(built.input).ok || !fast).toBe(true);
      },
      rowError() {},
    });
    parser.push(readFileSync(new URL('../../examples/registro-pqrsd.csv', import.meta.url)));
    parser.end();
    expect(quick).toBeGreaterThan(2900);
  });

  it('rejects unexpected shapes outright', () => {
    const ok = {
      radicado: 'R',
      type: 'peticion',
      receivedAt: '2026-11-27',
      channel: 'otro',
      subject: 'x',
      petitioner: { kind: 'anonima' },
    };
    expect(quickCheck(ok)).toBe(true);
    expect(quickCheck({ ...ok, extra: 1 })).toBe(false);
    expect(quickCheck({ ...ok, petitioner: { kind: 'natural' } })).toBe(false);
    expect(quickCheck({ ...ok, priority: 'victima' })).toBe(false);
    expect(quickCheck({ ...ok, events: [{ type: 'suspension', date: '2026-11-28' }] })).toBe(false);
    expect(quickCheck({ ...ok, events: [{ type: 'respuesta', date: '2026-11-28', outcome: 'x' }] })).toBe(
      false,
    );
    expect(quickCheck({ ...ok, events: [{ type: 'traslado', date: '2026-11-28', to: 'A', x: 1 }] })).toBe(
      false,
    );
    expect(quickCheck({ ...ok, events: [{ type: 'desistimiento', date: '2026-11-28', x: 1 }] })).toBe(false);
    expect(quickCheck({ ...ok, events: [{ type: 'prorroga', date: '2026-11-28', businessDays: 1.5 }] })).toBe(
      false,
    );
    expect(quickCheck({ ...ok, events: [{ type: 'prorroga', date: '2026-11-28', newDueDate: 'x' }] })).toBe(
      false,
    );
    expect(quickCheck({ ...ok, response: { date: '2026-11-28', outcome: 'a_favor' } })).toBe(false);
    expect(quickCheck({ ...ok, satisfaction: { date: '2026-11-28', score: 6 } })).toBe(false);
    expect(quickCheck({ ...ok, regime: 'x' })).toBe(false);
    expect(quickCheck({ ...ok, seccional: '' })).toBe(false);
  });
});
