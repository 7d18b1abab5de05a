// What an update changed: the project as it was before and after, compared field by field.
import { fenToWan } from './money';
import { CATEGORIES, FIELD_LABELS, FUND_TYPES, PROJECT_ACTION_LABELS, STATUSES, labelOf, tagLabels } from './projectFields';
import targetWorkflow from '../../../data/workflows/target.json';
import assessmentWorkflow from '../../../data/workflows/assessment.json';
import budgetActionWorkflow from '../../../data/workflows/budget_action.json';

export interface FieldChange { field: string; label: string; from: string; to: string }

type Obj = Record<string, unknown>;

const ACTIONS: Record<string, string> = {
  create: '创建',
  update: '修改',
  delete: '删除',
  evidence_upload: '上传佐证材料',
  evidence_delete: '删除佐证材料',
  mark_major: '标记为重大项目（须事前绩效评估）',
};

const BUDGET_REVIEW_ACTIONS: Record<string, string> = { review: '录入审定金额', revise: '修改评审结果' };

const TARGET_ACTIONS: Record<string, string> = { ...targetWorkflow.labels, create: '新建', update: '修改', delete: '删除' };
const ASSESSMENT_ACTIONS: Record<string, string> = assessmentWorkflow.labels;

/**
 * What an entry of a project's timeline says was done, in Chinese: the project's own actions and
 * workflow steps, and the steps of its performance target ("绩效目标：提交"). Never a code.
 */
// The findings ledger's steps (data/workflows/finding.json).
const FINDING_ACTIONS: Record<string, string> = {
  create: '下达整改', answer: '反馈整改情况', close: '核实销号', reopen: '退回重新整改',
};

// Evidence is filed under a target, an assessment or a finding as under a project.
const EVIDENCE_ACTIONS: Record<string, string> = {
  evidence_upload: ACTIONS.evidence_upload, evidence_delete: ACTIONS.evidence_delete,
};

export function actionLabel(action: string, entity = 'project'): string {
  const of = (actions: Record<string, string>) => actions[action] ?? EVIDENCE_ACTIONS[action] ?? '其他操作';
  if (entity === 'target') return `绩效目标：${of(TARGET_ACTIONS)}`;
  if (entity === 'assessment') return `事前绩效评估：${of(ASSESSMENT_ACTIONS)}`;
  if (entity === 'finding') return `整改问题：${of(FINDING_ACTIONS)}`;
  if (entity === 'budget_review') return `预算评审：${of(BUDGET_REVIEW_ACTIONS)}`;
  if (entity === 'budget_action') return `预算调整建议：${of(budgetActionWorkflow.labels)}`;
  return ACTIONS[action] ?? PROJECT_ACTION_LABELS[action] ?? '其他操作';
}

// Fields shown in a change, in order, with how each value reads.
const FIELDS: [string, (o: Obj) => string][] = [
  ['year', (o) => String(o.year ?? '')],
  ['code', (o) => String(o.code ?? '')],
  ['name', (o) => String(o.name ?? '')],
  ['unit_name', (o) => String(o.unit_name ?? o.unit_id ?? '')],
  ['fund_type', (o) => labelOf(FUND_TYPES, o.fund_type as string)],
  ['amount_fen', (o) => (typeof o.amount_fen === 'number' ? fenToWan(o.amount_fen, { grouping: true }) : '')],
  ['function_class', (o) => String(o.function_class ?? '')],
  ['category', (o) => labelOf(CATEGORIES, o.category as string)],
  ['parent_id', (o) => (o.parent_id ? String(o.parent_id) : '无')],
  ['tags', (o) => (Array.isArray(o.tags) ? tagLabels(o.tags as string[]) || '无' : '无')],
  ['status', (o) => labelOf(STATUSES, o.status as string)],
];

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The fields that differ between before and after, with Chinese names and readable values. */
export function diffProject(before: unknown, after: unknown): FieldChange[] {
  if (!isObj(before) || !isObj(after)) return [];
  const out: FieldChange[] = [];
  for (const [field, read] of FIELDS) {
    const from = read(before);
    const to = read(after);
    if (from !== to) out.push({ field, label: FIELD_LABELS[field], from: from || '（空）', to: to || '（空）' });
  }
  return out;
}

/** A one-line summary of a history entry's subject (the file of an evidence action, the project of a create). */
/** A budget review entry's figures: "审定 60.00 万元，审减 40.00 万元". */
export function budgetReviewSubject(after: unknown): string {
  if (!isObj(after) || typeof after.approved_fen !== 'number' || typeof after.submitted_fen !== 'number') return '';
  return `审定 ${fenToWan(after.approved_fen, { grouping: true })} 万元，审减 ${fenToWan(after.submitted_fen - after.approved_fen, { grouping: true })} 万元`;
}

export function historySubject(action: string, before: unknown, after: unknown): string {
  const o = isObj(after) ? after : isObj(before) ? before : null;
  if (!o) return '';
  if (action.startsWith('evidence_')) return String(o.filename ?? '');
  if (action === 'create' || action === 'delete') return `${o.code ?? ''} ${o.name ?? ''}`.trim();
  return '';
}
