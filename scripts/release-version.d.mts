/** See scripts/release-version.mjs. */
export function spanishChangelog(text: string): string;
