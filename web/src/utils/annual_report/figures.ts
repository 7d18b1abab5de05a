// The annual report's figures as its pages show them: the change of a figure from the previous
// year, and a funnel step's bar.
import { fenToWan } from '../money';

interface Counted { count: number; fen?: number }

/** "+625 个，+176,937.73 万元": a figure's change from the previous year; "—" with nothing to compare. */
export function changeText(unit: string, money: boolean, now: Counted, before: Counted | undefined): string {
  if (!before) return '—';
  const dc = now.count - before.count;
  let text = (dc > 0 ? '+' : '') + dc.toLocaleString('zh-CN') + ' ' + unit;
  if (money && now.fen !== undefined && before.fen !== undefined) {
    const df = now.fen - before.fen;
    text += `，${df > 0 ? '+' : ''}${fenToWan(df, { grouping: true })} 万元`;
  }
  return text;
}

/** A step's bar: its count against the widest (the cohort's projects), whole percent, 0–100. */
export function barPercent(n: number, widest: number): number {
  if (widest <= 0 || n <= 0) return 0;
  return Math.min(100, Math.round((n * 100) / widest));
}
