// The self-evaluation stage's coded values and their Chinese labels, from the files the server
// reads: the states and actions of data/workflows/self_evaluation.json, the bands of
// data/vocabularies/self_evaluation.json (R-SE-5), the grades of the targets' vocabulary (R-GR-1).
import { tones, vocabulary, type Choice, type Tone } from '../projectFields';
import workflow from '../../../../data/workflows/self_evaluation.json';
import vocabularies from '../../../../data/vocabularies/self_evaluation.json';
import targetVocabularies from '../../../../data/vocabularies/targets.json';

export const EVALUATION_STATUSES: Choice[] = workflow.states.map((s) => ({ value: s.name, label: s.label }));
export const EVALUATION_STATUS_TAG: Record<string, Tone> = Object.fromEntries(
  workflow.states.map((s) => [s.name, s.tone as Tone]),
);
/** 填写, 提交, 汇总通过, 退回修改…: the workflow's words for its actions and decisions. */
export const ACTION_LABELS: Record<string, string> = workflow.labels;
export const BANDS: Choice[] = vocabulary(vocabularies, 'self_evaluation_band');
export const BAND_TAG: Record<string, Tone> = tones(vocabularies, 'self_evaluation_band');
export const GRADES: Choice[] = vocabulary(targetVocabularies, 'grade');
export const GRADE_TAG: Record<string, Tone> = tones(targetVocabularies, 'grade');
export const KINDS: Choice[] = [{ value: 'project', label: '项目' }, { value: 'department', label: '部门整体' }];

/** What each scoring rule does, in words, for the tooltip beside a score. */
export const RULE_NAMES: Record<string, string> = {
  'R-SE-3': '预算执行率计分：全年执行数 ÷ 全年预算数，最高按 100% 计',
  'R-SE-4': '定量指标计分：按实际完成值与年度指标值之比计分',
  'R-SE-5': '定性指标计分：按所选档次在该档分值范围内计分',
  'R-SE-6': '不适用指标不计分，其余各项按比例调整为合计 100 分',
};

/** The row's subject: the project's name, or the department's with 部门整体. */
export function subjectOf(e: { kind: string; name: string; department_name: string }): string {
  return e.kind === 'department' ? `${e.name || e.department_name}（部门整体）` : e.name;
}

/**
 * Whether a list shows the evaluation's total and grade: once it is scored as a whole, which the
 * server does when every indicator is answered (saved on the form or imported) and grades it
 * then; before, the total is the execution's alone and would mislead.
 */
export function hasScore(e: { status: string; grade: string }): boolean {
  return e.status !== 'pending' || e.grade !== '';
}
