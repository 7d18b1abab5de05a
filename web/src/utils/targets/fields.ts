// The target's coded values and their Chinese labels, as the server names them; the statuses
// are the states of the workflow the server enforces (data/workflows/target.json), the
// comparators as people write them (R-IND-2).
import type { Choice } from '../projectFields';
import targetWorkflow from '../../../../data/workflows/target.json';

type Tone = 'info' | 'primary' | 'success' | 'warning' | 'danger';

export const TARGET_STATUSES: Choice[] = targetWorkflow.states.map((s) => ({ value: s.name, label: s.label }));

export const TARGET_STATUS_TAG: Record<string, Tone> = Object.fromEntries(
  targetWorkflow.states.map((s) => [s.name, s.tone as Tone]),
);

export const TARGET_KINDS: Choice[] = [
  { value: 'project', label: '项目支出' },
  { value: 'department', label: '部门整体支出' },
];

/** ≥ > = ≤ < 定性 (R-IND-2), written as ASCII in JSON. */
export const COMPARATORS: Choice[] = [
  { value: '>=', label: '≥' },
  { value: '>', label: '>' },
  { value: '=', label: '=' },
  { value: '<=', label: '≤' },
  { value: '<', label: '<' },
  { value: 'qualitative', label: '定性' },
];

export const VALUE_BASES: Choice[] = [
  { value: 'plan', label: '计划标准' },
  { value: 'industry_standard', label: '行业标准' },
  { value: 'history', label: '历史标准' },
  { value: 'budget_standard', label: '预算支出标准' },
  { value: 'other', label: '其他' },
];

export const DIRECTIONS: Choice[] = [
  { value: 'higher', label: '正向' },
  { value: 'lower', label: '反向' },
];

export const GRADE_TAG: Record<string, 'success' | 'primary' | 'warning' | 'danger' | 'info'> = {
  excellent: 'success', good: 'primary', fair: 'warning', poor: 'danger',
};

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
  return comparatorLabel(i.comparator) + i.value + (i.unit ?? '');
}
