// The target's coded values and their Chinese labels, as the server names them; the statuses
// are the states of the workflow the server enforces (data/workflows/target.json), the
// comparators as people write them (R-IND-2).
import { tones, vocabulary, type Choice, type Tone } from '../projectFields';
import targetWorkflow from '../../../../data/workflows/target.json';
import targetVocabularies from '../../../../data/vocabularies/targets.json';

export const TARGET_STATUSES: Choice[] = targetWorkflow.states.map((s) => ({ value: s.name, label: s.label }));

export const TARGET_STATUS_TAG: Record<string, Tone> = Object.fromEntries(
  targetWorkflow.states.map((s) => [s.name, s.tone as Tone]),
);

export const TARGET_KINDS: Choice[] = vocabulary(targetVocabularies, 'target_kind');

/** ≥ > = ≤ < 定性 (R-IND-2), written as ASCII in JSON. */
export const COMPARATORS: Choice[] = vocabulary(targetVocabularies, 'comparator');
export const VALUE_BASES: Choice[] = vocabulary(targetVocabularies, 'value_basis');
export const DIRECTIONS: Choice[] = vocabulary(targetVocabularies, 'direction');

export const GRADE_TAG: Record<string, Tone> = tones(targetVocabularies, 'grade');

/** "≥", "定性"; the code itself when unknown. */
export function comparatorLabel(c: string | null | undefined): string {
  return COMPARATORS.find((x) => x.value === c)?.label ?? (c ?? '');
}

/** Symbols and words people type for a comparator ("≥", ">=", "大于等于", "定性") → the code. */
export function comparatorCode(text: string): string | null {
  const t = text.trim();
  const words: Record<string, string> = {
    '≥': '>=', '>=': '>=', '大于等于': '>=', '不低于': '>=', '不少于': '>=', '>': '>', '大于': '>', '=': '=', '等于': '=',
    '≤': '<=', '<=': '<=', '小于等于': '<=', '不高于': '<=', '不超过': '<=', '<': '<', '小于': '<',
    '定性': 'qualitative', qualitative: 'qualitative',
  };
  return words[t] ?? null;
}

/** "≥200人次", "≤ 2026-10-31", or the qualitative value as written. */
export function indicatorValueText(i: { comparator: string; value: string; unit: string }): string {
  if (!i.value && !i.unit) return '';
  if (i.comparator === 'qualitative') return i.value + (i.unit ? i.unit : '');
  return comparatorLabel(i.comparator) + withUnit(i.value, i.unit);
}

/** Is the value a date as the API writes one (YYYY-MM-DD)? */
export function isDateValue(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
}

/** A value followed by its unit, unless it carries it already; a date (YYYY-MM-DD) stands alone:
 * the library gives dates the unit 日期, which read after one as "2026-12-15日期". */
export function withUnit(value: string, unit: string | undefined): string {
  if (!unit || isDateValue(value) || value.endsWith(unit)) return value;
  return value + unit;
}
