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
];
const EVENT_FIELDS = FIELDS.slice(4);
const DEFAULTS = { tipo: 'peticion', regimen: 'auto', radicacion: '2026-06-30', corte: '2026-07-15' };

/** Creates an element: h('p', { class: 'x' }, 'text', child). Text is always set as text, never HTML. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
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

function buildRequest(values) {
  const events = [];
  if (values['prorroga-fecha'] || values['prorroga-nueva']) {
    const e = { type: 'prorroga', date: values['prorroga-fecha'] || values['prorroga-nueva'] };
    if (values['prorroga-nueva']) e.newDueDate = values['prorroga-nueva'];
    events.push(e);
  }
  if (values['requerimiento-fecha'])
    events.push({ type: 'requerimiento', date: values['requerimiento-fecha'] });
  if (values['requerimiento-respuesta']) {
    events.push({ type: 'respuesta_requerimiento', date: values['requerimiento-respuesta'] });
  }
  if (values['suspension-desde'] || values['suspension-hasta'] || values['suspension-acto']) {
    events.push({
      type: 'suspension',
      from: values['suspension-desde'],
      to: values['suspension-hasta'] || values['suspension-desde'],
      act: values['suspension-acto'] || 'Acto de suspensión de términos',
    });
  }
  if (values['respuesta-fecha']) events.push({ type: 'respuesta', date: values['respuesta-fecha'] });
  const request = { type: values.tipo, receivedAt: values.radicacion, regime: values.regimen };
  if (events.length > 0) request.events = events;
  return request;
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

function renderResult(lib, request, values) {
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
  if (status && status.alerts.length > 0) {
    detail.push(
      h('h3', {}, 'Alertas'),
      h(
        'ul',
        { id: 'alertas' },
        status.alerts.map((a) => h('li', {}, `${a.severity ?? ''}: ${a.message}`)),
      ),
    );
  }
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

function showError(error) {
  const isLibraryError = error && error.name === 'PqrsdError';
  $('resumen').replaceChildren(
    h(
      'p',
      { class: 'error', role: 'alert', id: 'error' },
      isLibraryError ? `${error.message} (${error.code})` : `Error inesperado: ${error?.message ?? error}`,
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

function compute(lib) {
  const values = readForm();
  if (!values.radicacion) {
    showError({ name: 'PqrsdError', code: 'INVALID_DATE', message: 'Escriba la fecha de radicación.' });
    return;
  }
  syncUrl(values);
  try {
    renderResult(lib, buildRequest(values), values);
  } catch (error) {
    showError(error);
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
  $('limpiar').addEventListener('click', () => {
    for (const id of EVENT_FIELDS) $(id).value = '';
    compute(lib);
  });
  document.body.dataset.ready = 'true';
  compute(lib);
}

main();
