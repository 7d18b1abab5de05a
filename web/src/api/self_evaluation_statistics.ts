// 自评统计: a year's self-evaluations in the caller's scope, from the kept totals
// (GET /api/v1/self-evaluations/statistics, src/self_evaluation/statistics_*).
import { api, query } from './client';

/** A group's figures: counts, money in fen, rates as two-decimal strings or null ("—"). */
export interface SelfEvaluationFigures {
  evaluations: number;
  projects: number;
  departments: number;
  budget_fen: number;
  executed_fen: number;
  execution_rate: string | null;
  submitted: number;
  accepted: number;
  submission_rate: string | null;
  acceptance_rate: string | null;
  excellent: number;
  good: number;
  fair: number;
  poor: number;
  ungraded: number;
  excellent_share: string | null;
  good_share: string | null;
  fair_share: string | null;
  poor_share: string | null;
  budget_projects: number;
  budget_projects_fen: number;
  project_fen: number;
  project_coverage: string | null;
  amount_coverage: string | null;
  sampled: number;
  sampled_fen: number;
  reviewed: number;
  reviewed_fen: number;
  inflated: number;
  review_progress: string | null;
  reviewed_share: string | null;
  reviewed_amount_rate: string | null;
  inflated_share: string | null;
  findings: number;
  findings_due: number;
  findings_closed: number;
  findings_overdue: number;
  rectification_rate: string | null;
}

export interface StatRegion { id: number; name: string; level: string }
export interface RegionFigures extends SelfEvaluationFigures { region_id: number; name: string }
export interface DepartmentFigures extends SelfEvaluationFigures {
  department_id: number; department_name: string; region_id: number; region_name: string;
}
export type StatisticsBy = 'region' | 'department';

export interface SelfEvaluationStatistics {
  year: number;
  as_of: string;
  by: StatisticsBy;
  region: StatRegion | null;
  trail: StatRegion[];
  total: SelfEvaluationFigures;
  own_level: SelfEvaluationFigures | null;
  by_region: RegionFigures[];
  /** One page of the departments, as `DepartmentPage` asks (50 in code order by default). */
  by_department: DepartmentFigures[];
  /** The departments before paging. */
  departments_total: number;
  by_level: (SelfEvaluationFigures & { level: string; label: string })[];
  by_status: { status: string; label: string; evaluations: number }[];
}

/**
 * The departments' page: `limit` 1–500 (0: every department, for the Excel export), `offset`, and
 * `sort` a figure's key ("-" before it: descending; a rate with nothing to divide by goes last).
 */
export interface DepartmentPage { limit?: number; offset?: number; sort?: string }

export const selfEvaluationStatisticsApi = {
  statistics: (year: number, regionId?: number, by: StatisticsBy = 'region', page: DepartmentPage = {}) =>
    api.get<SelfEvaluationStatistics>('/api/v1/self-evaluations/statistics' +
      query({ year, region_id: regionId, by: by === 'region' ? undefined : by,
        limit: page.limit, offset: page.offset || undefined, sort: page.sort || undefined })),
};
