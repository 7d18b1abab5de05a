// 自评复核: the office's sampling plan of a year's self-evaluations (R-RV-1), its preview and
// fixing, the reviewers it assigns, and the reviewer's re-scoring of a sample (R-RV-2), as
// docs/API.md's section on /api/v1/self-evaluation-reviews describes them.
import { api, query, request, type Page } from './client';
import type { AuditRecord, EvidenceFile } from './types';
import type { EvaluatedIndicator } from './selfEvaluation';

export type Reason = 'threshold' | 'key_project' | 'key_department' | 'random';

export interface PlanParams {
  amount_threshold_fen: number;
  amount_threshold_wan: string;
  /** Projects finance marked major (重大项目) count as key. */
  key_projects: boolean;
  key_project_ids: number[];
  key_department_ids: number[];
  sample_percent: number;
  weighted: boolean;
  seed: number;
}

export interface SignalParams {
  high_score: number;
  high_score_text: string;
  low_execution_percent: number;
  all_at_target_min: number;
  self_above_computed_weight: number;
  high_score_low_execution_weight: number;
  all_at_target_weight: number;
  no_evidence_weight: number;
  impossible_then_met_weight: number;
}

/** How many evaluations (projects and departments apart) and how much money. */
export interface Tally { count: number; projects: number; departments: number; money_fen: number; money_wan: string }
export interface ReasonTally extends Tally { reason: Reason; reason_label: string }

export interface Summary {
  by_reason: ReasonTally[];
  chosen: Tally;
  all: Tally;
  rest: Tally;
  random_asked: number;
  /** Two-decimal percent strings; null when there is nothing to cover. */
  count_coverage: string | null;
  money_coverage: string | null;
}

export interface Coverage {
  candidates: number;
  candidate_fen: number;
  candidate_wan: string;
  sampled: number;
  sampled_fen: number;
  sampled_wan: string;
  summary: Summary;
}

export interface PlanRow {
  id: number;
  region_id: number;
  region_name: string;
  year: number;
  status: 'draft' | 'fixed';
  status_label: string;
  params: PlanParams;
  signal_params: SignalParams;
  inflated_points: number;
  inflated_points_text: string;
  answer_days: number;
  coverage: Coverage | null;
  created_by_name: string;
  created_at: string;
  fixed_by_name: string;
  fixed_at: string | null;
  updated_at: string;
  version: number;
}

export interface NamedProject { id: number; code: string; name: string; unit_name: string; department_name: string }
export interface NamedDepartment { id: number; code: string; name: string }

export interface Plan extends PlanRow {
  key_projects: NamedProject[];
  key_departments: NamedDepartment[];
  actions: string[];
}

/** The parameters a draft may change; a field left out keeps its value. */
export interface PlanInput {
  amount_threshold_fen?: number;
  key_projects?: boolean;
  key_project_ids?: number[];
  key_department_ids?: number[];
  sample_percent?: number;
  weighted?: boolean;
  seed?: number;
}

/** A signal shown before a review starts, with its numbers in its detail. */
export interface Signal { code: string; label: string; detail: string; weight: number; positions: number[] }

export interface ChosenItem {
  evaluation_id: number;
  project_id: number | null;
  kind: 'project' | 'department';
  code: string;
  name: string;
  unit_name: string;
  department_name: string;
  budget_fen: number;
  budget_wan: string;
  reason: Reason;
  reason_label: string;
  weight: number;
  signals: Signal[];
}

export interface Preview {
  plan: PlanRow;
  summary: Summary;
  chosen: ChosenItem[];
  same_as_fixed: boolean | null;
}

export interface Reviewer { id: number; display_name: string; role: string; role_label: string }

export interface Sample {
  id: number;
  plan_id: number;
  evaluation_id: number;
  kind: 'project' | 'department';
  project_id: number | null;
  code: string;
  name: string;
  unit_id: number;
  unit_name: string;
  department_id: number;
  department_name: string;
  region_id: number;
  region_name: string;
  year: number;
  budget_fen: number;
  budget_wan: string;
  reason: Reason;
  reason_label: string;
  weight: number;
  /** As drawn when the plan was fixed. */
  signals: Signal[];
  reviewer_id: number | null;
  reviewer_name: string;
  assigned_at: string | null;
  status: 'pending' | 'reviewed';
  status_label: string;
  evaluation_status: string;
  evaluation_status_label: string;
  self_total: number | null;
  self_total_text: string | null;
  computed_total: number;
  computed_total_text: string;
  review_total: number | null;
  review_total_text: string | null;
  inflated: boolean;
  inflation_detail: string;
  finding_id: number | null;
  document_id: number | null;
  document_number: string;
  completed_at: string | null;
  updated_at: string;
  version: number;
}

export interface ReviewIndicator {
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
  computed_score: number | null;
  computed_score_text: string | null;
  rule: string;
  detail: string;
  review_score: number | null;
  review_note: string;
  band_label?: string;
}

/** The evaluation as the review reads it (GET /api/v1/self-evaluations/{id} without its actions). */
export interface ReviewedEvaluation {
  id: number;
  kind: 'project' | 'department';
  kind_label: string;
  project_id: number | null;
  code: string;
  name: string;
  unit_name: string;
  department_name: string;
  status: string;
  status_label: string;
  budget_fen: number;
  budget_wan: string;
  executed_fen: number;
  executed_wan: string;
  execution_rate: string | null;
  computed_total: number;
  computed_total_text: string;
  self_total: number | null;
  self_total_text: string | null;
  review_total: number | null;
  grade_label: string;
  overall_goal: string;
  goal_achieved: string;
  problems: string;
  improvements: string;
  execution: { rule: string; weight: number; weight_text: string; score: number; score_text: string; detail: string };
  indicators: ReviewIndicator[];
  bands: { value: string; label: string; floor_percent: number; ceiling_percent: number }[];
}

export interface SampleView extends Sample {
  evaluation: ReviewedEvaluation;
  signals_drawn: Signal[];
  evidence: EvidenceFile[];
  evaluation_submitted: boolean;
  inflated_points: number;
  inflated_points_text: string;
  inflation_rule: string;
  actions: string[];
}

export interface SampleFilter {
  year?: number;
  status?: string;
  reason?: string;
  assigned?: '1' | '0' | '';
  inflated?: '1' | '0' | '';
  cursor?: string | null;
  offset?: number;
  limit?: number;
}

export interface ReviewScoreInput { position: number; review_score: number | null; review_note?: string }

/** A project evaluation of the year the key-project picker offers (GET /api/v1/self-evaluations). */
export interface EvaluatedProject {
  id: number;
  project_id: number | null;
  code: string;
  name: string;
  unit_name: string;
  department_name: string;
  budget_wan: string;
}

const BASE = '/api/v1/self-evaluation-reviews';

export const reviewApi = {
  plans: (year?: number) => api.get<{ items: PlanRow[] }>(`${BASE}/plans` + query({ year })),
  createPlan: (year: number) => api.post<Plan>(`${BASE}/plans`, { year }),
  plan: (id: number) => api.get<Plan>(`${BASE}/plans/${id}`),
  editPlan: (id: number, version: number, input: PlanInput) =>
    request<Plan>('PUT', `${BASE}/plans/${id}`, { body: { version, ...input } }),
  preview: (id: number, input: PlanInput = {}) => api.post<Preview>(`${BASE}/plans/${id}/preview`, input),
  fix: (id: number, version: number) => api.post<Plan>(`${BASE}/plans/${id}/fix`, { version }),
  planHistory: (id: number) => api.get<{ items: AuditRecord[] }>(`${BASE}/plans/${id}/history`),
  reviewers: (id: number) => api.get<{ items: Reviewer[] }>(`${BASE}/plans/${id}/reviewers`),
  samples: (planId: number, f: SampleFilter = {}) =>
    api.get<Page<Sample>>(`${BASE}/plans/${planId}/samples` + query({ ...f })),
  assign: (planId: number, reviewerId: number, samples: { id: number; version: number }[]) =>
    api.post<{ items: Sample[] }>(`${BASE}/plans/${planId}/assignments`, {
      reviewer_id: reviewerId, sample_ids: samples.map((x) => x.id), versions: samples.map((x) => x.version),
    }),
  queue: (f: SampleFilter = {}) => api.get<Page<Sample>>(`${BASE}/samples` + query({ ...f })),
  sample: (id: number) => api.get<SampleView>(`${BASE}/samples/${id}`),
  saveReview: (id: number, version: number, indicators: ReviewScoreInput[]) =>
    request<SampleView>('PUT', `${BASE}/samples/${id}`, { body: { version, indicators } }),
  complete: (id: number, version: number) => api.post<SampleView>(`${BASE}/samples/${id}/complete`, { version }),
  sampleHistory: (id: number) => api.get<{ items: AuditRecord[] }>(`${BASE}/samples/${id}/history`),
  /** Project evaluations of the year by words of the project's code or name (the key-project picker). */
  evaluatedProjects: (year: number, q: string) =>
    api.get<Page<EvaluatedProject>>('/api/v1/self-evaluations' + query({ year, kind: 'project', q: q || undefined, limit: 20 })),
};
