/**
 * The JSON Schemas (draft 2020-12) of the CLI's JSON outputs, shipped in the package's `schemas/`
 * folder (written by `scripts/generate-output-schemas.ts`, checked by the gate). Each schema follows
 * the public type its output serialises, with the enumerations taken from the library's own
 * constants, so a new request type, state or alert code reaches the schemas by regenerating them.
 * Dates are `AAAA-MM-DD` (a `pattern`, not `format`, so that a validator needs no extension).
 *
 * @module
 */

import {
  LIFECYCLE_STAGES,
  OUTCOMES,
  PRIORITY_FLAGS,
  REGIMES,
  REQUEST_STATES,
  REQUEST_TYPES,
  SEMAFORO_COLORS,
} from '../domain.js';
import { ALERT_CODES } from '../indicators/alerts.js';
import { INDICATOR_IDS, META_OPERATORS, PERIOD_KINDS } from '../indicators/types.js';
import { CONFIDENCE_LEVELS, CONSEQUENCE_TYPES, TERM_UNITS } from '../rules/types.js';
import { DISAGREEMENT_CAUSES } from '../testing/compare.js';
import { JSON_OUTPUTS, type JsonOutputName } from './json-output.js';

type Schema = Record<string, unknown>;

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

const str = (description?: string): Schema => ({ type: 'string', ...(description ? { description } : {}) });
const int = (description?: string): Schema => ({
  type: 'integer',
  minimum: 0,
  ...(description ? { description } : {}),
});
const bool: Schema = { type: 'boolean' };
const date = (description?: string): Schema => ({
  type: 'string',
  pattern: DATE_PATTERN,
  ...(description ? { description } : {}),
});
const enumOf = (values: readonly string[], description?: string): Schema => ({
  type: 'string',
  enum: [...values],
  ...(description ? { description } : {}),
});
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const array = (items: Schema, description?: string): Schema => ({
  type: 'array',
  items,
  ...(description ? { description } : {}),
});
const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });

/** An object with exactly these properties; `optional` lists the ones that may be absent. */
function object(properties: Record<string, Schema>, optional: readonly string[] = [], description?: string) {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
    additionalProperties: false,
  };
}

/** A map from the given keys (all optional unless `complete`) to counts. */
function counts(keys: readonly string[] | null, complete = false, description?: string): Schema {
  if (keys === null) {
    return { type: 'object', additionalProperties: int(), ...(description ? { description } : {}) };
  }
  return {
    type: 'object',
    ...(description ? { description } : {}),
    ...(complete ? { required: [...keys] } : {}),
    properties: Object.fromEntries(keys.map((k) => [k, int()])),
    additionalProperties: false,
  };
}

function document(name: JsonOutputName, title: string, description: string, body: Schema, defs: Schema) {
  const props = body.properties as Record<string, Schema>;
  return {
    $schema: DRAFT,
    title,
    description: `${description} Producido por \`${JSON_OUTPUTS[name].command}\`; ver «Salidas para máquinas» en docs/cli.md.`,
    ...body,
    required: ['version', ...(body.required as string[])],
    properties: {
      version: {
        const: JSON_OUTPUTS[name].version,
        description:
          'Versión del formato de esta salida; cambia cuando el formato cambia de forma incompatible.',
      },
      ...props,
    },
    ...(Object.keys(defs).length > 0 ? { $defs: defs } : {}),
  };
}

const SKIP_REASONS = ['fin_de_semana', 'festivo', 'cierre_entidad', 'suspension'] as const;

const dayExplanation = object(
  {
    date: date('El día.'),
    counted: { ...bool, description: 'Si es hábil y se cuenta en el término.' },
    ordinal: {
      type: 'integer',
      minimum: 1,
      description: 'Posición entre los días contados (solo días contados).',
    },
    reason: enumOf(SKIP_REASONS, 'Por qué no se cuenta (solo días omitidos).'),
    detail: str('Nombre del festivo, día de la semana, motivo del cierre o acto de suspensión.'),
  },
  ['ordinal', 'reason', 'detail'],
  'Un día del intervalo explicado (DayExplanation).',
);

const period = object(
  {
    kind: enumOf([...PERIOD_KINDS, 'range']),
    key: str(),
    from: date('Primer día del período.'),
    to: date('Último día del período (incluido).'),
  },
  [],
  'Período (Period).',
);

const group: Schema = {
  type: 'object',
  additionalProperties: str(),
  description: 'Valores de los campos de agrupación (Group), p. ej. { "seccional": "Cali" }.',
};

const indicatorResult = object(
  {
    id: enumOf(INDICATOR_IDS),
    name: str('Nombre del indicador (español).'),
    formula: str('Fórmula en palabras (español).'),
    numerator: { type: 'number', minimum: 0 },
    denominator: { type: 'number', minimum: 0 },
    value: nullable({
      type: 'number',
      description:
        'numerator / denominator (una fracción 0..1 si unit es ratio); null si el denominador es 0.',
    }),
    meta: object({ operator: enumOf(META_OPERATORS), value: { type: 'number' } }),
    complies: nullable(bool),
    period: ref('period'),
    group: ref('group'),
    unit: enumOf(['ratio', 'seconds', 'business_days']),
    note: str(),
    interval: object({
      lower: { type: 'number' },
      upper: { type: 'number' },
      confidence: { type: 'number' },
    }),
  },
  ['note', 'interval'],
  'Resultado de un indicador (IndicatorResult).',
);

const nullableNumber = nullable({ type: 'number' });

const groupSummary = object(
  {
    period: ref('period'),
    group: ref('group'),
    received: int(),
    byType: counts(REQUEST_TYPES),
    byChannel: counts(null),
    byDependencia: counts(null),
    byState: counts([...REQUEST_STATES, 'respondida_sin_fecha', 'sin_dato_respuesta']),
    bySemaforo: counts(SEMAFORO_COLORS),
    byOutcome: counts(OUTCOMES),
    answered: int(),
    answeredOnTime: int(),
    answeredLate: int(),
    open: int(),
    overdue: int(),
    openPriority: int(),
    inRequirement: int(),
    traslados: int('Trasladadas a la autoridad competente (CPACA art. 21).'),
    desistimientos: object({ tacito: int(), expreso: int() }),
    documentosAceptados: int('Solicitudes de documentos aceptadas por silencio (CPACA art. 14 num. 1).'),
    silencioPositivo: int('Silencio administrativo positivo (Ley 142 de 1994 art. 158).'),
    aFavor: int('Resueltas a favor del usuario.'),
    responseTime: object({
      count: int(),
      mean: nullableNumber,
      median: nullableNumber,
      min: nullableNumber,
      max: nullableNumber,
    }),
    satisfaction: object({ valid: int(), satisfied: int(), invalid: int() }),
    indicators: array(ref('indicatorResult')),
  },
  [],
  'Resumen de un grupo (GroupSummary de pqrsd/indicators).',
);

const earlyAlert = object(
  {
    code: enumOf(ALERT_CODES),
    severity: enumOf(['critica', 'advertencia', 'info']),
    urgency: { type: 'integer', minimum: 1 },
    title: str('Qué (español).'),
    reason: str('Por qué, con la norma (español).'),
    records: array(str(), 'Radicados (o #n por posición), hasta el tope.'),
    count: int('Cuántos registros en total.'),
    indicatorId: enumOf(INDICATOR_IDS),
    period: ref('period'),
    group: ref('group'),
  },
  ['indicatorId', 'period', 'group'],
  'Alerta temprana (EarlyAlert).',
);

const disagreement = object(
  {
    field: { const: 'vencimiento' },
    id: str('Radicado.'),
    type: enumOf(REQUEST_TYPES),
    regime: str(),
    receivedDate: date(),
    entityDueDate: date('Vencimiento que calculó la entidad.'),
    legalDueDate: nullable(date()),
    differenceBusinessDays: nullable({ type: 'integer' }),
    direction: enumOf(['tardia', 'anticipada']),
    cause: enumOf(DISAGREEMENT_CAUSES),
    alternatives: array(enumOf(DISAGREEMENT_CAUSES)),
    causeDetail: str(),
    citation: str(),
    explanation: str(),
    line: { type: 'integer', minimum: 1, description: 'Línea del archivo.' },
    seccional: str(),
  },
  ['id', 'seccional'],
  'Discrepancia con el vencimiento legal (DeadlineDisagreement y su línea).',
);

const mappingHow = ['mapa', 'encabezado', 'sinonimo', 'contenido', 'ignorada'] as const;
const columnMapping = object(
  {
    sampleRows: int('Filas leídas para decidir.'),
    columns: array(
      object(
        {
          header: str('Encabezado del archivo.'),
          column: nullable(str('Columna canónica (null: ignorada).')),
          how: enumOf(mappingHow),
          confidence: { type: 'number', minimum: 0, maximum: 1, description: 'Fracción 0..1.' },
          note: str(),
        },
        ['note'],
      ),
    ),
  },
  [],
  'Cómo se leyeron las columnas (ColumnMapping).',
);

const columnMap = object(
  {
    columnas: {
      type: 'object',
      additionalProperties: nullable(str()),
      description: 'Encabezado del archivo → columna canónica (null: ignorada).',
    },
    valores: {
      type: 'object',
      additionalProperties: { type: 'object', additionalProperties: str() },
      description: 'Por columna canónica: valor de la entidad → valor canónico.',
    },
  },
  ['columnas', 'valores'],
  'Mapa de columnas (ColumnMap, el formato de --mapa).',
);

function festivos(): Schema {
  return document(
    'festivos',
    'pqrsd festivos --json',
    'Festivos nacionales de Colombia en un año (Ley 51 de 1983; Ley 2578 de 2026).',
    object({
      year: { type: 'integer', description: 'El año.' },
      count: int('Número de festivos (dos pueden caer el mismo día).'),
      holidays: array(
        object(
          {
            date: date(),
            name: str('Nombre del festivo.'),
            law: str('Norma que lo establece.'),
            movedFrom: date('Fecha legal desde la que se trasladó al lunes.'),
          },
          ['movedFrom'],
          'Festivo (Holiday).',
        ),
      ),
    }),
    {},
  );
}

function habiles(): Schema {
  return document(
    'habiles',
    'pqrsd habiles --json',
    'Días hábiles entre dos fechas del calendario nacional (Ley 4 de 1913 art. 62: el día inicial no se cuenta).',
    object({
      from: date('Fecha de partida (no se cuenta).'),
      to: date('Fecha de llegada.'),
      businessDays: { type: 'integer', description: 'Días hábiles en (from, to]; negativo hacia atrás.' },
      days: array(ref('dayExplanation'), 'Cada día del intervalo, contado u omitido y por qué.'),
    }),
    { dayExplanation },
  );
}

function vencimiento(): Schema {
  const citation = object(
    { norma: str(), articulo: str(), url: str(), confidence: enumOf(CONFIDENCE_LEVELS) },
    [],
    'Cita (Citation).',
  );
  const deadline = object(
    {
      type: enumOf(REQUEST_TYPES),
      regime: enumOf(REGIMES),
      rule: object(
        {
          id: str(),
          name: str(),
          term: nullable(object({ amount: int(), unit: enumOf(TERM_UNITS) }, [], 'Término (LegalTerm).')),
          citations: array(citation),
        },
        [],
        'Regla aplicada (LegalRule).',
      ),
      receivedDate: date(
        'Día de radicación (el siguiente hábil si se radicó fuera de horario o en día no hábil).',
      ),
      termStart: date('Día desde el que corre el término.'),
      originalDueDate: nullable(date()),
      dueDate: nullable(date()),
      maxDueDate: nullable(date('Vencimiento máximo con prórroga.')),
      warnings: array(object({ code: str(), message: str('Mensaje (español).') })),
      explanation: str('Explicación (español).'),
    },
    [],
    'Vencimiento (campos de DeadlineResult).',
  );
  const status = object(
    {
      asOf: date('Fecha de corte.'),
      state: enumOf(REQUEST_STATES),
      semaforo: nullable(enumOf(SEMAFORO_COLORS)),
      elapsedBusinessDays: { type: 'integer' },
      remainingBusinessDays: nullable({ type: 'integer' }),
      answeredOn: nullable(date()),
      onTime: nullable(bool),
      responseBusinessDays: nullable({ type: 'integer' }),
      consequences: array(
        object(
          { type: enumOf(CONSEQUENCE_TYPES), since: date(), deadline: date(), description: str() },
          ['deadline'],
          'Consecuencia legal (LegalConsequence).',
        ),
      ),
      alerts: array(
        object(
          { code: str(), severity: enumOf(['info', 'advertencia', 'critica']), message: str() },
          [],
          'Alerta (StatusAlert).',
        ),
      ),
      priority: array(enumOf(PRIORITY_FLAGS)),
    },
    [],
    'Estado a la fecha de corte (campos de RequestStatus).',
  );
  return document(
    'vencimiento',
    'pqrsd vencimiento --json',
    'Vencimiento legal de una PQRSD, con la regla y su cita, los días del término y, con --corte, el estado.',
    object({ deadline, days: array(ref('dayExplanation')), status }, ['status']),
    { dayExplanation },
  );
}

function auditar(): Schema {
  const source = object(
    {
      name: str(),
      format: enumOf(['csv', 'json', 'jsonl', 'xlsx']),
      sheet: str(),
      encoding: str(),
      separator: str(),
      bom: bool,
      ignoredColumns: array(str()),
      notices: array(str()),
    },
    ['sheet', 'encoding', 'separator', 'bom'],
  );
  const lineRow = (list: string) =>
    object({ line: { type: 'integer', minimum: 1 }, radicado: str(), [list]: array(str()) }, ['radicado']);
  return document(
    'auditar',
    'pqrsd auditar --formato json',
    'Auditoría de un registro de PQRSD (AuditReport): filas, estados, semáforo, indicadores, alertas y discrepancias con el vencimiento de la entidad.',
    object(
      {
        asOf: date('Fecha de corte.'),
        source,
        mapping: ref('columnMapping'),
        rows: object({
          total: int(),
          valid: int(),
          invalid: int(),
          warned: int(),
          warnings: int(),
          outOfScope: int(),
        }),
        invalidRows: array(lineRow('reasons')),
        warningRows: array(lineRow('warnings')),
        outOfScope: array(
          object({ value: str(), count: int(), lines: array({ type: 'integer', minimum: 1 }) }),
        ),
        states: counts(REQUEST_STATES, true),
        unknownAnswer: counts(['respondida_sin_fecha', 'sin_dato_respuesta'], true),
        semaforo: array(
          object(
            {
              seccional: str(),
              bySemaforo: counts(SEMAFORO_COLORS, true, 'Abiertas sin vencer, por color (rojo: vence hoy).'),
              overdue: int('Abiertas con el término vencido.'),
              open: int('Todas las abiertas.'),
              total: int('Todas las de la seccional.'),
            },
            [],
            'Semáforo de una seccional (SemaforoRow).',
          ),
        ),
        indicators: object({
          period: enumOf([...PERIOD_KINDS, 'total']),
          total: array(ref('groupSummary')),
          bySeccional: array(ref('groupSummary')),
          byMonth: array(ref('groupSummary')),
        }),
        alerts: array(ref('earlyAlert')),
        disagreements: object({
          compared: int(),
          count: int(),
          late: int(),
          byCause: counts(DISAGREEMENT_CAUSES, true),
          bySeccional: { type: 'object', additionalProperties: counts(DISAGREEMENT_CAUSES) },
          items: array(ref('disagreement')),
        }),
        lifecycle: object(
          {
            rows: int('Solicitudes con datos de notificación o de recursos.'),
            byStage: counts(LIFECYCLE_STAGES),
            byNotification: counts(['pendiente', 'citada', 'en_aviso', 'surtida']),
            alerts: array(
              object({
                code: str(),
                severity: enumOf(['critica', 'advertencia', 'info']),
                count: int(),
                records: array(str()),
              }),
            ),
          },
          [],
          'Después de la respuesta (solo si alguna fila trae datos de notificación o de recursos).',
        ),
        overdue: int(),
        failingIndicators: int(),
      },
      ['mapping', 'lifecycle'],
    ),
    { period, group, indicatorResult, groupSummary, earlyAlert, disagreement, columnMapping },
  );
}

function mapa(): Schema {
  return document(
    'mapa',
    'pqrsd mapa --json',
    'Mapa de columnas que usaría la auditoría de un archivo, lo que falta y lo que solo la entidad puede decidir.',
    object({
      mapping: ref('columnMapping'),
      notices: array(str()),
      missing: array(str(), 'Columnas obligatorias que faltan.'),
      ambiguities: array(object({ message: str(), settle: ref('columnMap') })),
      map: ref('columnMap'),
    }),
    { columnMapping, columnMap },
  );
}

function mapaColumnas(): Schema {
  const body = columnMap;
  return document(
    'mapa-columnas',
    'Mapa de columnas de pqrsd',
    'Mapa de columnas (el archivo de --mapa y de --guardar-mapa). pqrsd también lee un mapa sin version ni valores, o plano (encabezado → columna).',
    {
      ...body,
      required: ['columnas', 'valores'],
      properties: { $comentario: str('Texto para quien edita el archivo; no se lee.'), ...body.properties },
    },
    {},
  );
}

/**
 * The JSON Schema of each JSON output of the CLI, by output name (see `JSON_OUTPUTS`).
 *
 * @example
 * ```ts
 * outputSchemas().festivos.$schema; //=> 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function outputSchemas(): Record<JsonOutputName, Schema> {
  return {
    festivos: festivos(),
    habiles: habiles(),
    vencimiento: vencimiento(),
    auditar: auditar(),
    mapa: mapa(),
    'mapa-columnas': mapaColumnas(),
  };
}
