// A key evaluation's work after it is planned (docs/API.md “Key evaluations: the workflow” and
// “results”): its steps, experts, quality sheets, fee, score sheets, timeline and results. The
// timeline's words are those of data/workflows/key_evaluation.json, as the server's.
import workflow from '../../../data/workflows/key_evaluation.json';
import targetsVocab from '../../../data/vocabularies/targets.json';
import { ApiError, api, query, request } from './client';
import type { AuditRecord } from './types';
import type { KeyEvaluation } from './keyEvaluationPlan';

/** The evaluation with what is known once it is under way. */
export interface Evaluation extends KeyEvaluation {
  contract_fee_fen: number; quality_score: string | null; reworked: boolean; fee_payable_fen: number | null;
  score: string | null; grade: string | null; finalised_at: string | null; results_sent_at: string | null;
  results_document_id: number | null; created_by_name: string;
}

export interface AssignedExpert {
  expert_id: number; name: string; title: string; employer: string; assigned_by_name: string; assigned_at: string; scored: boolean;
}

export interface QualitySheet {
  id: number; expert_id: number; expert_name: string; stage: 'plan' | 'report'; round: number;
  scores: Record<string, string>; total: string; comment: string; submitted_at: string;
}
export interface QualityView {
  items: { code: string; label: string; points: string }[];
  stages: { stage: 'plan' | 'report'; round: number; sheets: QualitySheet[];
    quality: { score: string; sheets: number; detail: string; rule: string } | null }[];
  earlier: QualitySheet[];
  rule: string;
}

export interface FeeView {
  contract_fee_fen: number; quality_score: string | null; state: 'pending' | 'rework_required' | 'payable';
  band: { from: string; to: string; percent: string; rework: boolean } | null; percent: string | null; capped: boolean;
  payable_fen: number | null; deducted_fen: number | null; detail: string; rule: string;
}

/** A part of the kind's score sheet: R-KE-1's four (a policy's under its own names) or R-KE-2's six. */
export interface SheetPart { code: string; part: string; label: string; weight: string; points: string }
export interface ScoreView {
  parts: SheetPart[];
  sheets: { id: number; evaluator: string; scores: Record<string, string>; total: string; submitted_at: string }[];
  score: { parts: { code: string; part: string; label: string; weight: string; score: string }[]; total: string; grade: string;
    grade_label: string; detail: string; rule: string } | null;
  rule: string; grade_rule: string;
}

export interface ResultsView {
  evaluation: Evaluation; results_due: string | null; late: boolean; answer_due: string | null;
  document_id: number | null; document_number: string;
  problems: { id: number; seq: number; title: string; requirement: string; finding_id: number | null;
    finding_status: string; finding_due: string }[];
  rule: string;
}

export interface StepBody {
  version: number; action: string; decision?: string; opinion?: string; agency_id?: number; contract_fee_fen?: number;
  score_sheets?: { evaluator: string; scores: Record<string, number | string> }[];
}

export interface Conflict { code: string; reason: string; rule: string }
/** The reasons of a 422 conflict_of_interest, each in Chinese. */
export function conflictsOf(e: unknown): Conflict[] {
  if (!(e instanceof ApiError) || e.code !== 'conflict_of_interest') return [];
  return ((e.problem as unknown as { conflicts?: Conflict[] }).conflicts) ?? [];
}

const base = (id: number) => `/api/v1/key-evaluations/${id}`;
export const workApi = {
  list: (p: { year?: number; status?: string; kind?: string; agency_id?: number; q?: string; waiting?: number; limit?: number; offset?: number }) =>
    api.get<{ items: Evaluation[]; total: number }>('/api/v1/key-evaluations' + query(p)),
  get: (id: number) => api.get<Evaluation>(base(id)),
  step: (id: number, body: StepBody) => api.post<Evaluation>(`${base(id)}/steps`, body),
  experts: (id: number) => api.get<{ items: AssignedExpert[] }>(`${base(id)}/experts`),
  assign: (id: number, expertId: number) => api.post<{ items: AssignedExpert[] }>(`${base(id)}/experts`, { expert_id: expertId }),
  unassign: (id: number, expertId: number) => api.del<{ items: AssignedExpert[] }>(`${base(id)}/experts/${expertId}`),
  quality: (id: number) => api.get<QualityView>(`${base(id)}/quality-sheets`),
  saveSheet: (id: number, stage: 'plan' | 'report', scores: Record<string, number>, comment: string) =>
    request<QualityView>('PUT', `${base(id)}/quality-sheets/${stage}`, { body: { scores, comment } }),
  fee: (id: number) => api.get<FeeView>(`${base(id)}/fee`),
  score: (id: number) => api.get<ScoreView>(`${base(id)}/score`),
  history: (id: number) => api.get<{ items: AuditRecord[] }>(`${base(id)}/history`),
  results: (id: number) => api.get<ResultsView>(`${base(id)}/results`),
  sendResults: (id: number, version: number, problems: { title: string; requirement: string }[]) =>
    api.post<ResultsView>(`${base(id)}/results`, { version, problems }),
};

const LABELS = workflow.labels as Record<string, string>;
export const actionLabel = (a: string) => LABELS[a] ?? '';
export const GRADE_LABEL = Object.fromEntries(targetsVocab.grade.terms.map((t) => [t.value, t.label])) as Record<string, string>;
export const GRADE_TONE = Object.fromEntries(targetsVocab.grade.terms.map((t) => [t.value, t.tone])) as Record<string, string>;
export const FINDING_STATUS: Record<string, string> = { open: '待整改', answered: '已反馈', closed: '已销号' };

/** The workflow's main road, for the stepper: an agency's, or finance's own. */
export function roadOf(mode: string): string[] {
  return mode === 'finance'
    ? ['planned', 'fieldwork', 'final_review', 'finalised', 'results_sent']
    : ['planned', 'commissioned', 'plan_review', 'fieldwork', 'report_review', 'revision', 'final_review', 'finalised', 'results_sent'];
}
/** Where a state stands on the road: rework sits with the report's review. */
export function roadIndex(mode: string, status: string): number {
  const road = roadOf(mode);
  const at = road.indexOf(status === 'rework' ? 'report_review' : status);
  return at < 0 ? 0 : at;
}

/** A timeline entry's words: a decision is named with the step it closed (方案评审结论：通过). */
export function historyLabel(r: AuditRecord): string {
  if (r.action === 'evidence_upload') return '上传材料';
  if (r.action === 'evidence_delete') return '删除材料';
  const decisions = ['pass', 'return', 'rework'];
  if (!decisions.includes(r.action)) return actionLabel(r.action) || '办理';
  const from = String((r.before as { status?: string } | null)?.status ?? '');
  const t = workflow.transitions.find((x) => x.from === from && 'decision' in x && x.decision === r.action);
  return t ? `${actionLabel(t.action)}：${actionLabel(r.action)}` : actionLabel(r.action);
}
