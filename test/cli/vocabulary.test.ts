import { describe, expect, it } from 'vitest';
import { entityColumns, matchHeader, normalizeEnumValue } from '../../src/cli/mapping.js';
import { REGISTRY_NOTIFICATION_TYPES } from '../../src/cli/notificacion.js';
import {
  HEADER_VOCABULARY,
  type HeaderSynonym,
  OUT_OF_SCOPE,
  VALUE_VOCABULARY,
  type ValueSynonym,
  vocabularyKey,
} from '../../src/cli/vocabulary/index.js';
import {
  CHANNELS,
  OUTCOMES,
  PRIORITY_FLAGS,
  RECURSO_KINDS,
  RECURSO_RESULTS,
  REGIMES,
  REQUEST_TYPES,
} from '../../src/domain.js';

const NO_MAP = entityColumns({});
const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
/** Ways the same header or value is written in real exports. */
const variants = (text: string): string[] => [
  text,
  text.toUpperCase(),
  text.toLowerCase(),
  stripAccents(text),
  text.replace(/ /g, '_'),
  ` ${text.replace(/ /g, '  ')}: `,
];

describe('vocabulary keys', () => {
  it.each([
    ['76.5. Solicitudes de  Información', 'solicitud_de_informacion'],
    ['76.2. Quejas', 'queja'],
    ['Título/asunto:', 'titulo_asunto'],
    ['CANAL_DE_COMUNICACIÓN', 'canal_de_comunicacion'],
    ['  FECHA   RADICACIÓN ', 'fecha_radicacion'],
    ['Peticiones', 'peticion'],
    ['Entidades', 'entidad'],
  ])('%s → %s', (text, key) => {
    expect(vocabularyKey(text)).toBe(key);
  });
});

describe('header vocabulary', () => {
  it.each((HEADER_VOCABULARY as readonly HeaderSynonym[]).map((h) => [h.text, h] as const))('%s', (_, h) => {
    for (const v of variants(h.text)) {
      const m = matchHeader(v, NO_MAP);
      expect(m?.column, v).toBe(h.column);
      if (m?.how !== 'encabezado') expect(m?.how, v).toBe(h.weak ? 'sinonimo_debil' : 'sinonimo');
    }
  });

  it('has one meaning per key and records where each entry was seen', () => {
    const seen = new Map<string, HeaderSynonym>();
    for (const h of HEADER_VOCABULARY as readonly HeaderSynonym[]) {
      const key = vocabularyKey(h.text);
      const other = seen.get(key);
      if (other !== undefined) expect(other.column, `${h.text} / ${other.text}`).toBe(h.column);
      seen.set(key, h);
      expect(h.source).toMatch(/^(canonico|gestion_documental|siau|sui|datos_abiertos|generico)$/);
    }
  });

  it.each([
    ['Fecha de creación del documento', 'fecha_radicacion'],
    ['FECHA', 'fecha_radicacion'],
    ['FECHA RADICACIÓN', 'fecha_radicacion'],
    ['TIPO_DE_PQRSDF', 'tipo'],
    ['TIPOLOGÍA DOCUMENTAL', 'tipo'],
    ['Tipo Documental', 'tipo'],
    ['Expediente asociado', 'tipo'],
    ['ASUNTO O RESUMEN', 'asunto'],
    ['Título/asunto:', 'asunto'],
    ['CANAL_DE_COMUNICACIÓN', 'canal'],
    ['AREA_O_DEPENDENCIA', 'dependencia'],
    ['OFICINA EXITOSA', 'dependencia'],
    ['ESTADO TRAMITE', 'estado'],
    ['FECHA VENCIMIENTO', 'fecha_vencimiento'],
    ['DIAS', null],
    ['PREFERENCIAL', 'prioridad'],
  ])('recognises the header «%s» seen in real exports', (text, column) => {
    expect(matchHeader(text, NO_MAP)?.column).toBe(column);
  });
});

const KNOWN: Readonly<Record<string, readonly string[]>> = {
  tipo: [...REQUEST_TYPES, OUT_OF_SCOPE],
  canal: CHANNELS,
  resultado: OUTCOMES,
  regimen: REGIMES,
  prioridad: PRIORITY_FLAGS,
  tipo_notificacion: REGISTRY_NOTIFICATION_TYPES,
  tipo_recurso: RECURSO_KINDS,
  resultado_recurso: RECURSO_RESULTS,
};

describe('value vocabulary', () => {
  it.each((VALUE_VOCABULARY as readonly ValueSynonym[]).map((v) => [v.column, v.text, v] as const))(
    '%s: %s',
    (_, __, v) => {
      expect(KNOWN[v.column]).toContain(v.value);
      for (const text of [...variants(v.text), ...(/^\d/.test(v.text) ? [] : [`76.9. ${v.text}`])])
        expect(normalizeEnumValue(v.column, text), text).toBe(v.value);
    },
  );

  it('has no one-letter code: only the entity can say what «S» means', () => {
    for (const v of VALUE_VOCABULARY as readonly ValueSynonym[])
      expect(vocabularyKey(v.text).length, v.text).toBeGreaterThan(1);
    for (const letter of ['P', 'Q', 'R', 'S', 'D', 'F'])
      expect(REQUEST_TYPES as readonly string[]).not.toContain(normalizeEnumValue('tipo', letter));
  });

  it('has one meaning per key within a column', () => {
    const seen = new Map<string, string>();
    for (const v of VALUE_VOCABULARY as readonly ValueSynonym[]) {
      const key = `${v.column}:${vocabularyKey(v.text)}`;
      const other = seen.get(key);
      if (other !== undefined) expect(other, v.text).toBe(v.value);
      seen.set(key, v.value);
    }
  });

  it.each([
    // CPACA art. 13 and 14 inc. 1: petición de interés general o particular.
    ['DERECHO DE PETICION DE INTERES PARTICULAR', 'peticion'],
    ['DERECHO DE PETICION DE INTERES GENERAL', 'peticion'],
    // Ley 1712 de 2014 art. 26 (CPACA art. 14 num. 1).
    ['Solicitudes de Información', 'acceso_informacion'],
    ['SOLICITUD DE INFORMACIÓN PÚBLICA', 'acceso_informacion'],
    ['76.5. Solicitudes de  Información', 'acceso_informacion'],
    // CPACA art. 14 num. 1.
    ['PETICION DE INFORMACION O DOCUMENTOS', 'peticion_documentos'],
    // CPACA art. 30.
    ['PETICION ENTRE ENTIDADES', 'peticion_autoridad'],
    ['PETICION ENTE DE CONTROL', 'peticion_autoridad'],
    // CPACA art. 14 num. 2.
    ['PETICION DE CONSULTAS', 'consulta'],
    // CPACA art. 13 inc. 2.
    ['DENUNCIA POR ACTOS DE CORRUPCION', 'denuncia'],
    ['Denuncia anónima', 'denuncia'],
    ['76.2. Quejas', 'queja'],
    ['Reclamos', 'reclamo'],
    ['COMUNICACIÓN OFICIAL RECIBIDA', OUT_OF_SCOPE],
    ['TUTELA', OUT_OF_SCOPE],
  ])('reads the type «%s» as %s', (text, value) => {
    expect(normalizeEnumValue('tipo', text)).toBe(value);
  });

  it('lets the entity map an empty cell (key "") and a value out of scope', () => {
    const map = { valores: { canal: { '': 'otro' }, tipo: { 'Oficio remisorio': OUT_OF_SCOPE } } };
    expect(normalizeEnumValue('canal', '', map)).toBe('otro');
    expect(normalizeEnumValue('canal', '   ', map)).toBe('otro');
    expect(normalizeEnumValue('canal', '')).toBeUndefined();
    expect(normalizeEnumValue('tipo', 'OFICIO REMISORIO', map)).toBe(OUT_OF_SCOPE);
  });
});
