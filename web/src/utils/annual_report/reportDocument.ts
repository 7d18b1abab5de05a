// The annual report page's pure parts: where a figure of the report leads, and a placeholder put
// in a section's words at the caret.

export interface FigureRefLike {
  code: string;
  part: 'all' | 'own' | 'lower' | 'region';
  region_id?: number;
  measure: 'count' | 'fen' | 'rate';
  fiscal_year: number;
}
export interface RateLike { code: string; numerator: string }

// The rows behind a figure (a rate: its numerator's) for its part of the region tree. `region`:
// the report's region when it is not the caller's own.
export function reportRunLink(figure: FigureRefLike | undefined, rates: RateLike[], region?: number): string | undefined {
  if (!figure) return undefined;
  const code = figure.measure === 'rate' ? rates.find((r) => r.code === figure.code)?.numerator : figure.code;
  if (!code) return undefined;
  let to = `/annual-report/rows/${encodeURIComponent(code)}?year=${figure.fiscal_year}&part=${figure.part}`;
  if (figure.part === 'region' && figure.region_id) to += `&part_region=${figure.region_id}`;
  if (region) to += `&region=${region}`;
  return to;
}

// The text with `token` in place of the selection [from, to) (the caret when equal), and the
// caret after it; a selection beyond the text is taken as its end.
export function insertAt(text: string, selection: [number, number] | undefined, token: string): { text: string; caret: number } {
  const end = text.length;
  const from = Math.min(selection?.[0] ?? end, end);
  const to = Math.max(from, Math.min(selection?.[1] ?? end, end));
  return { text: text.slice(0, from) + token + text.slice(to), caret: from + token.length };
}
