// The pqrsd playground: a static page that runs the library's ESM build in the browser.
// No server, no external assets: the library is the copy of dist/ placed in ./lib/ by
// scripts/build-site.mjs. Every text the user reads is Spanish.

const TYPE_LABELS = {
  peticion: 'Petición (interés general o particular)',
  queja: 'Queja',
  reclamo: 'Reclamo',
  sugerencia: 'Sugerencia',
  denuncia: 'Denuncia',
  peticion_documentos: 'Petición de documentos o información',
  acceso_informacion: 'Acceso a información pública',
  consulta: 'Consulta',
  peticion_autoridad: 'Petición entre autoridades',
  solicitud_congresista: 'Solicitud de un congresista',
  recurso: 'Recurso',
  felicitacion: 'Felicitación',
};

const REGIME_LABELS = {
  auto: 'Automático (por fecha de radicación)',
  cpaca: 'CPACA (Ley 1755 de 2015)',
  emergencia_2020: 'Emergencia 2020 (Decreto 491 de 2020)',
  servicios_publicos: 'Servicios públicos (Ley 142 de 1994)',
  habeas_data: 'Hábeas data (Ley 1581 de 2012)',
  consumo: 'Consumo (Ley 1480 de 2011)',
};

const STATE_LABELS = {
  en_termino: 'En término',
  por_vencer: 'Por vencer',
  vencida: 'Vencida',
  respondida_a_tiempo: 'Respondida a tiempo',
  respondida_extemporanea: 'Respondida fuera de término',
  en_requerimiento: 'En requerimiento (término suspendido)',
  desistida: 'Desistida',
  trasladada: 'Trasladada',
  sin_termino: 'Sin término legal',
};

/** The stages of the decision (LIFECYCLE_STAGES), as the HTML report of the CLI names them. */
const STAGE_LABELS = {
  decidida: 'Decidida, sin notificar',
  notificada: 'Notificada (término para recurrir abierto)',
  recurso_interpuesto: 'Recurso interpuesto',
  reposicion_decidida: 'Reposición decidida',
  apelacion_enviada: 'Apelación enviada a la Superintendencia',
  apelacion_decidida: 'Apelación decidida, notificación pendiente',
  firme: 'En firme (CPACA art. 87)',
};

const NOTIFICATION_STATE_LABELS = {
  pendiente: 'Pendiente de notificar',
  citada: 'Citada (CPACA art. 68)',
  en_aviso: 'Aviso enviado (CPACA art. 69)',
  surtida: 'Notificación surtida',
};

const VIA_LABELS = {
  personal: 'Personal (CPACA art. 67)',
  aviso: 'Por aviso (CPACA art. 69)',
  electronica: 'Electrónica (CPACA art. 56)',
  conducta_concluyente: 'Conducta concluyente (CPACA art. 72)',
  edicto: 'Edicto (Decreto 01 de 1984 art. 45)',
};

const RECURSO_KIND_LABELS = {
  reposicion: 'Reposición',
  apelacion: 'Apelación',
  reposicion_y_apelacion: 'Reposición y en subsidio apelación',
  queja: 'Queja',
};

const RECURSO_RESULT_LABELS = {
  confirma: 'Confirma la decisión',
  modifica: 'Modifica la decisión',
  revoca: 'Revoca la decisión',
  rechaza: 'Rechaza el recurso',
};

/** Alert codes shown with the notification and with the recurso (every other one goes under «Alertas»). */
const NOTIFICATION_ALERTS = [
  'NOTIFICACION_PENDIENTE',
  'NOTIFICACION_SURTE_HOY',
  'CITACION_VENCIDA',
  'AVISO_PENDIENTE',
];
const RECURSO_ALERTS = [
  'RECURSO_EXTEMPORANEO',
  'RECURSO_SIN_DECISION_PREVIA',
  'APELACION_SIN_REPOSICION',
  'RECURSO_POR_VENCER',
  'RECURSO_VENCIDO',
  'ENVIO_SSPD_PENDIENTE',
  'ENVIO_SSPD_VENCIDO',
  'APELACION_VENCIDA',
];

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const WEEKDAYS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];
const WEEKDAY_ABBR = ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'];
const MAX_MONTHS = 6;

/** The fields of the fieldset «Después de la respuesta»: they count only when there is a respuesta. */
const AFTER_ANSWER_FIELDS = [
  'citacion-fecha',
  'aviso-fecha',
  'notificacion-fecha',
  'notificacion-via',
  'recurso-fecha',
  'recurso-clase',
  'decision-fecha',
  'decision-resultado',
  'decision-notificada',
  'envio-sspd-fecha',
  'apelacion-fecha',
  'apelacion-resultado',
  'apelacion-notificada',
  'renuncia-fecha',
  'sap-fecha',
];

/** The form's field ids, in DOM (and keyboard) order; also the query-string keys. */
const FIELDS = [
  'tipo',
  'regimen',
  'radicacion',
  'corte',
  'prorroga-fecha',
  'prorroga-nueva',
  'requerimiento-fecha',
  'requerimiento-respuesta',
  'suspension-desde',
  'suspension-hasta',
  'suspension-acto',
  'respuesta-fecha',
  ...AFTER_ANSWER_FIELDS,
];
const EVENT_FIELDS = FIELDS.slice(4);
const DEFAULTS = { tipo: 'peticion', regimen: 'auto', radicacion: '2026-06-30', corte: '2026-07-15' };

/**
 * Creates an element: h('p', { class: 'x' }, 'text', child). Text is always set as text, never HTML.
 * Children may be nested lists (flattened); null, undefined, false and '' add nothing.
 */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Number.POSITIVE_INFINITY)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

const $ = (id) => document.getElementById(id);

function parts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function monthKey(iso) {
  return iso.slice(0, 7);
}

function longDate(lib, iso) {
  const { y, m, d } = parts(iso);
  return `${WEEKDAYS[lib.weekday(iso) - 1]} ${d} de ${MONTHS[m - 1]} de ${y}`;
}

function readForm() {
  const values = {};
  for (const id of FIELDS) values[id] = $(id).value.trim();
  return values;
}

function withoutAfterAnswer(values) {
  const out = { ...values };
  for (const id of AFTER_ANSWER_FIELDS) out[id] = '';
  return out;
}

/** The values that count: without a respuesta, the fields after it are left out (and off the link). */
function effectiveValues(values) {
  return values['respuesta-fecha'] ? values : withoutAfterAnswer(values);
}

/**
 * The events after the respuesta (CPACA arts. 67-87; Ley 142 arts. 154-159; Decreto 2150 art. 123). The
 * decision of the apelación is the Superintendencia's (Ley 142 art. 159) or the inmediato superior's
 * (CPACA art. 74 num. 2).
 */
function afterAnswerEvents(values, add) {
  if (values['citacion-fecha']) add({ type: 'citacion', date: values['citacion-fecha'] }, 'citacion-fecha');
  if (values['aviso-fecha']) add({ type: 'aviso', date: values['aviso-fecha'] }, 'aviso-fecha');
  if (values['notificacion-fecha'] || values['notificacion-via']) {
    const e = { type: 'notificacion', date: values['notificacion-fecha'] };
    if (values['notificacion-via']) e.via = values['notificacion-via'];
    add(e, 'notificacion-fecha');
  }
  if (values['recurso-fecha'] || values['recurso-clase']) {
    add({ type: 'recurso', date: values['recurso-fecha'], kind: values['recurso-clase'] }, 'recurso-fecha');
  }
  if (values['decision-fecha'] || values['decision-resultado'] || values['decision-notificada']) {
    const e = { type: 'decision_recurso', date: values['decision-fecha'] };
    if (values['decision-resultado']) e.result = values['decision-resultado'];
    if (values['decision-notificada']) e.notifiedOn = values['decision-notificada'];
    add(e, 'decision-fecha');
  }
  if (values['envio-sspd-fecha'])
    add({ type: 'envio_sspd', date: values['envio-sspd-fecha'] }, 'envio-sspd-fecha');
  if (values['apelacion-fecha'] || values['apelacion-resultado'] || values['apelacion-notificada']) {
    const e = { type: 'decision_apelacion', date: values['apelacion-fecha'] };
    if (values['apelacion-resultado']) e.result = values['apelacion-resultado'];
    if (values['apelacion-notificada']) e.notifiedOn = values['apelacion-notificada'];
    add(e, 'apelacion-fecha');
  }
  if (values['renuncia-fecha']) {
    add({ type: 'renuncia_recursos', date: values['renuncia-fecha'] }, 'renuncia-fecha');
  }
  if (values['sap-fecha']) add({ type: 'reconocimiento_sap', date: values['sap-fecha'] }, 'sap-fecha');
}

/**
 * The request of the form. `sources[i]` is the id of the field that gave `events[i]`, to name it when
 * the library rejects that event.
 */
function buildRequest(values) {
  const events = [];
  const sources = [];
  const add = (event, field) => {
    events.push(event);
    sources.push(field);
  };
  if (values['prorroga-fecha'] || values['prorroga-nueva']) {
    const e = { type: 'prorroga', date: values['prorroga-fecha'] || values['prorroga-nueva'] };
    if (values['prorroga-nueva']) e.newDueDate = values['prorroga-nueva'];
    add(e, values['prorroga-fecha'] ? 'prorroga-fecha' : 'prorroga-nueva');
  }
  if (values['requerimiento-fecha'])
    add({ type: 'requerimiento', date: values['requerimiento-fecha'] }, 'requerimiento-fecha');
  if (values['requerimiento-respuesta']) {
    add(
      { type: 'respuesta_requerimiento', date: values['requerimiento-respuesta'] },
      'requerimiento-respuesta',
    );
  }
  if (values['suspension-desde'] || values['suspension-hasta'] || values['suspension-acto']) {
    add(
      {
        type: 'suspension',
        from: values['suspension-desde'],
        to: values['suspension-hasta'] || values['suspension-desde'],
        act: values['suspension-acto'] || 'Acto de suspensión de términos',
      },
      'suspension-desde',
    );
  }
  if (values['respuesta-fecha'])
    add({ type: 'respuesta', date: values['respuesta-fecha'] }, 'respuesta-fecha');
  afterAnswerEvents(values, add);
  const request = { type: values.tipo, receivedAt: values.radicacion, regime: values.regimen };
  if (events.length > 0) request.events = events;
  return { request, sources };
}

/**
 * The calendar the engine used for this request: the national one plus the suspensions it applied
 * (`result.suspensions`: suspension events and requerimiento windows), or those in the events.
 */
function requestCalendar(lib, result, request) {
  const applied = Array.isArray(result.suspensions) ? result.suspensions : null;
  const source = applied ?? (request.events ?? []).filter((e) => e.type === 'suspension');
  const suspensions = source.map((s) => ({ from: s.from, to: s.to, act: s.act }));
  const national = lib.getNationalCalendar();
  return suspensions.length > 0 ? national.extend({ suspensions }) : national;
}

/**
 * Day-by-day marks of the term: date → { counted, ordinal, reason, detail }. Taken from the engine's trace
 * (entries of kind `dia`); recomputed with `explain` on the request's calendar when the trace has none.
 */
function dayMarks(lib, result, calendar) {
  const marks = new Map();
  for (const t of result.trace ?? []) {
    const day = t?.kind === 'dia' ? t.day : null;
    if (day && typeof day.date === 'string') marks.set(day.date, day);
  }
  if (marks.size > 0) return marks;
  if (result.dueDate && result.termStart && lib.compareDates(result.termStart, result.dueDate) < 0) {
    for (const t of calendar.explain(result.termStart, result.dueDate)) marks.set(t.date, t);
  }
  return marks;
}

const REASON_LABELS = {
  fin_de_semana: 'Fin de semana',
  festivo: 'Festivo',
  cierre_entidad: 'Cierre',
  suspension: 'Suspendido',
};

function describeDay(_lib, iso, ctx) {
  const info = ctx.calendar.dayInfo(iso);
  const mark = ctx.marks.get(iso);
  const classes = [];
  const labels = [];
  let kind = 'habil';
  if (info.holidays.length > 0) {
    kind = 'festivo';
    labels.push(`Festivo: ${info.holidays.map((x) => x.name).join(' y ')}`);
  } else if (info.suspension) {
    kind = 'suspension';
    labels.push(`Suspendido: ${info.suspension}`);
  } else if (info.closure) {
    kind = 'cierre_entidad';
    labels.push(`Cierre: ${info.closure}`);
  } else if (!info.businessDay) {
    kind = 'fin_de_semana';
    labels.push('Fin de semana');
  } else if (mark && !mark.counted && mark.reason) {
    kind = mark.reason;
    labels.push(`${REASON_LABELS[mark.reason] ?? mark.reason}${mark.detail ? `: ${mark.detail}` : ''}`);
  }
  if (mark?.counted) {
    kind = 'contado';
    labels.unshift(`Día ${mark.ordinal ?? ''}`.trim());
  }
  classes.push(`dia-${kind}`);
  if (iso === ctx.receivedDate) {
    classes.push('dia-radicacion');
    labels.unshift('Radicación');
  }
  if (iso === ctx.dueDate) {
    classes.push('dia-vence');
    labels.push('Vence');
  }
  if (iso === ctx.asOf) {
    classes.push('dia-corte');
    labels.push('Corte');
  }
  if (iso === ctx.answeredOn) labels.push('Respuesta');
  return { kind, classes, labels };
}

function renderMonth(lib, year, month, ctx) {
  const first = lib.formatIsoDate(year, month, 1);
  const lead = lib.weekday(first) - 1;
  const days = daysInMonth(year, month);
  const table = h(
    'table',
    { class: 'mes' },
    h('caption', {}, `${MONTHS[month - 1]} de ${year}`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        WEEKDAY_ABBR.map((abbr, i) => h('th', { scope: 'col' }, h('abbr', { title: WEEKDAYS[i] }, abbr))),
      ),
    ),
  );
  const body = h('tbody');
  let row = h('tr');
  for (let i = 0; i < lead; i++) row.append(h('td', { class: 'vacio' }));
  for (let d = 1; d <= days; d++) {
    const iso = lib.formatIsoDate(year, month, d);
    const { kind, classes, labels } = describeDay(lib, iso, ctx);
    row.append(
      h(
        'td',
        { class: classes.join(' '), 'data-date': iso, 'data-kind': kind },
        h('span', { class: 'num' }, d),
        labels.map((l) => h('span', { class: 'marca' }, l)),
      ),
    );
    if ((lead + d) % 7 === 0) {
      body.append(row);
      row = h('tr');
    }
  }
  if (row.childNodes.length > 0) {
    while (row.childNodes.length < 7) row.append(h('td', { class: 'vacio' }));
    body.append(row);
  }
  table.append(body);
  return table;
}

function renderCalendar(lib, ctx) {
  const last = [ctx.dueDate, ctx.asOf, ctx.answeredOn, ctx.receivedDate]
    .filter(Boolean)
    .reduce((a, b) => (lib.compareDates(a, b) >= 0 ? a : b));
  let { y, m } = parts(ctx.receivedDate);
  const end = monthKey(last);
  const months = [];
  for (let i = 0; i < MAX_MONTHS; i++) {
    months.push(renderMonth(lib, y, m, ctx));
    if (`${y}-${String(m).padStart(2, '0')}` >= end) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  const legend = h(
    'ul',
    { class: 'leyenda', 'aria-label': 'Convenciones del calendario' },
    h('li', {}, h('span', { class: 'dia-contado' }, 'Día N'), ' día hábil contado'),
    h('li', {}, h('span', { class: 'dia-fin_de_semana' }, 'Fin de semana'), ' no cuenta'),
    h('li', {}, h('span', { class: 'dia-festivo' }, 'Festivo'), ' con su nombre, no cuenta'),
    h('li', {}, h('span', { class: 'dia-suspension' }, 'Suspendido'), ' términos suspendidos'),
    h('li', {}, h('span', { class: 'dia-vence' }, 'Vence'), ' último día para responder'),
    h('li', {}, h('span', { class: 'dia-radicacion' }, 'Radicación'), ' día de recibo'),
  );
  return h(
    'section',
    { 'aria-labelledby': 'calendario-titulo' },
    h('h3', { id: 'calendario-titulo' }, 'Calendario del término'),
    legend,
    h('div', { class: 'meses' }, months),
  );
}

function citationItems(rule) {
  return (rule?.citations ?? []).map((c) =>
    h(
      'li',
      {},
      c.url
        ? h('a', { href: c.url, rel: 'noopener' }, `${c.norma}, ${c.articulo}`)
        : `${c.norma}, ${c.articulo}`,
    ),
  );
}

function alertList(id, alerts) {
  return h(
    'ul',
    { id },
    alerts.map((a) => h('li', { 'data-code': a.code }, `${a.severity ?? ''}: ${a.message}`)),
  );
}

/** A date as text, or the given words when there is none. */
function dateOrText(iso, none = '—') {
  return iso ? h('time', { datetime: iso }, iso) : none;
}

/** `[dt, dd]` for a row of a <dl>; nothing when `value` is null or undefined. */
function row(label, id, ...value) {
  if (value.length === 0 || value[0] === null || value[0] === undefined) return '';
  return [h('dt', {}, label), h('dd', { id }, ...value)];
}

/** The notification of the answer (RequestStatus.notification). */
function renderNotification(n, alerts) {
  return [
    h('h4', {}, 'Notificación de la respuesta'),
    h(
      'dl',
      { class: 'datos', id: 'notificacion' },
      row('Estado', 'notificacion-estado', NOTIFICATION_STATE_LABELS[n.state] ?? n.state),
      row('Respuesta a notificar', 'notificacion-decision', dateOrText(n.decidedOn)),
      row('Plazo para enviar la citación', 'notificacion-plazo-citacion', dateOrText(n.citationDueDate)),
      n.citedOn && row('Citación enviada', 'notificacion-citacion', dateOrText(n.citedOn)),
      n.appearanceEndDate &&
        row('Último día para comparecer', 'notificacion-comparecer', dateOrText(n.appearanceEndDate)),
      n.avisoOn && row('Aviso', 'notificacion-aviso', dateOrText(n.avisoOn)),
      n.avisoRemovedOn && row('Aviso retirado', 'notificacion-aviso-retiro', dateOrText(n.avisoRemovedOn)),
      row(
        'Notificación surtida',
        'notificacion-surtida',
        dateOrText(n.notifiedOn, 'no registrada'),
        n.via ? ` · ${VIA_LABELS[n.via] ?? n.via}` : '',
      ),
    ),
    alerts.length > 0 ? alertList('alertas-notificacion', alerts) : '',
  ];
}

/** The silencio positivo of the recurso (Ley 142 art. 158; Decreto 2150 art. 123), if it operated. */
function recursoSilence(r, consequences) {
  if (!r.decisionDueDate) return null;
  const q = consequences.find(
    (c) => c.type === 'silencio_administrativo_positivo' && c.since > r.decisionDueDate,
  );
  if (!q) return null;
  return [
    'desde ',
    dateOrText(q.since),
    q.recognitionDeadline ? ['; reconocerlo a más tardar el ', dateOrText(q.recognitionDeadline)] : '',
    q.recognizedOn ? ['; reconocido el ', dateOrText(q.recognizedOn)] : '; sin reconocer',
  ];
}

/** The recurso against the decision (RequestStatus.recurso). */
function renderRecurso(r, consequences, alerts) {
  const window = `${r.windowDays} días hábiles (${r.windowCitation.norma} ${r.windowCitation.articulo})`;
  const onTime =
    r.onTime === null ? null : r.onTime ? 'Sí' : 'No: extemporáneo, debe rechazarse (CPACA art. 78)';
  return [
    h('h4', {}, 'Recurso'),
    h(
      'dl',
      { class: 'datos', id: 'recurso' },
      row('Término para recurrir', 'recurso-termino', window),
      row(
        'Último día para recurrir',
        'recurso-fin',
        dateOrText(r.windowEnd, 'no corre sin notificación registrada'),
      ),
      r.filedOn &&
        row(
          'Recurso interpuesto',
          'recurso-interpuesto',
          dateOrText(r.filedOn),
          r.kind ? ` (${RECURSO_KIND_LABELS[r.kind] ?? r.kind})` : '',
        ),
      row('En término', 'recurso-oportuno', onTime),
      r.decisionDueDate &&
        row('Plazo para decidirlo', 'recurso-plazo-decision', dateOrText(r.decisionDueDate)),
      r.decidedOn &&
        row(
          'Decidido',
          'recurso-decision',
          dateOrText(r.decidedOn),
          r.result ? ` (${RECURSO_RESULT_LABELS[r.result] ?? r.result})` : '',
          r.decisionNotifiedOn ? ['; notificado el ', dateOrText(r.decisionNotifiedOn)] : '',
        ),
      row('Silencio positivo', 'recurso-silencio', recursoSilence(r, consequences)),
      r.forwardingDueDate &&
        row(
          'Plazo para enviar la apelación a la SSPD',
          'recurso-plazo-envio',
          dateOrText(r.forwardingDueDate),
        ),
      r.sentToSspdOn && row('Apelación enviada a la SSPD', 'recurso-envio', dateOrText(r.sentToSspdOn)),
      r.appealDecisionDueDate &&
        row(
          'Plazo para decidir la apelación (CPACA art. 86)',
          'apelacion-plazo-decision',
          dateOrText(r.appealDecisionDueDate),
        ),
      r.appealDecidedOn &&
        row(
          'Apelación decidida',
          'apelacion-decision',
          dateOrText(r.appealDecidedOn),
          r.appealResult ? ` (${RECURSO_RESULT_LABELS[r.appealResult] ?? r.appealResult})` : '',
          r.appealDecisionNotifiedOn ? ['; notificada el ', dateOrText(r.appealDecisionNotifiedOn)] : '',
        ),
      r.firmSince && row('En firme desde', 'recurso-firme', dateOrText(r.firmSince)),
    ),
    alerts.length > 0 ? alertList('alertas-recurso', alerts) : '',
  ];
}

/**
 * The trace lines the events after the respuesta add: those of the full computation that the same
 * request without them does not have (the engine's own words, with their articles).
 */
function afterAnswerTrace(lib, result, baseRequest) {
  if (!baseRequest) return [];
  let base;
  try {
    base = lib.computeDeadline(baseRequest);
  } catch {
    return [];
  }
  const seen = new Set((base.trace ?? []).map((t) => t.message));
  // Day lines are in the calendar and warnings under «Advertencias»: not repeated here.
  return (result.trace ?? []).filter(
    (t) => t.kind !== 'dia' && t.kind !== 'advertencia' && !seen.has(t.message),
  );
}

/** The section «Después de la respuesta»: stage, notification, recurso and their trace lines. */
function renderAfterAnswer(lib, result, status, baseRequest) {
  const out = [h('h3', { id: 'despues-titulo' }, 'Después de la respuesta')];
  if (status?.stage != null) {
    const alerts = status.alerts;
    out.push(
      h(
        'p',
        { id: 'etapa', 'data-stage': status.stage },
        `Etapa de la decisión al ${status.asOf}: `,
        h('strong', {}, STAGE_LABELS[status.stage] ?? status.stage),
      ),
    );
    if (status.notification) {
      out.push(
        renderNotification(
          status.notification,
          alerts.filter((a) => NOTIFICATION_ALERTS.includes(a.code)),
        ),
      );
    }
    if (status.recurso) {
      out.push(
        renderRecurso(
          status.recurso,
          status.consequences,
          alerts.filter((a) => RECURSO_ALERTS.includes(a.code)),
        ),
      );
    }
  } else if (!status) {
    out.push(
      h(
        'p',
        { id: 'etapa-sin-corte' },
        'Escriba la fecha de corte para ver la etapa de la decisión, la notificación y el recurso.',
      ),
    );
  } else {
    out.push(h('p', { id: 'etapa-sin-respuesta' }, `Al ${status.asOf} la respuesta aún no está registrada.`));
  }
  const lines = afterAnswerTrace(lib, result, baseRequest);
  if (lines.length > 0) {
    out.push(
      h('h4', {}, 'Lo que dice la traza'),
      h(
        'ul',
        { id: 'traza-despues', class: 'traza' },
        lines.map((t) => h('li', { 'data-kind': t.kind }, t.message)),
      ),
    );
  }
  return h('section', { id: 'despues-resultado', 'aria-labelledby': 'despues-titulo' }, out);
}

function renderResult(lib, request, values, baseRequest) {
  const result = lib.computeDeadline(request);
  const asOf = values.corte || null;
  const status = asOf ? lib.requestStatus(request, asOf) : null;
  const calendar = requestCalendar(lib, result, request);
  const summary = [];
  if (result.dueDate) {
    summary.push(
      h(
        'p',
        { class: 'vencimiento' },
        'Vence el ',
        h(
          'time',
          { id: 'vencimiento', datetime: result.dueDate, 'data-date': result.dueDate },
          result.dueDate,
        ),
      ),
      h('p', { id: 'vencimiento-largo' }, longDate(lib, result.dueDate)),
    );
  } else {
    summary.push(h('p', { class: 'vencimiento', id: 'vencimiento', 'data-date': '' }, 'Sin término legal'));
  }
  if (status) {
    summary.push(
      h(
        'p',
        { id: 'estado', 'data-state': status.state },
        `Estado al ${asOf}: `,
        h('strong', {}, STATE_LABELS[status.state] ?? status.state),
        status.semaforo
          ? [' · semáforo ', h('span', { class: `semaforo semaforo-${status.semaforo}` }, status.semaforo)]
          : '',
        typeof status.remainingBusinessDays === 'number'
          ? ` · ${status.remainingBusinessDays} días hábiles restantes`
          : '',
      ),
    );
  }
  $('resumen').replaceChildren(...summary);

  const rule = result.rule;
  const data = h(
    'dl',
    { class: 'datos' },
    h('dt', {}, 'Régimen'),
    h('dd', { id: 'regimen-aplicado' }, REGIME_LABELS[result.regime] ?? result.regime),
    h('dt', {}, 'Radicación'),
    h('dd', {}, result.receivedDate),
    h('dt', {}, 'Día 0 del término'),
    h('dd', {}, result.termStart ?? '—'),
    h('dt', {}, 'Vencimiento original'),
    h('dd', {}, result.originalDueDate ?? '—'),
    h('dt', {}, 'Vencimiento'),
    h('dd', {}, result.dueDate ?? '—'),
    result.maxDueDate !== undefined
      ? [h('dt', {}, 'Máximo con prórroga'), h('dd', {}, result.maxDueDate ?? '—')]
      : '',
  );
  const detail = [
    h('h3', {}, 'Regla aplicada'),
    h('p', { id: 'regla' }, h('strong', {}, rule?.name ?? '—'), rule?.id ? ` (${rule.id})` : ''),
    h('ul', { id: 'citas' }, citationItems(rule)),
    data,
  ];
  const warnings = result.warnings ?? [];
  if (warnings.length > 0) {
    detail.push(
      h('h3', {}, 'Advertencias'),
      h(
        'ul',
        { id: 'advertencias' },
        warnings.map((w) => h('li', {}, h('code', {}, w.code), ' ', w.message)),
      ),
    );
  }
  if (status && status.consequences.length > 0) {
    detail.push(
      h('h3', {}, 'Consecuencias'),
      h(
        'ul',
        { id: 'consecuencias' },
        status.consequences.map((c) => h('li', {}, c.description ?? c.type)),
      ),
    );
  }
  // With the section «Después de la respuesta», its alerts are shown there and not repeated here.
  const lifecycle = status?.stage != null;
  const general = (status?.alerts ?? []).filter(
    (a) => !lifecycle || !(NOTIFICATION_ALERTS.includes(a.code) || RECURSO_ALERTS.includes(a.code)),
  );
  if (general.length > 0) {
    detail.push(h('h3', {}, 'Alertas'), alertList('alertas', general));
  }
  if (values['respuesta-fecha']) detail.push(renderAfterAnswer(lib, result, status, baseRequest));
  const ctx = {
    calendar,
    marks: dayMarks(lib, result, calendar),
    receivedDate: result.receivedDate,
    dueDate: result.dueDate,
    asOf,
    answeredOn: status?.answeredOn ?? null,
  };
  detail.push(renderCalendar(lib, ctx));
  detail.push(
    h(
      'details',
      {},
      h('summary', {}, 'Explicación completa'),
      h('pre', { class: 'explicacion', id: 'explicacion' }, result.explanation),
    ),
  );
  $('detalle').replaceChildren(...detail);
}

/** The label of the form field an event came from, for an INVALID_EVENT error (`details.index`). */
function fieldOfEvent(error, sources) {
  const index = error?.details?.index;
  const id = typeof index === 'number' ? sources?.[index] : undefined;
  const label = id ? document.querySelector(`label[for="${id}"]`)?.textContent?.trim() : '';
  return label ? ` Campo del formulario: «${label}».` : '';
}

function showError(error, sources) {
  const isLibraryError = error && error.name === 'PqrsdError';
  $('resumen').replaceChildren(
    h(
      'p',
      { class: 'error', role: 'alert', id: 'error' },
      isLibraryError
        ? `${error.message} (${error.code})${fieldOfEvent(error, sources)}`
        : `Error inesperado: ${error?.message ?? error}`,
    ),
  );
  $('detalle').replaceChildren();
  if (!isLibraryError) console.error(error);
}

function syncUrl(values) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  history.replaceState(null, '', `${location.pathname}?${params}`);
}

/** The fieldset «Después de la respuesta» is enabled only while there is a respuesta date. */
function syncAfterAnswer() {
  $('despues').disabled = $('respuesta-fecha').value.trim() === '';
}

function compute(lib) {
  syncAfterAnswer();
  const values = effectiveValues(readForm());
  if (!values.radicacion) {
    showError({ name: 'PqrsdError', code: 'INVALID_DATE', message: 'Escriba la fecha de radicación.' });
    return;
  }
  syncUrl(values);
  const { request, sources } = buildRequest(values);
  // The same request without the events after the respuesta: the trace lines those events add.
  const hasAfter = AFTER_ANSWER_FIELDS.some((id) => values[id]);
  const base = hasAfter ? buildRequest(withoutAfterAnswer(values)).request : null;
  try {
    renderResult(lib, request, values, base);
  } catch (error) {
    showError(error, sources);
  }
}

function fillSelect(select, values, labels) {
  select.replaceChildren(...values.map((v) => h('option', { value: v }, labels[v] ?? v)));
}

async function main() {
  let lib;
  try {
    lib = await import('./lib/index.js');
  } catch (error) {
    $('resumen').replaceChildren(
      h('p', { class: 'error', role: 'alert' }, `No se pudo cargar la librería: ${error.message}`),
    );
    return;
  }
  const missing = [
    'computeDeadline',
    'requestStatus',
    'getNationalCalendar',
    'weekday',
    'formatIsoDate',
  ].filter((name) => typeof lib[name] !== 'function');
  if (missing.length > 0) {
    $('resumen').replaceChildren(
      h(
        'p',
        { class: 'error', role: 'alert' },
        `Esta compilación de pqrsd no exporta: ${missing.join(', ')}.`,
      ),
    );
    return;
  }
  fillSelect($('tipo'), lib.REQUEST_TYPES, TYPE_LABELS);
  fillSelect($('regimen'), ['auto', ...lib.REGIMES], REGIME_LABELS);
  fillSelect($('notificacion-via'), ['', ...(lib.NOTIFICATION_VIAS ?? [])], {
    '': 'Sin indicar',
    ...VIA_LABELS,
  });
  fillSelect($('recurso-clase'), ['', ...(lib.RECURSO_KINDS ?? [])], {
    '': 'Elija la clase',
    ...RECURSO_KIND_LABELS,
  });
  for (const id of ['decision-resultado', 'apelacion-resultado']) {
    fillSelect($(id), ['', ...(lib.RECURSO_RESULTS ?? [])], { '': 'Sin indicar', ...RECURSO_RESULT_LABELS });
  }
  const params = new URLSearchParams(location.search);
  for (const id of FIELDS) {
    const value = params.get(id) ?? (params.size > 0 ? '' : DEFAULTS[id]);
    if (value !== undefined && value !== null) $(id).value = value;
  }
  const form = $('formulario');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    compute(lib);
  });
  form.addEventListener('change', () => compute(lib));
  $('respuesta-fecha').addEventListener('input', syncAfterAnswer);
  $('limpiar').addEventListener('click', () => {
    for (const id of EVENT_FIELDS) $(id).value = '';
    compute(lib);
  });
  document.body.dataset.ready = 'true';
  compute(lib);
}

main();
