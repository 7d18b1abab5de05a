// 绩效运行监控: the region's checkpoints, a report per monitored target at each checkpoint, its
// steps and timeline, and the spending series with its import (src/monitoring, R-MO-1…5).
import { api, query, request, type Page } from './client';
import type { AuditRecord } from './types';
import type { Indicator } from './targetTypes';

export interface Checkpoint {
  id: number;
  region_id: number;
  region_name: string;
  year: number;
  name: string;
  as_of: string;
  due: string;
  status: 'planned' | 'open' | 'closed';
  status_label: string;
  reports: number;
  opened_at: string;
  version: number;
}

export interface NewCheckpoint { year: number; name: string; as_of: string; due: string }

export interface Execution {
  project_id: number;
  as_of: string;
  executed_fen: number;
  executed_wan: string;
  source: 'import' | 'manual';
  source_label: string;
  entered_by_name: string;
  entered_at: string;
}

export interface MonitoringReport {
  id: number;
  checkpoint_id: number;
  checkpoint_name: string;
  as_of: string;
  due: string;
  target_id: number;
  target_kind: string;
  project_id: number | null;
  code: string;
  name: string;
  unit_id: number;
  unit_name: string;
  department_id: number;
  department_name: string;
  region_id: number;
  year: number;
  status: string;
  status_label: string;
  budget_fen: number;
  budget_wan: string;
  executed_fen: number;
  executed_wan: string;
  /** executed ÷ budget, two decimals; null when the budget is 0 (R-MON-2). */
  execution_rate: string | null;
  colour: string;
  colour_label: string;
  evaluated_at: string;
  version: number;
  submitted_at: string;
  decided_at: string;
  updated_at: string;
}

export interface IndicatorAnswer {
  position: number;
  indicator: Indicator;
  value_so_far: string;
  projected_value: string;
  likelihood: string;
  likelihood_label: string;
  reason: string;
  reason_label: string;
  correction: string;
}

/** A warning rule that fired for the report (R-MO-2). */
export interface FiredRule { rule: string; detail: string; colour: string }

export interface MonitoringReportView extends MonitoringReport {
  spending_reason: string;
  spending_correction: string;
  opinion: string;
  fired: FiredRule[];
  checkpoint: Checkpoint;
  indicators: IndicatorAnswer[];
  /** The answers are the same target's at the latest earlier checkpoint, not yet saved here. */
  prefilled: boolean;
  series: Execution[];
  actions: string[];
}

export interface ReportFilter {
  year?: number;
  checkpoint_id?: number | null;
  status?: string;
  colour?: string;
  department_id?: number | null;
  project_id?: number;
  queue?: 'section' | 'office';
  limit?: number;
  offset?: number;
  cursor?: string | null;
}

export interface AnswerInput {
  position: number;
  value_so_far: string;
  projected_value: string;
  likelihood: string;
  reason: string;
  correction: string;
}

export interface ReportInput {
  version: number;
  executed_fen?: number;
  spending_reason: string;
  spending_correction: string;
  indicators: AnswerInput[];
}

export interface StepInput { version: number; action: string; decision?: string; opinion?: string }

export const monitoringApi = {
  checkpoints: (year: number) => api.get<{ items: Checkpoint[] }>('/api/v1/checkpoints' + query({ year })),
  createCheckpoint: (c: NewCheckpoint) => api.post<Checkpoint>('/api/v1/checkpoints', c),
  openCheckpoint: (id: number, version: number) => api.post<Checkpoint>(`/api/v1/checkpoints/${id}/open`, { version }),
  list: (f: ReportFilter) => api.get<Page<MonitoringReport>>('/api/v1/monitoring-reports' + query({ ...f })),
  get: (id: number) => api.get<MonitoringReportView>(`/api/v1/monitoring-reports/${id}`),
  save: (id: number, body: ReportInput) =>
    request<MonitoringReportView>('PUT', `/api/v1/monitoring-reports/${id}`, { body }),
  step: (id: number, body: StepInput) => api.post<MonitoringReportView>(`/api/v1/monitoring-reports/${id}/steps`, body),
  history: (id: number) => api.get<{ items: AuditRecord[] }>(`/api/v1/monitoring-reports/${id}/history`),
  importCsv: (year: number, csv: string, dryRun: boolean) =>
    request<{ imported: number; dry_run: boolean }>('POST',
      '/api/v1/executions:import' + query({ year, dry_run: dryRun ? 1 : undefined }),
      { raw: csv, contentType: 'text/csv; charset=utf-8' }),
};
