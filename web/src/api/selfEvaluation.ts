// 绩效自评: a region's rounds (the year opened), the evaluations in the caller's scope and the
// queues, one evaluation's form with its steps, the department's batch consolidation and the
// scoring rules run on a form as it stands (src/self_evaluation, docs/API.md, R-SE-1…8).
import { api, query, request, type Page } from './client';
import type { AuditRecord } from './types';

export interface Round {
  id: number;
  region_id: number;
  region_name: string;
  year: number;
  due: string;
  evaluations: number;
  opened_at: string;
  version: number;
}

export type EvaluationStatus = 'pending' | 'returned' | 'submitted' | 'consolidated' | 'accepted';

/** A row of the lists: money in fen, scores in hundredths (`*_text`: "85.50"). */
export interface EvaluationRow {
  id: number;
  round_id: number;
  target_id: number;
  year: number;
  kind: 'project' | 'department';
  kind_label: string;
  project_id: number | null;
  code: string;
  name: string;
  unit_id: number;
  unit_name: string;
  department_id: number;
  department_name: string;
  region_id: number;
  status: EvaluationStatus;
  status_label: string;
  due: string;
  initial_fen: number;
  budget_fen: number;
  executed_fen: number;
  /** executed ÷ budget, two decimals; null when the budget is 0. */
  execution_rate: string | null;
  computed_total: number;
  computed_total_text: string;
  self_total: number | null;
  self_total_text: string | null;
  review_total: number | null;
  review_total_text: string | null;
  grade: string;
  grade_label: string;
  version: number;
  submitted_at: string;
  decided_at: string;
  updated_at: string;
}

/** The target's indicator as the evaluation copied it (weight in hundredths). */
export interface EvaluatedIndicator {
  category: string;
  subcategory: string;
  name: string;
  comparator: string;
  comparator_label: string;
  value: string;
  unit: string;
  direction: string;
  weight: number;
}

export interface IndicatorResult {
  position: number;
  indicator: EvaluatedIndicator;
  actual_value: string;
  not_applicable: boolean;
  deviation_reason: string;
  improvement: string;
  self_score: number | null;
  self_score_reason: string;
  computed_weight: number;
  computed_weight_text: string;
  computed_score: number;
  computed_score_text: string;
  rule: string;
  detail: string;
  needs_reason: boolean;
  review_score: number | null;
  review_note: string;
  band_label?: string;
}

/** R-SE-5's bands in percent of an indicator's points, as the region set them. */
export interface Band { value: string; label: string; floor_percent: number; ceiling_percent: number }

export interface EvaluationView extends EvaluationRow {
  overall_goal: string;
  goal_achieved: string;
  problems: string;
  improvements: string;
  opinion: string;
  executed_editable: boolean;
  execution: { rule: string; weight: number; weight_text: string; score: number; score_text: string;
    budget_fen: number; executed_fen: number; detail: string };
  indicators: IndicatorResult[];
  bands: Band[];
  actions: string[];
}

export interface EvaluationFilter {
  year?: number;
  round_id?: number | null;
  status?: string;
  kind?: string;
  department_id?: number | null;
  unit_id?: number | null;
  grade?: string;
  q?: string;
  queue?: 'department' | 'office';
  cursor?: string | null;
  offset?: number;
  limit?: number;
}

export interface AnswerInput {
  position: number;
  actual_value: string;
  not_applicable: boolean;
  deviation_reason: string;
  improvement: string;
  /** Hundredths. */
  self_score: number | null;
  self_score_reason: string;
}

export interface EvaluationInput {
  version: number;
  goal_achieved?: string;
  problems?: string;
  improvements?: string;
  executed_fen?: number;
  indicators?: AnswerInput[];
}

export interface StepInput { version: number; action: string; decision?: string; opinion?: string }

/** POST /self-evaluations:score: scores, weights and rates as two-decimal strings. */
export interface ScoreBody {
  year: number;
  budget_fen: number;
  executed_fen: number;
  indicators: Record<string, unknown>[];
}
export interface IndicatorScore {
  score: string;
  weight: string;
  rule: string;
  detail: string;
  met: boolean;
  needs_reason: boolean;
  band?: { code: string; label: string; floor: string | null; ceiling: string | null };
}
export interface Scored {
  execution_score: string;
  execution_weight: string;
  execution_rate: string | null;
  execution_detail: string;
  execution_rule: string;
  indicators: IndicatorScore[];
  total: string;
  self_total: string | null;
  grade: string;
  grade_label: string;
  grade_rule: string;
}

export const selfEvaluationApi = {
  rounds: (year?: number) => api.get<{ items: Round[] }>('/api/v1/self-evaluations/rounds' + query({ year })),
  openRound: (year: number, due: string) => api.post<Round>('/api/v1/self-evaluations/rounds', { year, due }),
  list: (f: EvaluationFilter) => api.get<Page<EvaluationRow>>('/api/v1/self-evaluations' + query({ ...f })),
  get: (id: number) => api.get<EvaluationView>(`/api/v1/self-evaluations/${id}`),
  save: (id: number, body: EvaluationInput) => request<EvaluationView>('PUT', `/api/v1/self-evaluations/${id}`, { body }),
  step: (id: number, body: StepInput) => api.post<EvaluationView>(`/api/v1/self-evaluations/${id}/steps`, body),
  consolidate: (ids: number[], versions: number[]) =>
    api.post<{ items: EvaluationRow[] }>('/api/v1/self-evaluations:consolidate', { ids, versions }),
  score: (body: ScoreBody) => api.post<Scored>('/api/v1/self-evaluations:score', body),
  history: (id: number) => api.get<{ items: AuditRecord[] }>(`/api/v1/self-evaluations/${id}/history`),
};
