// The calls of the ex-ante assessment pages (事前绩效评估, docs/API.md).
import { api, query, request, type Page } from './client';
import type { AuditRecord } from './types';

export type AssessmentStatus = 'self_assessing' | 'returned' | 'submitted' | 'key_selected' | 'scoring' | 'scored' | 'concluded';

export interface AssessmentSummary {
  id: number;
  year: number;
  project_id: number;
  project_code: string;
  project_name: string;
  project_category: string;
  project_category_label: string;
  project_amount_fen: number;
  unit_name: string;
  department_name: string;
  kind: 'project' | 'policy';
  kind_label: string;
  level: 'self' | 'key';
  level_label: string;
  status: AssessmentStatus;
  status_label: string;
  amount_fen: number;
  self_score: string | null;
  key_score: string | null;
  final_score: string | null;
  grade: string;
  grade_label: string;
  conclusion: string;
  conclusion_label: string;
  suggested_amount_fen: number | null;
  suggested_target_changes: string;
  suggestions_accepted: boolean;
  version: number;
  submitted_at: string;
  concluded_at: string;
  updated_at: string;
}

export interface SheetItem { key: string; label: string; hint: string; max: string }
export interface SheetAspect { key: string; label: string; weight: string; items: SheetItem[] }
export interface AssessmentSheet { rule: string; kind: string; source: string; aspects: SheetAspect[] }
export interface ItemScore { key: string; score: string }
export interface ScorerView {
  scorer_id: number;
  scorer_name: string;
  scorer_role: string;
  scorer_role_label: string;
  total: string | null;
  opinion: string;
  submitted: boolean;
  items: ItemScore[];
}

export interface Assessment extends AssessmentSummary {
  self_report: string;
  opinion: string;
  sheet: AssessmentSheet;
  bands: { rule: string; excellent: string; good: string; fair: string };
  conclusions: { rule: string; by_grade: Record<string, string>; trim_at_least: number };
  self_items: ItemScore[];
  scorers: ScorerView[];
  actions: string[];
  target_id: number;
  target_status_label: string;
}

export interface NeedAnswer {
  project_id: number;
  needed: boolean;
  reasons: string[];
  major: boolean;
  major_mark?: { marked_by_name: string; reason: string; marked_at: string };
  assessment_id: number | null;
  assessment_status_label: string;
  conclusion_label: string;
}

export interface ScorerCandidate { id: number; display_name: string; role: string; role_label: string }

export interface Group { key: string; label: string; count: number; amount_fen: number; amount_wan: string }
export interface AssessmentStatistics {
  year: number;
  count: number;
  amount_fen: number;
  concluded: number;
  supported: number;
  supported_rate: string;
  kept_out_fen: number;
  by_level: Group[];
  by_status: Group[];
  by_conclusion: Group[];
  by_grade: Group[];
}

export interface AssessmentFilter {
  year?: number;
  status?: string;
  level?: string;
  conclusion?: string;
  department_id?: number | null;
  project_id?: number | null;
  queue?: 'finance' | 'office' | 'scorer';
  cursor?: string | null;
  offset?: number;
  limit?: number;
}

/** A score as the sheet's inputs hold it: a number in points, or null when left empty. */
export interface ItemInput { key: string; score: number | null }

export const assessmentApi = {
  list: (f: AssessmentFilter) => api.get<Page<AssessmentSummary>>('/api/v1/assessments' + query({ ...f })),
  get: (id: number | string) => api.get<Assessment>(`/api/v1/assessments/${id}`),
  create: (project_id: number, kind: string) => api.post<Assessment>('/api/v1/assessments', { project_id, kind }),
  saveSelf: (id: number, body: { version: number; kind?: string; items: ItemInput[]; report?: string }) =>
    request<Assessment>('PUT', `/api/v1/assessments/${id}/self`, { body }),
  step: (id: number, body: { version: number; action: string; decision?: string; opinion?: string;
    suggested_amount_fen?: number; suggested_target_changes?: string }) =>
    api.post<Assessment>(`/api/v1/assessments/${id}/steps`, body),
  assign: (id: number, version: number, scorer_ids: number[]) =>
    api.post<Assessment>(`/api/v1/assessments/${id}/scorers`, { version, scorer_ids }),
  score: (id: number, body: { items: ItemInput[]; opinion?: string; submit?: boolean }) =>
    request<Assessment>('PUT', `/api/v1/assessments/${id}/score`, { body }),
  conclude: (id: number, body: { version: number; suggested_amount_fen?: number; suggested_target_changes?: string; opinion?: string }) =>
    api.post<Assessment>(`/api/v1/assessments/${id}/conclusion`, body),
  accept: (id: number, version: number) => api.post<Assessment>(`/api/v1/assessments/${id}/accept`, { version }),
  history: (id: number) => api.get<{ items: AuditRecord[] }>(`/api/v1/assessments/${id}/history`),
  need: (project_id: number) => api.get<NeedAnswer>('/api/v1/assessments:need' + query({ project_id })),
  markMajor: (project_id: number, reason: string) => api.post<NeedAnswer>('/api/v1/assessments:major', { project_id, reason }),
  scorers: () => api.get<{ items: ScorerCandidate[] }>('/api/v1/assessments:scorers'),
  statistics: (year: number) => api.get<AssessmentStatistics>('/api/v1/statistics/assessments' + query({ year })),
  reportUrl: (id: number) => `/api/v1/assessments/${id}/report`,
  docxUrl: (id: number) => `/api/v1/assessments/${id}/docx`,
};
