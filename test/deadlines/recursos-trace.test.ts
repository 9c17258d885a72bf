/**
 * The trace of the recursos: the window end and whether the recurso came in time (CPACA arts. 74, 76
 * and 78; Ley 142 de 1994 art. 154 under policy `spdRecursoTerm`), consistent with the status; no line
 * without a recurso.
 */
import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '../../src/deadlines/index.js';
import { computeDeadline, requestStatus } from '../../src/deadlines/index.js';
import type { LifecycleEvent } from '../../src/domain.js';

const answered: LifecycleEvent[] = [
  { type: 'respuesta', date: '2026-11-20' },
  { type: 'notificacion', date: '2026-11-27' },
];

function input(regime: 'servicios_publicos' | 'cpaca', events: LifecycleEvent[]) {
  return { type: 'reclamo' as const, receivedAt: '2026-11-02', regime, events: [...answered, ...events] };
}

const windowLines = (lines: readonly TraceEntry[]) =>
  lines.filter((t) => t.message.startsWith('Término para recurrir'));

describe('recurso trace lines', () => {
  it('Ley 142 art. 154: a recurso on the 5th business day is on time, cited', () => {
    const d = computeDeadline(
      input('servicios_publicos', [{ type: 'recurso', date: '2026-12-04', kind: 'reposicion' }]),
    );
    const [line] = windowLines(d.trace);
    expect(line?.message).toBe(
      'Término para recurrir: 5 días hábiles desde la notificación del 2026-11-27, hasta el 2026-12-04 (Ley 142 de 1994 art. 154); el recurso del 2026-12-04 es oportuno.',
    );
    expect(line?.citation?.articulo).toBe('art. 154');
    expect(d.explanation).toContain('Política spdRecursoTerm = ley_142');
    expect(d.explanation).toContain('hasta el 2026-12-04 (Ley 142 de 1994 art. 154)');
  });

  it('CPACA art. 78: a late recurso is said to be rejected, and agrees with the status', () => {
    const i = input('servicios_publicos', [{ type: 'recurso', date: '2026-12-07', kind: 'reposicion' }]);
    const [line] = windowLines(computeDeadline(i).trace);
    expect(line?.message).toContain('es extemporáneo y debe rechazarse (Ley 1437 de 2011 (CPACA) art. 78)');
    expect(line?.citation?.articulo).toBe('art. 78');
    const s = requestStatus(i, '2026-12-10');
    expect(s.recurso?.onTime).toBe(false);
    expect(line?.date).toBe(s.recurso?.windowEnd);
  });

  it('policy spdRecursoTerm = cpaca and the general regime use CPACA art. 76 (10 días)', () => {
    const ev: LifecycleEvent[] = [{ type: 'recurso', date: '2026-12-11', kind: 'reposicion_y_apelacion' }];
    const spd = computeDeadline(input('servicios_publicos', ev), { policies: { spdRecursoTerm: 'cpaca' } });
    const gen = computeDeadline(input('cpaca', ev));
    for (const d of [spd, gen]) {
      expect(windowLines(d.trace)[0]?.message).toContain(
        'hasta el 2026-12-14 (Ley 1437 de 2011 (CPACA) art. 76); el recurso del 2026-12-11 es oportuno.',
      );
    }
    expect(spd.explanation).toContain('Política spdRecursoTerm = cpaca');
    expect(gen.explanation).not.toContain('spdRecursoTerm');
  });

  it('CPACA art. 74: the queja has its own 5-day window', () => {
    const d = computeDeadline(input('cpaca', [{ type: 'recurso', date: '2026-12-10', kind: 'queja' }]));
    const lines = windowLines(d.trace);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.message).toContain(
      '5 días hábiles desde la notificación del 2026-11-27, hasta el 2026-12-04',
    );
    expect(lines[0]?.message).toContain('extemporáneo');
  });

  it('CPACA art. 72: without a notification, the recurso notifies the decision and the window runs from it', () => {
    const d = computeDeadline({
      type: 'reclamo',
      receivedAt: '2026-11-02',
      regime: 'cpaca',
      events: [
        { type: 'respuesta', date: '2026-11-20' },
        { type: 'recurso', date: '2026-12-30', kind: 'reposicion' },
      ],
    });
    const line = windowLines(d.trace)[0];
    // 10 business days from Wednesday 2026-12-30: 31 Dec; 4, 5, 6, 7, 8 Jan; Reyes moved to Monday
    // 11 Jan (Ley 51 de 1983); 12, 13, 14, 15 Jan.
    expect(line?.message).toContain('10 días hábiles desde el 2026-12-30, hasta el 2027-01-15');
    expect(line?.message).toContain(
      'el recurso de ese día notifica la decisión por conducta concluyente (Ley 1437 de 2011 (CPACA) art. 72) y es oportuno',
    );
    expect(line?.date).toBe('2027-01-15');
  });

  it('adds nothing without a recurso, nor to an unanswered request', () => {
    const plain = computeDeadline(input('servicios_publicos', []));
    expect(windowLines(plain.trace)).toHaveLength(0);
    expect(plain.explanation).not.toContain('spdRecursoTerm');
    const open = computeDeadline({
      type: 'reclamo',
      receivedAt: '2026-11-02',
      regime: 'servicios_publicos',
      events: [{ type: 'recurso', date: '2026-12-04', kind: 'reposicion' }],
    });
    expect(windowLines(open.trace)).toHaveLength(0);
  });
});
