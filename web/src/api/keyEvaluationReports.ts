// Key evaluations' reports (docs/API.md “Key evaluation statistics”, “Agency scorecards and fee
// statements”, “Cross review”): the year's statistics, the agencies' scorecards and fee
// statements (R-KE-4), and the cross-review rounds (R-KE-5) with their reviews. Money in fen,
// scores and rates as exact strings ("—" for a rate with nothing to divide by).
import { api, query, request, type Page } from './client';
import workflow from '../../../data/workflows/key_evaluation_cross_round.json';

export interface KeyFigures {
  evaluations: number; budget_fen: number; planned: number; under_way: number; finalised: number;
  finalised_share: string; commissioned: number; commissioned_share: string; contract_fen: number;
  settled: number; payable_fen: number; deducted_fen: number; payable_share: string;
  findings: number; findings_due: number; findings_closed: number; findings_overdue: number;
  rectification_rate: string;
}
export interface KeyGroup { key: string; label: string; evaluations: number; budget_fen: number; count_share: string; budget_share: string }
export interface KeyRegionRow extends KeyFigures { region_id: number; name: string; own_level: boolean }
export interface KeyStatistics {
  year: number; today: string; region_id: number | null; region_name: string; total: KeyFigures;
  by_kind: KeyGroup[]; by_fund_type: KeyGroup[]; by_grade: KeyGroup[]; by_status: KeyGroup[]; by_mode: KeyGroup[];
  by_region: KeyRegionRow[];
}

export interface Scorecard {
  agency_id: number; agency_name: string; year: number; evaluations: number; scored: number;
  mean_quality: string | null; finalised: number; on_time: number; on_time_rate: string;
  reworked: number; rework_rate: string; contract_fen: number; payable_fen: number; deducted_fen: number;
  rank: number | null;
}

export interface FeeLine {
  evaluation_id: number; name: string; kind: string; status: string; contract_fee_fen: number;
  quality_score: string | null; reworked: boolean; state: 'pending' | 'payable' | 'rework_required';
  percent: string | null; capped: boolean; payable_fen: number | null; deducted_fen: number | null; detail: string;
}
export interface FeeStatement {
  agency_id: number; agency_name: string; year: number; contract_no: string; contract_total_fen: number;
  lines: FeeLine[]; commissioned_fen: number; payable_fen: number; deducted_fen: number; pending: number;
}

export type RoundStatus = 'open' | 'closed';
export interface CrossRound {
  id: number; region_id: number; year: number; name: string; seed: number; status: RoundStatus;
  created_by_name: string; created_at: string; version: number; reviews: number; reviewed: number;
  actions: string[];
}
export interface QualityItem { code: string; label: string; points: string }
export interface CrossReview {
  id: number; evaluation_id: number; evaluation_name: string; author_agency_id: number; author_agency_name: string;
  reviewer_agency_id: number; reviewer_agency_name: string; scores: Record<string, string> | null;
  total: string | null; comment: string; reviewed_by_name: string; reviewed_at: string | null; reviewable: boolean;
}
export interface CrossRoundDetail extends CrossRound { review_items: CrossReview[]; quality_items: QualityItem[] }

export const ROUND_STATUS = Object.fromEntries(workflow.states.map((s) => [s.name, { label: s.label, tone: s.tone }])) as
  Record<RoundStatus, { label: string; tone: 'warning' | 'success' }>;

export const keyReportsApi = {
  statistics: (year: number, regionId?: number) =>
    api.get<KeyStatistics>('/api/v1/key-evaluations/statistics' + query({ year, region_id: regionId })),
  scorecards: (yearFrom: number, yearTo: number) =>
    api.get<Page<Scorecard>>('/api/v1/agency-scorecards' + query({ year_from: yearFrom, year_to: yearTo })),
  feeStatement: (agencyId: number, year: number) =>
    api.get<FeeStatement>(`/api/v1/agencies/${agencyId}/fee-statement` + query({ year })),
  rounds: (year?: number) => api.get<Page<CrossRound>>('/api/v1/key-evaluation-cross-rounds' + query({ year })),
  round: (id: number) => api.get<CrossRoundDetail>(`/api/v1/key-evaluation-cross-rounds/${id}`),
  createRound: (body: { year: number; name: string; seed?: number }) =>
    api.post<CrossRoundDetail>('/api/v1/key-evaluation-cross-rounds', body),
  closeRound: (r: CrossRound) =>
    api.post<CrossRoundDetail>(`/api/v1/key-evaluation-cross-rounds/${r.id}/close`, { version: r.version }),
  review: (id: number, scores: Record<string, string | number>, comment: string) =>
    request<CrossRoundDetail>('PUT', `/api/v1/key-evaluation-cross-reviews/${id}`, { body: { scores, comment } }),
};
