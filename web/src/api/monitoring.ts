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
  /** The reports the caller can read: its share when `partial`. */
  reports: number;
  /** The caller's scope holds part of the reports (a unit, a department, a section, an office below). */
  partial: boolean;
  opened_at: string;
  version: number;
  /** The warning run under way or last run (on GET /checkpoints/{id}). */
  run?: CheckpointRun;
}

/** The warning run over a checkpoint's reports (R-MO-4): finished_at empty while it runs. */
export interface CheckpointRun {
  running: boolean;
  /** Over the whole checkpoint: given only to those who read all its reports. */
  evaluated?: number;
  changed?: number;
  started_at: string;
  finished_at: string;
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

/** A warning rule that fired for the report (R-MO-4): `detail` is the Chinese reading. */
export interface FiredRule { rule: string; check?: string; detail: string; colour: string; inputs?: unknown }

/** What the warning rules say of a form's progress, nothing saved (POST /monitoring:evaluate). */
export interface EvaluateInput {
  year: number;
  as_of: string;
  budget_fen: number;
  executed_fen: number;
  report_overdue: boolean;
  indicators: Record<string, unknown>[];
}
export interface Evaluation {
  colour: string;
  fired: FiredRule[];
  time_progress: string | null;
  execution_rate: string | null;
  target_progress: string | null;
}

/** A decision on a monitored report (R-MO-5). */
export interface Outcome {
  id: number;
  report_id: number;
  checkpoint_id: number;
  checkpoint_name: string;
  project_id: number | null;
  code: string;
  name: string;
  unit_id: number;
  unit_name: string;
  department_id: number;
  region_id: number;
  year: number;
  kind: string;
  kind_label: string;
  before_fen: number;
  after_fen: number;
  recovered_fen: number;
  recovered_wan: string;
  reason: string;
  decided_by_name: string;
  decided_at: string;
}
export interface OutcomeInput { version: number; kind: string; amount_fen?: number; reason: string }
export interface OutcomeFilter { year?: number; checkpoint_id?: number | null; kind?: string; limit?: number; cursor?: string | null }
/** Money recovered and budgets adjusted by region and department. */
export interface OutcomeTotal {
  region_id: number;
  region_name: string;
  department_id: number;
  department_name: string;
  outcomes: number;
  recoveries: number;
  recovered_fen: number;
  recovered_wan: string;
  adjusted_fen: number;
}

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
  /** R-MO-3: the share of the year gone at the checkpoint date, "41.37". */
  time_progress?: string | null;
  outcomes: Outcome[];
  can_decide: boolean;
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

/** A project the forecast says will be warned at a planned checkpoint (R-MO-2, a month ahead):
 *  its spending now, carried forward at its recent pace to the checkpoint date. */
export interface EarlyWarning {
  checkpoint_id: number;
  project_id: number;
  code: string;
  name: string;
  unit_id: number;
  unit_name: string;
  department_id: number;
  region_id: number;
  budget_fen: number;
  budget_wan: string;
  executed_fen: number;
  executed_wan: string;
  projected_fen: number;
  projected_wan: string;
  /** projected ÷ budget, two decimals; null when the budget is 0 (R-MON-2). */
  projected_rate: string | null;
  colour: 'blue' | 'red';
  colour_label: string;
  projected: true;
  fired: FiredRule[];
  computed_on: string;
}
export interface EarlyWarningFilter { colour?: string; limit?: number; offset?: number; cursor?: string | null }
export interface Forecast { projects: number; blue: number; red: number }

export interface StepInput { version: number; action: string; decision?: string; opinion?: string }

/** Reports and their money; rates per R-MON-2: two decimals, null for "—". */
export interface StatFigures {
  reports: number; submitted: number; submission_rate: string | null;
  budget_fen: number; executed_fen: number; execution_rate: string | null;
  blue: number; red: number; warned: number; warning_rate: string | null;
  blue_fen: number; red_fen: number; warned_fen: number;
}
export interface StatDepartment extends StatFigures { department_id: number; department_name: string }
/** GET /monitoring/statistics: one checkpoint's figures in the caller's scope. */
export interface MonitoringStatistics {
  year: number;
  as_of: string;
  checkpoint: Checkpoint | null;
  coverage: { projects: number; monitored_projects: number; project_rate: string | null;
    amount_fen: number; monitored_fen: number; amount_rate: string | null };
  total: StatFigures;
  by_status: (StatFigures & { status: string; label: string })[];
  by_colour: (StatFigures & { colour: string; label: string })[];
  by_department: StatDepartment[];
  by_region_level: (StatFigures & { level: string; label: string })[];
  notices: { findings: number; due: number; answered_on_time: number; overdue: number; on_time_rate: string | null };
  recovered: { recoveries: number; recovered_fen: number;
    by_department: { department_id: number; department_name: string; recoveries: number; recovered_fen: number }[] };
}

export const monitoringApi = {
  checkpoints: (year: number) => api.get<{ items: Checkpoint[] }>('/api/v1/checkpoints' + query({ year })),
  createCheckpoint: (c: NewCheckpoint) => api.post<Checkpoint>('/api/v1/checkpoints', c),
  openCheckpoint: (id: number, version: number) => api.post<Checkpoint>(`/api/v1/checkpoints/${id}/open`, { version }),
  list: (f: ReportFilter) => api.get<Page<MonitoringReport>>('/api/v1/monitoring-reports' + query({ ...f })),
  get: (id: number) => api.get<MonitoringReportView>(`/api/v1/monitoring-reports/${id}`),
  save: (id: number, body: ReportInput) =>
    request<MonitoringReportView>('PUT', `/api/v1/monitoring-reports/${id}`, { body }),
  step: (id: number, body: StepInput) => api.post<MonitoringReportView>(`/api/v1/monitoring-reports/${id}/steps`, body),
  checkpoint: (id: number) => api.get<Checkpoint>(`/api/v1/checkpoints/${id}`),
  earlyWarnings: (id: number, f: EarlyWarningFilter = {}) =>
    api.get<Page<EarlyWarning>>(`/api/v1/checkpoints/${id}/early-warnings` + query({ ...f })),
  forecast: (id: number) => api.post<Forecast>(`/api/v1/checkpoints/${id}/forecast`, {}),
  runCheckpoint: (id: number) => api.post<Checkpoint>(`/api/v1/checkpoints/${id}/run`, {}),
  evaluate: (body: EvaluateInput) => api.post<Evaluation>('/api/v1/monitoring:evaluate', body),
  decide: (id: number, body: OutcomeInput) => api.post<MonitoringReportView>(`/api/v1/monitoring-reports/${id}/outcome`, body),
  outcomes: (f: OutcomeFilter) => api.get<Page<Outcome>>('/api/v1/monitoring-outcomes' + query({ ...f })),
  statistics: (year: number, checkpointId?: number | null) =>
    api.get<MonitoringStatistics>('/api/v1/monitoring/statistics' + query({ year, checkpoint_id: checkpointId ?? undefined })),
  outcomeTotals: (year: number) => api.get<{ items: OutcomeTotal[] }>('/api/v1/monitoring-outcomes/totals' + query({ year })),
  history: (id: number) => api.get<{ items: AuditRecord[] }>(`/api/v1/monitoring-reports/${id}/history`),
  importCsv: (year: number, csv: string, dryRun: boolean) =>
    request<{ imported: number; dry_run: boolean }>('POST',
      '/api/v1/executions:import' + query({ year, dry_run: dryRun ? 1 : undefined }),
      { raw: csv, contentType: 'text/csv; charset=utf-8' }),
};
