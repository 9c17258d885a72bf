/**
 * Day numbers → ISO dates for the engine's outputs, through a small cache.
 *
 * @internal
 * @module
 */

import { fromDayNumber, type IsoDate } from '../calendar/index.js';

// A direct-mapped cache of formatted dates: the fast path formats two or three dates per call and
// batches revisit the same few thousand days.
const FMT_KEYS = new Int32Array(4096).fill(-1);
const FMT_VALUES: IsoDate[] = new Array<IsoDate>(4096);

/** `fromDayNumber`, cached. @internal */
export function fmt(dn: number): IsoDate {
  const i = dn & 4095;
  if (FMT_KEYS[i] === dn) return FMT_VALUES[i] as IsoDate;
  const iso = fromDayNumber(dn);
  FMT_KEYS[i] = dn;
  FMT_VALUES[i] = iso;
  return iso;
}
