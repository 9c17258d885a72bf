/**
 * «¿Quiso decir …?»: the known name closest to what the user typed (edit distance with transpositions), for
 * misspelt commands and options.
 *
 * @module
 */

/**
 * The edit distance between two strings: insertions, deletions, substitutions and transpositions of
 * two adjacent letters (`jsno` → `json` is one edit), each counting one.
 *
 * @example
 * ```ts
 * editDistance('fromato', 'formato'); //=> 1
 * ```
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const up = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate closest to `typed` when it is near enough to be a typo (at most one edit for short
 * names, two from five letters, three from nine; case and accents ignored), else `undefined`.
 * A candidate that starts with what was typed (an abbreviation of three letters or more) also counts.
 *
 * @example
 * ```ts
 * closestName('vencimento', ['vencimiento', 'festivos']); //=> 'vencimiento'
 * closestName('xyz', ['vencimiento', 'festivos']); //=> undefined
 * ```
 */
export function closestName(typed: string, candidates: readonly string[]): string | undefined {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const t = fold(typed);
  if (t === '') return undefined;
  const limit = t.length >= 9 ? 3 : t.length >= 5 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const c = fold(candidate);
    const d = t.length >= 3 && c.startsWith(t) ? 0.5 : editDistance(t, c);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The « (¿quiso decir «x»?)» suffix for an error line, or an empty string.
 *
 * @example
 * ```ts
 * didYouMean('--fromato', ['--formato', '--salida']); //=> ' (¿quiso decir «--formato»?)'
 * ```
 */
export function didYouMean(typed: string, candidates: readonly string[]): string {
  const name = closestName(typed, candidates);
  return name === undefined ? '' : ` (¿quiso decir «${name}»?)`;
}
