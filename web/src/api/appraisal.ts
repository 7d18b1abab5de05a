// The calls of 绩效考核 (R-AP-1): the live scorecards, the rows behind a point, the region's
// weights, and the appraisals issued with their notice (docs/API.md, "Appraisal").
import { api, query, request } from './client';

export type Subject = 'department' | 'region';

export interface ItemColumn {
  code: string;
  label: string;
  rule_id: string;
  rule: string;
  weight: string;        // points, "10.00"
  has_source: boolean;   // false: not fed by its stage yet, applied to no one
  money: boolean;
}

export interface ItemScore {
  code: string;
  applied: boolean;
  numerator: number;
  denominator: number;
  rate: string;            // "97.50" or "—"
  weight: string;          // the weight after rescaling
  points: string | null;   // null: left out
}

export interface ScoreRow {
  subject_id: number;
  name: string;
  total: string | null;
  rank: number | null;
  items: ItemScore[];
}

export interface Scorecard {
  year: number;
  subject: Subject;
  region_id: number;
  region_name: string;
  today: string;
  not_applicable: 'rescale' | 'zero';
  not_applicable_rule: string;
  items: ItemColumn[];
  rows: ScoreRow[];
}

export interface PointRow {
  kind: string;
  id: number;
  title: string;
  unit_name: string;
  amount_fen: number;
  amount_wan: string;
  counted: boolean;
  status_label: string;
  note: string;
}

export interface PointRows {
  item: string;
  subject_id: number;
  money: boolean;
  numerator: number;
  denominator: number;
  rate: string;
  items: PointRow[];
  total: number;
  more: boolean;
  limit: number;
  offset: number;
}

export interface Weights {
  year: number;
  items: ItemColumn[];
  not_applicable: 'rescale' | 'zero';
  not_applicable_rule: string;
  set_by_region_id: number | null;
  set_by_region_name: string;
}

export interface Appraisal {
  id: number;
  region_id: number;
  region_name: string;
  year: number;
  subject: Subject;
  subject_label: string;
  status: 'draft' | 'computed' | 'issued';
  status_label: string;
  scores: Scorecard | Record<string, never>;
  computed_at: string | null;
  issued_at: string | null;
  document_id: number | null;
  document_number: string;
  version: number;
  actions: { name: string; label: string }[];
}

export const appraisalApi = {
  scorecard: (year: number, subject: Subject) =>
    api.get<Scorecard>(`/api/v1/appraisals/scorecard${query({ year, subject })}`),
  rows: (year: number, subject: Subject, subjectId: number, item: string, offset = 0, limit = 50) =>
    api.get<PointRows>(`/api/v1/appraisals/scorecard/rows${query({ year, subject, subject_id: subjectId, item, offset, limit })}`),
  weights: (year: number) => api.get<Weights>(`/api/v1/appraisals/weights${query({ year })}`),
  setWeights: (year: number, weights: Record<string, number>) =>
    request<Weights>('PUT', `/api/v1/appraisals/weights${query({ year })}`, { body: { weights } }),
  list: (year: number) => api.get<{ items: Appraisal[] }>(`/api/v1/appraisals${query({ year })}`),
  create: (year: number, subject: Subject) => api.post<Appraisal>('/api/v1/appraisals', { year, subject }),
  step: (id: number, action: 'compute' | 'issue', version: number) =>
    api.post<Appraisal>(`/api/v1/appraisals/${id}/${action}`, { version }),
};
