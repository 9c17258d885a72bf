/**
 * Helpers of Ley 142 de 1994 art. 154 that need the calendar.
 *
 * @module
 */

import { type BusinessCalendar, getNationalCalendar, type IsoDate, toDayNumber } from '../calendar/index.js';
import { PqrsdError } from '../errors.js';
import { SPD_BILL_CLAIM_LIMIT, SPD_RECURSO_TERM } from '../rules/ley-142-1994.js';

/**
 * Ley 142 de 1994 art. 154 (R-SPD-RECURSO): the last day to file a recurso de reposición against a
 * public-utility company's decision: 5 días hábiles following the day the user learned of it
 * (`notifiedOn`). Whether CPACA art. 76 (10 días) displaces it is NOT CONFIRMED: this helper keeps the
 * special law's term, the default of policy `spdRecursoTerm`, which {@link requestStatus} applies to
 * `recurso` events (`status.recurso.windowEnd`).
 *
 * @example
 * ```ts
 * import { recursoFilingDeadline } from 'pqrsd';
 * recursoFilingDeadline('2026-12-04'); //=> '2026-12-14' (8 de diciembre festivo)
 * ```
 */
export function recursoFilingDeadline(
  notifiedOn: IsoDate | string,
  options?: { calendar?: BusinessCalendar },
): IsoDate {
  const cal = options?.calendar ?? getNationalCalendar();
  return cal.addBusinessDays(notifiedOn, SPD_RECURSO_TERM.amount);
}

/**
 * Ley 142 de 1994 art. 154 inc. 2 (R-SPD-FACTURA-5M): "En ningún caso, proceden reclamaciones contra
 * facturas que tuviesen más de cinco (5) meses de haber sido expedidas". Whether a claim received on
 * `claimReceivedOn` against a bill issued on `billIssuedOn` is admissible: on or before the day five
 * calendar months after issue (clamped to the month's end and, by Ley 4 de 1913 art. 62, extended to
 * the next business day). A claim dated before the bill raises `INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * import { isBillClaimAdmissible } from 'pqrsd';
 * isBillClaimAdmissible('2026-03-10', '2026-08-10'); //=> true
 * isBillClaimAdmissible('2026-03-10', '2026-08-11'); //=> false
 * ```
 */
export function isBillClaimAdmissible(
  billIssuedOn: IsoDate | string,
  claimReceivedOn: IsoDate | string,
  options?: { calendar?: BusinessCalendar },
): boolean {
  const cal = options?.calendar ?? getNationalCalendar();
  const bill = toDayNumber(billIssuedOn);
  const claim = toDayNumber(claimReceivedOn);
  if (claim < bill) {
    throw new PqrsdError(
      'INVALID_ARGUMENT',
      `La reclamación («${claimReceivedOn}») no puede ser anterior a la factura («${billIssuedOn}»).`,
      { billIssuedOn, claimReceivedOn },
    );
  }
  return claim <= toDayNumber(cal.addCalendarMonths(billIssuedOn, SPD_BILL_CLAIM_LIMIT.amount));
}
