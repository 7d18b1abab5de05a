// 预算评审: the batch table of the caller's scope, finance's batch entry and import, and the
// cut-rate statistics (src/budget_review).
import { api, query, request, type FirstCountedPage } from './client';

export interface ReviewFigures {
  done: number;
  pending: number;
  count: number;
  submitted_fen: number;
  approved_fen: number;
  cut_fen: number;
  cut_rate: string;
  pending_fen: number;
}

export interface BudgetReview {
  id: number;
  project_id: number;
  project_code: string;
  project_name: string;
  project_status: string;
  region_id: number;
  year: number;
  department_id: number;
  department_name: string;
  unit_id: number;
  unit_name: string;
  fund_type: string;
  fund_type_label: string;
  submitted_fen: number;
  approved_fen: number | null;
  cut_fen: number | null;
  cut_rate: string;
  cut_reason: string;
  cut_reason_label: string;
  comment: string;
  reviewer_id: number | null;
  reviewer_name: string;
  reviewed_at: string;
  status: 'pending' | 'done' | 'withdrawn';
  status_label: string;
  editable: boolean;
  version: number;
}

export interface CutReason { code: string; label: string }

export type ReviewPage = FirstCountedPage<BudgetReview> & {
  figures?: ReviewFigures;
  reasons: CutReason[];
  reason_required: boolean;
  can_review: boolean;
};

export interface ReviewFilter {
  year: number;
  department_id?: number;
  status?: string;
  q?: string;
  limit?: number;
  offset?: number;
  cursor?: string | null;
}

export interface ReviewEntry {
  project_id: number;
  version: number;
  approved_fen: number | null;
  cut_reason: string;
  comment: string;
}

export type StatisticsRow = ReviewFigures & { key: string; label: string };

export interface ReviewStatistics {
  year: number;
  region_name: string | null;
  total: ReviewFigures;
  own_level: ReviewFigures | null;
  by_region: StatisticsRow[];
  by_department: StatisticsRow[];
  by_fund_type: StatisticsRow[];
}

export const budgetReviewApi = {
  list: (f: ReviewFilter) => api.get<ReviewPage>('/api/v1/budget-reviews' + query({ ...f })),
  save: (items: ReviewEntry[]) =>
    request<{ items: BudgetReview[] }>('PUT', '/api/v1/budget-reviews', { body: { items } }),
  importCsv: (year: number, csv: string, dryRun: boolean) =>
    request<{ imported: number; dry_run: boolean }>('POST',
      '/api/v1/budget-reviews:import' + query({ year, dry_run: dryRun ? 1 : undefined }),
      { raw: csv, contentType: 'text/csv; charset=utf-8' }),
  statistics: (year: number) => api.get<ReviewStatistics>('/api/v1/budget-reviews/statistics' + query({ year })),
  statisticsCsv: (year: number) =>
    request<Blob>('GET', '/api/v1/budget-reviews/statistics' + query({ year, format: 'csv' })),
};
