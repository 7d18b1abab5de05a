// The annual report's figures as its pages show them: how a region's own level is named, the
// change of a figure from the previous year, and a funnel step's bar.
import { fenToWan } from '../money';

/** 州级, 市级, 地区本级, 省级, 县级: a region's own level as the reports name it (src/annual_report). */
export function ownLevelLabel(name: string, level: string): string {
  if (level === 'province') return '省级';
  if (level === 'county') return '县级';
  if (name.endsWith('地区')) return '地区本级';
  return name.endsWith('州') ? '州级' : '市级';
}

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
