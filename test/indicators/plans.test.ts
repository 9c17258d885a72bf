import { describe, expect, it } from 'vitest';
import { isPqrsdError } from '../../src/errors.js';
import {
  buildIndicatorResult,
  createImprovementAction,
  failingWithoutAction,
  type ImprovementAction,
  parsePeriodKey,
  reviewImprovementPlan,
  type WorkPlanActivity,
  workPlanCompliance,
} from '../../src/indicators/index.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isPqrsdError(e) ? e.code : 'OTHER';
  }
  return undefined;
}

const plan: WorkPlanActivity[] = [
  { id: 'A1', name: 'Capacitar al personal', plannedDate: '2026-03-31', executedOn: '2026-03-20' },
  { id: 'A2', name: 'Encuesta de satisfacción', plannedDate: '2026-06-30', executedOn: '2026-07-10' },
  { id: 'A3', name: 'Actualizar política de datos', plannedDate: '2026-09-30' },
  { id: 'A4', name: 'Socializar el instructivo', plannedDate: '2026-11-27' },
  { id: 'A5', name: 'Informe anual', plannedDate: '2026-12-15', executedOn: '2026-11-20' },
  { id: 'A6', name: 'Plan 2025', plannedDate: '2025-12-15' },
];

describe('workPlanCompliance (seed: cumplimiento del plan de trabajo ≥ 80 %)', () => {
  it('counts 2 executed of 3 due before the cut-off date: 66.7 %, failing', () => {
    const r = workPlanCompliance(plan, { asOf: '2026-11-27' });
    expect(r.indicator).toMatchObject({ numerator: 2, denominator: 3, complies: false });
    expect(r.indicator.value).toBeCloseTo(2 / 3, 12);
    expect(r.indicator.period.key).toBe('2026');
    expect(r.activities.map((a) => [a.activity.id, a.status, a.counted])).toEqual([
      ['A1', 'ejecutada', true],
      ['A2', 'ejecutada_tarde', true],
      ['A3', 'atrasada', true],
      ['A4', 'programada', false],
      ['A5', 'adelantada', false],
    ]);
    expect(r.overdue.map((a) => a.id)).toEqual(['A3']);
  });

  it('counts an activity due on the cut-off date only once executed (not late until the day ends)', () => {
    const due = [{ id: 'H', name: 'hoy', plannedDate: '2026-11-27' }] as const;
    expect(workPlanCompliance(due, { asOf: '2026-11-27' }).indicator.denominator).toBe(0);
    const done = [{ ...due[0], executedOn: '2026-11-27' }];
    expect(workPlanCompliance(done, { asOf: '2026-11-27' }).indicator).toMatchObject({
      numerator: 1,
      denominator: 1,
      complies: true,
    });
    const next = workPlanCompliance(due, { asOf: '2026-11-28' });
    expect(next.indicator).toMatchObject({ numerator: 0, denominator: 1 });
    expect(next.overdue.map((a) => a.id)).toEqual(['H']);
  });

  it('counts every activity of the period with scope periodo_completo: 3 of 5', () => {
    const r = workPlanCompliance(plan, { asOf: '2026-11-27', scope: 'periodo_completo' });
    expect(r.indicator).toMatchObject({ numerator: 3, denominator: 5, value: 0.6 });
  });

  it('ignores an execution dated after the cut-off date', () => {
    const r = workPlanCompliance(plan, { asOf: '2026-07-05', period: parsePeriodKey('2026-S1') });
    expect(r.indicator).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('weights activities: 3 of 4 weight units executed = 75 %', () => {
    const r = workPlanCompliance(
      [
        { id: 'X', name: 'x', plannedDate: '2026-01-10', executedOn: '2026-01-10', weight: 3 },
        { id: 'Y', name: 'y', plannedDate: '2026-01-10' },
      ],
      { asOf: '2026-02-01' },
    );
    expect(r.indicator.value).toBe(0.75);
  });

  it('gives null with a note when nothing was planned yet (zero denominator)', () => {
    const r = workPlanCompliance([], { asOf: '2026-01-02' });
    expect(r.indicator.value).toBeNull();
    expect(r.indicator.note).toMatch(/No hay actividades/);
  });

  it('rejects bad dates, empty ids, non-positive weights and unknown scopes', () => {
    expect(
      code(() =>
        workPlanCompliance([{ id: 'X', name: 'x', plannedDate: '2026-02-30' }], { asOf: '2026-03-01' }),
      ),
    ).toBe('INVALID_DATE');
    expect(
      code(() =>
        workPlanCompliance([{ id: '', name: 'x', plannedDate: '2026-02-03' }], { asOf: '2026-03-01' }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      code(() =>
        workPlanCompliance([{ id: 'X', name: 'x', plannedDate: '2026-02-03', weight: 0 }], {
          asOf: '2026-03-01',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(code(() => workPlanCompliance([], { asOf: '2026-03-01', scope: 'todo' as never }))).toBe(
      'INVALID_POLICY',
    );
  });
});

describe('improvement plan (plan de mejoramiento)', () => {
  const failed = buildIndicatorResult({
    id: 'oportunidad',
    numerator: 8,
    denominator: 10,
    period: parsePeriodKey('2026-10'),
    group: { seccional: 'Norte' },
  });
  const passed = buildIndicatorResult({
    id: 'oportunidad',
    numerator: 10,
    denominator: 10,
    period: parsePeriodKey('2026-10'),
  });

  it('ties an action to the indicator, period and group that failed', () => {
    const a = createImprovementAction(failed, {
      id: 'PM-1',
      description: 'Seguimiento diario de vencimientos',
      owner: 'Jefe de PQRSD',
      dueDate: '2026-12-31',
    });
    expect(a).toEqual({
      id: 'PM-1',
      description: 'Seguimiento diario de vencimientos',
      indicatorId: 'oportunidad',
      periodKey: '2026-10',
      group: { seccional: 'Norte' },
      owner: 'Jefe de PQRSD',
      dueDate: '2026-12-31',
      status: 'pendiente',
    });
  });

  it('refuses an action for an indicator that complied or has no value, or without owner', () => {
    const fields = { id: 'PM-1', description: 'd', owner: 'o', dueDate: '2026-12-31' };
    expect(code(() => createImprovementAction(passed, fields))).toBe('INVALID_ARGUMENT');
    const none = buildIndicatorResult({
      id: 'oportunidad',
      numerator: 0,
      denominator: 0,
      period: parsePeriodKey('2026-10'),
    });
    expect(code(() => createImprovementAction(none, fields))).toBe('INVALID_ARGUMENT');
    expect(code(() => createImprovementAction(failed, { ...fields, owner: ' ' }))).toBe('INVALID_ARGUMENT');
    expect(code(() => createImprovementAction(failed, { ...fields, dueDate: 'mañana' }))).toBe(
      'INVALID_DATE',
    );
  });

  const actions: ImprovementAction[] = [
    {
      id: 'PM-1',
      description: 'a',
      indicatorId: 'oportunidad',
      owner: 'Ana',
      dueDate: '2026-11-20',
      status: 'en_curso',
    },
    {
      id: 'PM-2',
      description: 'b',
      indicatorId: 'oportunidad',
      owner: 'Luis',
      dueDate: '2026-11-20',
      status: 'cumplida',
      completedOn: '2026-11-18',
    },
    {
      id: 'PM-3',
      description: 'c',
      indicatorId: 'satisfaccion_cliente',
      owner: 'Eva',
      dueDate: '2026-11-10',
      status: 'cumplida',
      completedOn: '2026-11-15',
    },
    {
      id: 'PM-4',
      description: 'd',
      indicatorId: 'oportunidad',
      owner: 'Ana',
      dueDate: '2026-11-27',
      status: 'pendiente',
    },
    {
      id: 'PM-5',
      description: 'e',
      indicatorId: 'oportunidad',
      owner: 'Ana',
      dueDate: '2026-11-01',
      status: 'cancelada',
    },
  ];

  it('finds overdue actions (the due date itself is still in time, Ley 4 de 1913 art. 59) and days overdue', () => {
    const r = reviewImprovementPlan(actions, { asOf: '2026-11-27' });
    expect(r.overdue.map((x) => [x.action.id, x.daysOverdue])).toEqual([['PM-1', 7]]);
    // Due before the cut-off, not cancelled: PM-1, PM-2, PM-3; on time: PM-2 only.
    expect(r.indicator).toMatchObject({
      id: 'cumplimiento_plan_mejoramiento',
      numerator: 1,
      denominator: 3,
      complies: false,
    });
    expect(r.actions.find((x) => x.action.id === 'PM-3')?.completedOnTime).toBe(false);
  });

  it('gives null compliance when no action was due yet', () => {
    expect(reviewImprovementPlan([], { asOf: '2026-11-27' }).indicator.value).toBeNull();
  });

  it('rejects unknown states or indicators and cumplida without completion date', () => {
    const a = actions[0] as ImprovementAction;
    expect(
      code(() => reviewImprovementPlan([{ ...a, status: 'hecha' as never }], { asOf: '2026-11-27' })),
    ).toBe('INVALID_ARGUMENT');
    expect(
      code(() => reviewImprovementPlan([{ ...a, indicatorId: 'x' as never }], { asOf: '2026-11-27' })),
    ).toBe('INVALID_ARGUMENT');
    expect(code(() => reviewImprovementPlan([{ ...a, status: 'cumplida' }], { asOf: '2026-11-27' }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('lists failed results without an action for the same indicator, period and group', () => {
    const other = { ...failed, group: { seccional: 'Sur' } };
    const tied: ImprovementAction = {
      id: 'PM',
      description: 'x',
      indicatorId: 'oportunidad',
      periodKey: '2026-10',
      group: { seccional: 'Norte' },
      owner: 'o',
      dueDate: '2026-12-01',
      status: 'pendiente',
    };
    expect(failingWithoutAction([failed, other, passed], [tied])).toEqual([other]);
    expect(failingWithoutAction([failed], [{ ...tied, status: 'cancelada' }])).toEqual([failed]);
    expect(failingWithoutAction([failed], [{ ...tied, periodKey: undefined }])).toEqual([]);
  });
});
