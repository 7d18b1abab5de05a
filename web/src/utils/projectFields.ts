// The project's coded values and their Chinese labels: the vocabularies the server ships
// (data/vocabularies/projects.json), so both sides read the same file; import files may use either.
import projectVocabularies from '../../../data/vocabularies/projects.json';
import projectWorkflow from '../../../data/workflows/project.json';

export interface Choice { value: string; label: string }
export type Tone = 'info' | 'primary' | 'success' | 'warning' | 'danger';

/** A shipped vocabulary file (data/vocabularies/<area>.json): each entry but "about" has terms. */
export type VocabularyFile = Record<string, string | { terms: { value: string; label: string; tone?: string }[] }>;

function termsOf(file: VocabularyFile, name: string) {
  const v = file[name];
  if (typeof v !== 'object') throw new Error(`no vocabulary ${name}`);
  return v.terms;
}

/** One shipped vocabulary as choices, in the file's order. */
export function vocabulary(file: VocabularyFile, name: string): Choice[] {
  return termsOf(file, name).map((t) => ({ value: t.value, label: t.label }));
}

/** The colour of each code's tag, where the vocabulary gives one. */
export function tones(file: VocabularyFile, name: string): Record<string, Tone> {
  return Object.fromEntries(termsOf(file, name).map((t) => [t.value, (t.tone ?? 'info') as Tone]));
}

export const FUND_TYPES: Choice[] = vocabulary(projectVocabularies, 'fund_type');
export const CATEGORIES: Choice[] = vocabulary(projectVocabularies, 'project_category');
/** A project's states are its workflow's (data/workflows/project.json), the table the server enforces. */
export const STATUSES: Choice[] = projectWorkflow.states.map((s) => ({ value: s.name, label: s.label }));
export const TAGS: Choice[] = vocabulary(projectVocabularies, 'project_tag');

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

export const STATUS_TAG_TYPE: Record<string, Tone> = Object.fromEntries(projectWorkflow.states.map((s) => [s.name, s.tone as Tone]));
/** The 中文 name of a workflow action or decision ("declare" → 申报). */
export const PROJECT_ACTION_LABELS: Record<string, string> = projectWorkflow.labels;

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
