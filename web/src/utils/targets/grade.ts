// Review scores and grades, exactly: every score is an integer number of hundredths of a point
// (R-MON-3), so that 89.995 never turns into 90 by floating point and a band's lower bound is
// inclusive (R-GR-1 [practice; 财预〔2020〕10号 as applied]). The bands, the sheet and the pass mark
// are a region's rule parameters and come from the API (a target's view carries them); their
// national defaults live in data/rules/ only. tests/cases/grades.json holds the cases both this
// file and src/targets/review_rules.cpp are checked with.
import type { Grade } from '../../api/targetTypes';

export interface GradeBands { excellent: number; good: number; fair: number }  // hundredths

export const GRADE_LABELS: Record<Exclude<Grade, ''>, string> = { excellent: '优', good: '良', fair: '中', poor: '差' };

/**
 * A score as typed or as the API writes it ("18", "18.5", "18.50", 18.5) → hundredths; null when
 * it is not a number with at most two decimals, or it is negative.
 */
export function toHundredths(v: string | number | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  const s = (typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v).trim();
  const m = /^\+?(\d+)(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Hundredths → "85.50". */
export function formatHundredths(h: number): string {
  const neg = h < 0;
  const a = Math.abs(Math.trunc(h));
  return (neg ? '-' : '') + Math.floor(a / 100) + '.' + String(a % 100).padStart(2, '0');
}

/** The grade of a total in hundredths (R-GR-1); lower bounds are inclusive. */
export function gradeOf(total: number, bands: GradeBands): Exclude<Grade, ''> {
  if (total >= bands.excellent) return 'excellent';
  if (total >= bands.good) return 'good';
  if (total >= bands.fair) return 'fair';
  return 'poor';
}

export interface SheetLine { key: string; label: string; max: string | number }

export interface SheetResult {
  /** The sum of the parts, in hundredths; null while an item is empty or wrong. */
  total: number | null;
  /** Problems by item key ("请填写得分", "不能超过 20.00 分"). */
  errors: Record<string, string>;
  grade: Exclude<Grade, ''> | null;
  /** total ≥ pass mark; null while the total is unknown. */
  passed: boolean | null;
}

/**
 * Scores of a review sheet (R-TR-2): each item between 0 and its maximum with at most two
 * decimals; the total is the sum, graded by R-GR-1 and compared with the pass mark.
 */
export function scoreSheet(items: SheetLine[], scores: Record<string, string | number | null | undefined>,
  passMark: string | number, bands: GradeBands): SheetResult {
  const errors: Record<string, string> = {};
  let total = 0;
  for (const item of items) {
    const raw = scores[item.key];
    const max = toHundredths(item.max) ?? 0;
    if (raw === null || raw === undefined || String(raw).trim() === '') { errors[item.key] = '请填写得分'; continue; }
    const h = toHundredths(raw);
    if (h === null) { errors[item.key] = '得分应为 0 或正数，最多两位小数'; continue; }
    if (h > max) { errors[item.key] = `不能超过 ${formatHundredths(max)} 分`; continue; }
    total += h;
  }
  if (Object.keys(errors).length) return { total: null, errors, grade: null, passed: null };
  const pass = toHundredths(passMark) ?? 0;
  return { total, errors, grade: gradeOf(total, bands), passed: total >= pass };
}

/**
 * Grade bands from the R-GR-1 rule's parameters ({excellent: 90, good: 80, fair: 60}, or the
 * "90.00" strings of a target's `bands`); null unless all three are numbers.
 */
export function bandsFromParams(p: Record<string, unknown> | null | undefined): GradeBands | null {
  const read = (k: keyof GradeBands) => {
    const v = p?.[k];
    return typeof v === 'number' || typeof v === 'string' ? toHundredths(v) : null;
  };
  const excellent = read('excellent'), good = read('good'), fair = read('fair');
  return excellent === null || good === null || fair === null ? null : { excellent, good, fair };
}
