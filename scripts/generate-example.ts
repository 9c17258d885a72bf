#!/usr/bin/env tsx
// Generates examples/registro-pqrsd.csv: a realistic synthetic PQRSD registry of a public-utility
// company (2025-01 to 2026-11), deterministic (mulberry32, fixed seed), plus examples/columnas.json
// (a sample --mapa) and examples/usuarios-por-seccional.json (--usuarios).
//
// What it contains, on purpose:
// - every request type, the regimes cpaca / servicios_publicos / habeas_data / auto, every channel,
//   five seccionales with their dependencias, priority conditions, satisfaction answers;
// - prórrogas (a few beyond what CPACA art. 14 par. allows), requerimientos (CPACA art. 17, some never
//   answered → desistimiento tácito), traslados (art. 21, some late), express desistimientos;
// - answers on time and late, and requests still open at the cut-off date (some overdue);
// - a `fecha_vencimiento` column as the entity's own systems computed it: Cali's system counts
//   calendar days, Barranquilla's does not know the Easter-based Monday holidays nor Ley 2578 de 2026,
//   and a few isolated mistakes elsewhere (filing day counted, another type's term);
// - a handful of bad rows (impossible dates, unknown type, missing radicado, answer before filing…).
//
// Usage: npx tsx scripts/generate-example.ts           (writes the files)
//        npx tsx scripts/generate-example.ts --stdout  (prints the CSV, for the generated-files check)
//        npx tsx scripts/generate-example.ts --rows 1000000 --out /tmp/big.csv   (for the benchmark)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  addBusinessDays,
  addCalendarDays,
  colombianHolidays,
  createCalendar,
  fromDayNumber,
  type IsoDate,
  isBusinessDay,
  toDayNumber,
} from '../src/calendar/index.js';
import { csvLine } from '../src/cli/csv-write.js';
import { computeDeadline } from '../src/deadlines/index.js';
import type { Channel, Outcome, PriorityFlag, RequestType } from '../src/domain.js';

/** mulberry32: a small, fast, deterministic PRNG (public-domain algorithm by Tommy Ettinger). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SEED = 20261127;
export const COLUMNS = [
  'radicado',
  'tipo',
  'regimen',
  'fecha_radicacion',
  'canal',
  'seccional',
  'dependencia',
  'asunto',
  'prioridad',
  'fecha_prorroga',
  'nueva_fecha_vencimiento',
  'fecha_requerimiento',
  'fecha_respuesta_requerimiento',
  'fecha_traslado',
  'entidad_traslado',
  'fecha_desistimiento',
  'fecha_respuesta',
  'resultado',
  'satisfaccion',
  'fecha_vencimiento',
] as const;

type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

const SECCIONALES = [
  { name: 'Bogotá', weight: 0.32, users: 182_000 },
  { name: 'Medellín', weight: 0.24, users: 131_000 },
  { name: 'Cali', weight: 0.18, users: 97_500 },
  { name: 'Barranquilla', weight: 0.15, users: 76_200 },
  { name: 'Bucaramanga', weight: 0.11, users: 48_900 },
] as const;

const DEPENDENCIAS = [
  'Atención al Usuario',
  'Facturación',
  'Operaciones',
  'Jurídica',
  'Gestión Comercial',
] as const;

const TYPES: readonly [RequestType, number][] = [
  ['reclamo', 0.33],
  ['peticion', 0.24],
  ['queja', 0.14],
  ['peticion_documentos', 0.06],
  ['consulta', 0.05],
  ['recurso', 0.05],
  ['sugerencia', 0.03],
  ['denuncia', 0.02],
  ['acceso_informacion', 0.03],
  ['felicitacion', 0.02],
  ['peticion_autoridad', 0.02],
  ['solicitud_congresista', 0.01],
];

const CHANNELS: readonly [Channel, number][] = [
  ['formulario_web', 0.28],
  ['correo_electronico', 0.24],
  ['presencial', 0.2],
  ['telefonico', 0.14],
  ['escrito', 0.08],
  ['redes_sociales', 0.03],
  ['chat', 0.02],
  ['buzon', 0.01],
];

const SUBJECTS: Partial<Record<RequestType, readonly string[]>> = {
  reclamo: [
    'Cobro excesivo en la factura',
    'Inconformidad con la medición del consumo facturado',
    'Cobro por servicios no prestados',
    'Estrato incorrecto',
    'Cobro de reconexión, sin aviso previo',
  ],
  queja: [
    'Mala atención en la oficina',
    'Demora en la atención telefónica',
    'Interrupción del servicio sin aviso',
  ],
  peticion: [
    'Solicitud de revisión del medidor',
    'Cambio de titular del contrato',
    'Solicitud de acuerdo de pago',
  ],
  peticion_documentos: ['Copia de facturas de 2024', 'Copia del contrato de condiciones uniformes'],
  consulta: ['Consulta sobre subsidios y contribuciones', 'Consulta sobre el cálculo de la tarifa'],
  recurso: [
    'Recurso de reposición contra la decisión del reclamo',
    'Recurso de reposición y en subsidio apelación',
  ],
  sugerencia: ['Ampliar el horario de atención', 'Mejorar el portal de pagos'],
  denuncia: ['Conexión ilegal en el sector', 'Posible fraude en medidores'],
  acceso_informacion: ['Información sobre contratos de obra', 'Plan de inversiones del año'],
  felicitacion: ['Felicitación por la atención recibida'],
  peticion_autoridad: ['Solicitud de información de la Alcaldía', 'Requerimiento de la Personería'],
  solicitud_congresista: ['Informe solicitado por un representante a la Cámara'],
};

const PRIORITIES: readonly PriorityFlag[] = [
  'adulto_mayor',
  'discapacidad',
  'mujer_gestante',
  'victima',
  'nino_nina_adolescente',
];

const FROM = toDayNumber('2025-01-02');
const TO = toDayNumber('2026-11-26');
const CORTE = '2026-11-27';

/** Barranquilla's system: a holiday table without the Easter-based Mondays nor Ley 2578 de 2026. */
const outdatedCalendar = createCalendar({
  holidaySource: (year) =>
    colombianHolidays(year).filter(
      (h) =>
        h.law !== 'Ley 2578 de 2026' &&
        !['Ascensión del Señor', 'Corpus Christi', 'Sagrado Corazón de Jesús'].includes(h.name),
    ),
});

export function generate(rows: number, seed = SEED): string {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly [T, number][]): T => {
    let r = random() * items.reduce((a, [, w]) => a + w, 0);
    for (const [v, w] of items) {
      r -= w;
      if (r <= 0) return v;
    }
    return items[items.length - 1]![0];
  };
  const one = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

  const generated: Row[] = [];
  for (let i = 0; i < rows; i++) {
    // Receipt: more requests in recent months, some on weekends by web and e-mail.
    const span = TO - FROM;
    let day = FROM + Math.floor(Math.sqrt(random()) * span);
    const channel = pick(CHANNELS);
    if (
      !isBusinessDay(fromDayNumber(day)) &&
      channel !== 'formulario_web' &&
      channel !== 'correo_electronico'
    ) {
      day = toDayNumber(addBusinessDays(fromDayNumber(day), 1));
      if (day > TO) day = toDayNumber(addBusinessDays(fromDayNumber(TO), -1));
    }
    const received = fromDayNumber(day);
    const type = pick(TYPES);
    const sec = pick(SECCIONALES.map((s) => [s, s.weight] as [(typeof SECCIONALES)[number], number]));
    const utility = type === 'reclamo' || type === 'queja' || type === 'peticion' || type === 'recurso';
    const regimen =
      utility && chance(0.7)
        ? 'servicios_publicos'
        : (type === 'consulta' || type === 'reclamo') && chance(0.08)
          ? 'habeas_data'
          : chance(0.5)
            ? 'cpaca'
            : '';
    const row: Row = {
      tipo: type,
      regimen,
      fecha_radicacion: received,
      canal: channel,
      seccional: sec.name,
      dependencia:
        type === 'reclamo' || type === 'recurso'
          ? one(['Facturación', 'Atención al Usuario'])
          : one(DEPENDENCIAS),
      asunto: one(SUBJECTS[type] ?? ['Solicitud general']),
    };
    if (chance(0.05)) row.prioridad = one(PRIORITIES);

    const base = { type, receivedAt: received, ...(regimen === '' ? {} : { regime: regimen as 'cpaca' }) };
    const legal = computeDeadline(base);
    const due = legal.dueDate;
    const events: { type: string; date: string; newDueDate?: string }[] = [];
    let entityDue: string | undefined;
    let closed = false;
    const isMonths = legal.rule.term?.unit === 'meses';
    if (due !== null) {
      const dueDay = toDayNumber(due);
      // Prórroga (CPACA only, notified before the due date).
      if (legal.regime === 'cpaca' && !isMonths && chance(0.06)) {
        const notified = addBusinessDays(due, -int(1, 4));
        const extra = chance(0.15) ? int(18, 25) : int(3, 10);
        const newDue = addBusinessDays(due, extra);
        row.fecha_prorroga = notified;
        row.nueva_fecha_vencimiento = newDue;
        events.push({ type: 'prorroga', date: notified, newDueDate: newDue });
        entityDue = newDue;
      }
      // Requerimiento (CPACA art. 17).
      if (!isMonths && chance(0.04)) {
        const req = addBusinessDays(received, int(1, 8));
        row.fecha_requerimiento = req;
        if (chance(0.75)) {
          const answer = addCalendarDays(req, int(3, 25));
          if (answer <= CORTE) row.fecha_respuesta_requerimiento = answer;
        }
        if (row.fecha_respuesta_requerimiento === undefined) closed = true;
      }
      // Traslado por competencia (CPACA art. 21).
      if (!closed && chance(0.03)) {
        const date = addBusinessDays(received, chance(0.8) ? int(1, 5) : int(6, 10));
        if (date <= CORTE) {
          row.fecha_traslado = date;
          row.entidad_traslado = one([
            'Superintendencia de Servicios Públicos',
            'Alcaldía municipal',
            'Gobernación',
          ]);
          row.resultado = 'traslado';
          closed = true;
        }
      }
      if (!closed && chance(0.01)) {
        const date = addBusinessDays(received, int(1, 6));
        if (date <= CORTE) {
          row.fecha_desistimiento = date;
          closed = true;
        }
      }
      // Answer: mostly on time; some late; recent ones often still open.
      if (!closed) {
        const recent = day > toDayNumber('2026-10-20');
        const open = recent ? chance(0.45) : chance(0.015);
        if (!open) {
          const current = events.some((e) => e.type === 'prorroga') ? toDayNumber(entityDue!) : dueDay;
          const delta = chance(0.82) ? -int(0, 8) : int(1, 12);
          let answerDay = toDayNumber(addBusinessDays(fromDayNumber(current), delta));
          if (answerDay <= day) answerDay = toDayNumber(addBusinessDays(received, 1));
          if (
            row.fecha_respuesta_requerimiento !== undefined &&
            answerDay <= toDayNumber(row.fecha_respuesta_requerimiento)
          ) {
            answerDay = toDayNumber(addBusinessDays(row.fecha_respuesta_requerimiento, int(1, 5)));
          }
          const answer = fromDayNumber(answerDay);
          if (answer <= CORTE) {
            row.fecha_respuesta = answer;
            row.resultado =
              type === 'felicitacion'
                ? 'informativa'
                : pick<Outcome>([
                    ['a_favor', 0.32],
                    ['parcialmente_a_favor', 0.14],
                    ['en_contra', 0.42],
                    ['informativa', 0.12],
                  ]);
            if (chance(0.3))
              row.satisfaccion = String(
                pick([
                  [5, 0.38],
                  [4, 0.32],
                  [3, 0.14],
                  [2, 0.09],
                  [1, 0.07],
                ]),
              );
          }
        }
      }
      // The entity's own system.
      if (entityDue === undefined) {
        const term = legal.rule.term;
        if (term !== null && term.unit === 'dias_habiles' && sec.name === 'Cali') {
          entityDue = addCalendarDays(received, term.amount);
        } else if (term !== null && term.unit === 'dias_habiles' && sec.name === 'Barranquilla') {
          entityDue = outdatedCalendar.addBusinessDays(legal.termStart, term.amount);
        } else if (term !== null && term.unit === 'dias_habiles' && chance(0.012)) {
          entityDue = addBusinessDays(legal.termStart, term.amount - 1);
        } else if (type === 'consulta' && chance(0.1)) {
          entityDue = addBusinessDays(legal.termStart, 15);
        } else {
          entityDue = legal.originalDueDate ?? undefined;
        }
      }
    }
    if (entityDue !== undefined) row.fecha_vencimiento = entityDue as IsoDate;
    generated.push(row);
  }
  // Numbered in order of receipt, per year, as a radicación system does.
  generated.sort((a, b) =>
    a.fecha_radicacion! < b.fecha_radicacion! ? -1 : a.fecha_radicacion! > b.fecha_radicacion! ? 1 : 0,
  );
  const counters = new Map<string, number>();
  let out = csvLine(COLUMNS, ',');
  for (const row of generated) {
    const year = row.fecha_radicacion!.slice(0, 4);
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    out += csvLine(
      COLUMNS.map((c) => (c === 'radicado' ? `ER-${year}-${String(n).padStart(6, '0')}` : (row[c] ?? ''))),
      ',',
    );
  }
  if (rows >= 100) {
    // A few bad rows, as real exports have.
    const bad: Row[] = [
      {
        radicado: 'ER-2026-900001',
        tipo: 'peticion',
        fecha_radicacion: '2026-02-30',
        canal: 'presencial',
        seccional: 'Bogotá',
        asunto: 'Fecha imposible',
      },
      {
        radicado: 'ER-2026-900002',
        tipo: 'tutela',
        fecha_radicacion: '2026-03-02',
        canal: 'escrito',
        seccional: 'Medellín',
        asunto: 'Tipo desconocido',
      },
      {
        radicado: '',
        tipo: 'queja',
        fecha_radicacion: '2026-04-06',
        canal: 'telefonico',
        seccional: 'Cali',
        asunto: 'Sin radicado',
      },
      {
        radicado: 'ER-2026-900004',
        tipo: 'reclamo',
        fecha_radicacion: '2026-05-04',
        canal: 'correo_electronico',
        seccional: 'Barranquilla',
        asunto: 'Respuesta anterior a la radicación',
        fecha_respuesta: '2026-04-20',
        resultado: 'en_contra',
      },
      {
        radicado: 'ER-2026-900005',
        tipo: 'peticion',
        fecha_radicacion: '2026-06-01',
        canal: 'fax',
        seccional: 'Bucaramanga',
        asunto: 'Canal desconocido',
      },
      {
        radicado: 'ER-2026-900006',
        tipo: 'reclamo',
        fecha_radicacion: '2026-07-01',
        canal: 'presencial',
        seccional: 'Bogotá',
        asunto: 'Encuesta fuera de escala',
        fecha_respuesta: '2026-07-10',
        resultado: 'a_favor',
        satisfaccion: '7',
      },
      {
        radicado: 'ER-2026-900007',
        tipo: 'peticion',
        fecha_radicacion: '27/13/2026',
        canal: 'escrito',
        seccional: 'Medellín',
        asunto: 'Mes 13',
      },
      {
        radicado: 'ER-2026-900008',
        tipo: 'queja',
        fecha_radicacion: '2026-08-03',
        canal: 'presencial',
        seccional: 'Cali',
        asunto: 'Vencimiento ilegible',
        fecha_vencimiento: 'pronto',
      },
    ];
    for (const row of bad)
      out += csvLine(
        COLUMNS.map((c) => row[c] ?? ''),
        ',',
      );
  }
  return out;
}

export const COLUMN_MAP_EXAMPLE = {
  $comentario:
    'Ejemplo de --mapa: los encabezados de la entidad a la izquierda, las columnas canónicas de pqrsd a la derecha; en «valores», códigos propios de la entidad.',
  columnas: {
    'No. Radicado': 'radicado',
    'Tipo de solicitud': 'tipo',
    'Fecha de recibo': 'fecha_radicacion',
    'Medio de recepción': 'canal',
    Regional: 'seccional',
    'Área responsable': 'dependencia',
    'Fecha límite (sistema)': 'fecha_vencimiento',
    'Fecha de respuesta': 'fecha_respuesta',
    'Sentido de la respuesta': 'resultado',
  },
  valores: {
    tipo: { PQ: 'peticion', RC: 'reclamo', QJ: 'queja', SG: 'sugerencia', DN: 'denuncia', RR: 'recurso' },
    canal: { VEN: 'presencial', WEB: 'formulario_web', MAIL: 'correo_electronico', TEL: 'telefonico' },
    resultado: { ACC: 'a_favor', ACP: 'parcialmente_a_favor', NAC: 'en_contra' },
  },
};

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  const rows = Number(arg('--rows') ?? 3000);
  const csv = generate(rows);
  if (process.argv.includes('--stdout')) {
    process.stdout.write(csv);
  } else {
    const target = arg('--out') ?? fileURLToPath(new URL('../examples/registro-pqrsd.csv', import.meta.url));
    writeFileSync(target, csv);
    if (arg('--out') === undefined) {
      const dir = new URL('../examples/', import.meta.url);
      writeFileSync(new URL('columnas.json', dir), `${JSON.stringify(COLUMN_MAP_EXAMPLE, null, 2)}\n`);
      const users = Object.fromEntries(SECCIONALES.map((s) => [s.name, s.users]));
      writeFileSync(new URL('usuarios-por-seccional.json', dir), `${JSON.stringify(users, null, 2)}\n`);
    }
    console.log(`escrito ${target} (${rows} filas, ${csv.length} caracteres)`);
  }
}
