// Points as the key evaluation's sheets take them: at most two decimals, within a maximum, added
// in hundredths so that no floating point creeps into a total shown (R-MON-3).

/** Hundredths of a typed number of points, or null when it is not one. */
export function hundredths(text: string): number | null {
  const t = (text ?? '').trim();
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  const [whole, frac = ''] = t.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

export const pointsText = (h: number) => `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`;

/** The sum of the typed points ("—" while one is not a number). */
export function addPoints(texts: string[]): string {
  let sum = 0;
  for (const t of texts) {
    const h = hundredths(t);
    if (h === null) return '—';
    sum += h;
  }
  return pointsText(sum);
}

/**
 * The mean of each part over the sheets as typed, half up to the hundredth (R-MON-3), and their
 * sum (the score), in the order of `codes`; null while a cell is not a number of points.
 */
export function sheetMean(rows: Record<string, string>[], codes: string[]): { parts: string[]; total: string } | null {
  if (!rows.length) return null;
  const parts: number[] = [];
  for (const c of codes) {
    let sum = 0;
    for (const r of rows) {
      const h = hundredths(r[c] ?? '');
      if (h === null) return null;
      sum += h;
    }
    parts.push(Math.floor((sum * 2 + rows.length) / (2 * rows.length)));
  }
  return { parts: parts.map(pointsText), total: pointsText(parts.reduce((a, b) => a + b, 0)) };
}

/** A message when the typed points are not 0 … max (max as the server writes it, "25.00"), else ''. */
export function checkPoints(text: string, max: string): string {
  if (!(text ?? '').trim()) return '请填写得分';
  const h = hundredths(text);
  if (h === null) return '请填写不超过两位小数的分数';
  const m = hundredths(max) ?? 0;
  if (h > m) return `不能超过 ${max} 分`;
  return '';
}
