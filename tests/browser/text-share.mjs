// How much of an expected text another text holds, robust to line breaks and spacing.
export const strip = (s) => s.replace(/\s+/g, '');

// share of the expected text's k-shingles (whitespace removed) found in the analysed text
export function analysedShare(expected, analysed, k = 16) {
  const e = strip(expected);
  const a = strip(analysed);
  if (!e.length) return 1;
  if (e.length <= k) return a.includes(e) ? 1 : 0;
  const have = new Set();
  for (let i = 0; i + k <= a.length; i++) have.add(a.slice(i, i + k));
  let hit = 0;
  for (let i = 0; i + k <= e.length; i++) if (have.has(e.slice(i, i + k))) hit++;
  return hit / (e.length - k + 1);
}
