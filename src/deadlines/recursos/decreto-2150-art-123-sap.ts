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

/** Hours to recognise the silencio positivo. @internal */
export const SAP_RECOGNITION_HOURS = 72;

/** The last day to recognise a silencio positivo whose term ended on `due`. @internal */
export function sapRecognitionDeadline(due: number): number {
  return due + Math.ceil(SAP_RECOGNITION_HOURS / 24);
}
