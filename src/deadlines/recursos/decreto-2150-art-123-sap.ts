/**
 * Decreto 2150 de 1995 art. 123 (R-SPD-SAP-72H): "Dentro de las setenta y dos (72) horas siguientes al
 * vencimiento del término de los quince (15) días hábiles, la entidad prestadora […] reconocerá al
 * suscriptor o usuario los efectos del silencio administrativo positivo." The term ends at midnight of
 * its last day (Ley 4 de 1913 arts. 59-60), so the 72 hours end at midnight of the third calendar day
 * after it: the same count the engine uses for the silencio of the request itself.
 *
 * @internal
 * @module
 */

import type { IsoDate } from '../../calendar/index.js';
import { fmt } from '../format-day.js';
import type { LegalConsequence, StatusAlert } from '../types.js';

/** Hours to recognise the silencio positivo. @internal */
export const SAP_RECOGNITION_HOURS = 72;

/** The last day to recognise a silencio positivo whose term ended on `due`. @internal */
export function sapRecognitionDeadline(due: number): number {
  return due + Math.ceil(SAP_RECOGNITION_HOURS / 24);
}

/**
 * A silencio positivo with its recognition (the first `reconocimiento_sap` on or after the day it
 * arose), and its alert: none when recognised within the 72 hours, `SAP_RECONOCIMIENTO_TARDIO` when
 * recognised later, `SAP_RECONOCIMIENTO_PENDIENTE` / `_VENCIDO` while unrecognised. @internal
 */
export function sapRecognition(
  c: LegalConsequence,
  recognized: number | null,
  now: number,
): { consequence: LegalConsequence; alert: StatusAlert | null } {
  const deadline = c.recognitionDeadline as IsoDate;
  if (recognized !== null && fmt(recognized) >= c.since) {
    const on = fmt(recognized);
    return {
      consequence: { ...c, recognizedOn: on },
      alert:
        on <= deadline
          ? null
          : {
              code: 'SAP_RECONOCIMIENTO_TARDIO',
              severity: 'advertencia',
              message: `El silencio administrativo positivo se reconoció el ${on}, después del plazo de 72 horas (${deadline}; Decreto 2150 de 1995 art. 123).`,
            },
    };
  }
  const pending = fmt(now) <= deadline;
  return {
    consequence: c,
    alert: {
      code: pending ? 'SAP_RECONOCIMIENTO_PENDIENTE' : 'SAP_RECONOCIMIENTO_VENCIDO',
      severity: 'critica',
      message: pending
        ? `Operó el silencio administrativo positivo: la empresa debe reconocer sus efectos a más tardar el ${deadline} (72 horas, Decreto 2150 de 1995 art. 123).`
        : `Venció el ${deadline} el plazo de 72 horas para reconocer el silencio positivo: el usuario puede acudir a la Superintendencia de Servicios Públicos Domiciliarios.`,
    },
  };
}
