// The project's coded values and their Chinese labels: the vocabularies the server ships
// (data/vocabularies.json), so both sides read the same file; import files may use either.
import vocabularies from '../../../data/vocabularies.json';

export interface Choice { value: string; label: string }
export type Tone = 'info' | 'primary' | 'success' | 'warning' | 'danger';
export type VocabularyName = Exclude<keyof typeof vocabularies, 'about'>;

/** One shipped vocabulary as choices, in the file's order. */
export function vocabulary(name: VocabularyName): Choice[] {
  return vocabularies[name].terms.map((t) => ({ value: t.value, label: t.label }));
}

/** The colour of each code's tag, where the vocabulary gives one. */
export function tones(name: VocabularyName): Record<string, Tone> {
  return Object.fromEntries(
    vocabularies[name].terms.map((t) => [t.value, ('tone' in t ? t.tone : 'info') as Tone]),
  );
}

export const FUND_TYPES: Choice[] = vocabulary('fund_type');
export const CATEGORIES: Choice[] = vocabulary('project_category');
export const STATUSES: Choice[] = vocabulary('project_status');
export const TAGS: Choice[] = vocabulary('project_tag');

export function labelOf(choices: Choice[], value: string | null | undefined): string {
  if (value == null) return '';
  return choices.find((c) => c.value === value)?.label ?? value;
}

/** The code for a code or a label ("一般公共预算" or "general" → "general"); null if neither. */
export function codeOf(choices: Choice[], text: string): string | null {
  const t = text.trim();
  return choices.find((c) => c.value === t || c.label === t)?.value ?? null;
}

export function tagLabels(tags: string[]): string {
  return tags.map((t) => labelOf(TAGS, t)).join('、');
}

/** Tag cells may separate tags with 、 ， ； , ; or |. */
export function splitTags(cell: string): string[] {
  return cell.split(/[、，；,;|]/).map((s) => s.trim()).filter(Boolean);
}

export const STATUS_TAG_TYPE: Record<string, Tone> = tones('project_status');

/** Project field names in Chinese (for history, errors, exports). */
export const FIELD_LABELS: Record<string, string> = {
  year: '年度',
  code: '项目编码',
  name: '项目名称',
  unit_id: '单位',
  unit_name: '单位',
  department_name: '主管部门',
  fund_type: '资金类型',
  amount_fen: '金额（万元）',
  function_class: '支出功能分类',
  category: '项目类别',
  parent_id: '所属一级项目',
  tags: '项目标签',
  status: '项目状态',
};
