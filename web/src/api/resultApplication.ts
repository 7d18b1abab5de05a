// The calls of result application (结果应用, R-RA-2): budget actions, their steps, the what-if
// and the summary (docs/API.md). Labels come from data/vocabularies/result_application.json.
import { api, query, request, type Page } from './client';
import type { AuditRecord } from './types';
import vocab from '../../../data/vocabularies/result_application.json';

export interface BudgetAction {
  id: number;
  source: string;
  source_label: string;
  project_id: number;
  project_code: string;
  project_name: string;
  acted_project_id: number | null;
  acted_code: string;
  acted_name: string;
  acted_year: number | null;
  acted_amount_fen: number | null;
  acted_amount_wan: string | null;
  acted_status: string;
  department_id: number;
  department_name: string;
  unit_name: string;
  fund_type_label: string;
  year: number;
  base_fen: number;
  base_wan: string;
  grade: string;
  grade_label: string;
  rule: string;
  proposed_kind: string;
  proposed_kind_label: string;
  proposed_limit_fen: number | null;
  kind: string;
  kind_label: string;
  cut_percent: string;
  limit_fen: number | null;
  limit_wan: string | null;
  reason: string;
  status: string;
  status_label: string;
  breach: boolean;
  version: number;
  actions?: string[];
}

export interface ActionFilter {
  year?: number;
  status?: string;
  kind?: string;
  department_id?: number;
  project_id?: number;
  breach?: string;
  cursor?: string | null;
  offset?: number;
  limit?: number;
}

export interface MoneyRow {
  department_id: number;
  department_name: string;
  fund_type: string;
  fund_type_label: string;
  count: number;
  prioritised: number;
  cut: number;
  base_wan: string;
  moved_fen: number;
  moved_wan: string;
  cut_rate: string;
}

export type Bands = Record<string, string | number>;

export interface WhatIf { year: number; rule: string; bands: Record<string, string>; rows: MoneyRow[]; total: MoneyRow }
export interface Summary {
  year: number; total: number; proposed: number; confirmed: number; changed: number; waived: number; breaches: number;
  decided_rate: string; applied_rate: string; rows: MoneyRow[]; total_moved: MoneyRow;
}

export const ACTION_KINDS = vocab.budget_action_kind.terms.filter((t) => t.value !== 'none');
export const BAND_KINDS = vocab.budget_action_kind.terms;
export const ACTION_STATUSES = [
  { value: 'proposed', label: '待确认' },
  { value: 'confirmed', label: '已确认' },
  { value: 'changed', label: '已调整' },
  { value: 'waived', label: '不予执行' },
];
export const STATUS_TAG: Record<string, 'warning' | 'success' | 'primary' | 'info'> = {
  proposed: 'warning', confirmed: 'success', changed: 'primary', waived: 'info',
};
/** R-RA-2's keys as a finance officer reads them. */
export const BAND_KEYS: { key: string; label: string }[] = [
  { key: 'excellent', label: '评价等级“优”' },
  { key: 'good', label: '评价等级“良”' },
  { key: 'fair', label: '评价等级“中”' },
  { key: 'poor', label: '评价等级“差”' },
  { key: 'not_supported', label: '事前评估“不予支持”' },
  { key: 'support_after_changes', label: '事前评估“调整后支持”' },
  { key: 'support', label: '事前评估“予以支持”' },
  { key: 'adjust_budget', label: '监控“调整预算”' },
  { key: 'recover', label: '监控“收回资金”' },
];

export interface LinkSuggestion {
  project_id: number; project_code: string; project_name: string; amount_wan: string; unit_name: string;
  predecessor_id: number; predecessor_code: string; predecessor_name: string; predecessor_amount_wan: string;
}

export interface PredecessorLink {
  project_id: number; predecessor_id: number; predecessor_code: string; predecessor_name: string;
  predecessor_year: number; how: string; how_label: string; linked_at: string;
}

export const resultApi = {
  predecessor: (projectId: number) => api.get<PredecessorLink | null>(`/api/v1/projects/${projectId}/predecessor`),
  setPredecessor: (projectId: number, predecessorId: number) =>
    request<PredecessorLink>('PUT', `/api/v1/projects/${projectId}/predecessor`, { body: { predecessor_id: predecessorId } }),
  suggestions: (year: number) => api.get<{ items: LinkSuggestion[] }>('/api/v1/project-links/suggestions' + query({ year })),
  link: (year: number, by: 'code' | 'name') => api.post<{ linked: number }>('/api/v1/project-links:auto', { year, by }),
  list: (f: ActionFilter) => api.get<Page<BudgetAction>>('/api/v1/budget-actions' + query({ ...f })),
  get: (id: number) => api.get<BudgetAction>(`/api/v1/budget-actions/${id}`),
  step: (id: number, body: { version: number; action: string; kind?: string; cut_percent?: number; reason?: string }) =>
    api.post<BudgetAction>(`/api/v1/budget-actions/${id}/steps`, body),
  confirmMany: (ids: number[]) => api.post<{ confirmed: number }>('/api/v1/budget-actions:confirm', { ids }),
  propose: (year: number) => api.post<Record<string, number>>('/api/v1/budget-actions:propose', { year }),
  history: (id: number) => api.get<{ items: AuditRecord[] }>(`/api/v1/budget-actions/${id}/history`),
  whatIf: (year: number, bands: Bands) => api.post<WhatIf>('/api/v1/budget-actions:what-if', { year, bands }),
  summary: (year: number) => api.get<Summary>('/api/v1/budget-actions/summary' + query({ year })),
};
