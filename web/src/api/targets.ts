// The calls of the target pages: rules, frameworks and industries, the indicator and case
// libraries, recommendations, lint, targets and their review (docs/API.md).
import { api, query, request, type Page } from './client';
import type { AuditRecord } from './types';
import type {
  Finding, Framework, Industry, LibraryIndicator, LibraryIndicatorInput, NewCase, NewReviewBatch, Recommendation,
  ReviewBatch, ReviewInput, Reviewer, Rule, RuleParams, Target, TargetCase, TargetDraft, TargetStatistics,
  TargetQueue, TargetSummary, TargetUpdate,
} from './targetTypes';

/** A list answer: the contract's bare array or the usual {items}. */
async function items<T>(p: Promise<T[] | { items: T[] }>): Promise<T[]> {
  const answer = await p;
  return Array.isArray(answer) ? answer : answer.items;
}

export interface TargetFilter {
  year?: number;
  kind?: string;
  status?: string;
  department_id?: number | null;
  unit_id?: number | null;
  project_id?: number | null;
  fund_type?: string;
  q?: string;
  assigned?: 1;
  /** What waits for a reviewer (R-TR-1): the department's review of its units' targets, the
   * business section's first review, the performance office's decision. */
  queue?: TargetQueue;
  sort?: 'id' | '-id';
  cursor?: string | null;
  offset?: number;
  limit?: number;
}

export interface TargetCandidate {
  id: number;
  code: string;
  name: string;
  unit_name: string;
  amount_fen: number;
}

export interface LibraryFilter {
  industry?: string;
  category?: string;
  subcategory?: string;
  q?: string;
  scope?: 'own';
  cursor?: string | null;
  offset?: number;
  limit?: number;
}

export interface CaseFilter {
  industry?: string;
  function_class?: string;
  q?: string;
  cursor?: string | null;
  offset?: number;
  limit?: number;
}

export interface RecommendationFilter {
  project_id: number;
  category?: string;
  subcategory?: string;
  q?: string;
  limit?: number;
}

export const rulesApi = {
  list: (year: number) => items(api.get<Rule[] | { items: Rule[] }>('/api/v1/rules' + query({ year }))),
  put: (ruleId: string, year: number, params: RuleParams) =>
    request<Rule>('PUT', `/api/v1/rules/${encodeURIComponent(ruleId)}` + query({ year }), { body: { params } }),
  restore: (ruleId: string, year: number) =>
    api.del<Rule | null>(`/api/v1/rules/${encodeURIComponent(ruleId)}` + query({ year })),
};

// The shipped frameworks never change while the app runs: asked for once.
let frameworks: Promise<Framework[]> | null = null;

export const referenceApi = {
  frameworks: () => (frameworks ??= items(api.get<Framework[] | { items: Framework[] }>('/api/v1/frameworks'))
    .catch((e) => { frameworks = null; throw e; })),
  industries: () => items(api.get<Industry[] | { items: Industry[] }>('/api/v1/industries')),
};

export const libraryApi = {
  indicators: (f: LibraryFilter) => api.get<Page<LibraryIndicator>>('/api/v1/library/indicators' + query({ ...f })),
  createIndicator: (body: LibraryIndicatorInput) => api.post<LibraryIndicator>('/api/v1/library/indicators', body),
  updateIndicator: (id: number, body: LibraryIndicatorInput) =>
    api.patch<LibraryIndicator>(`/api/v1/library/indicators/${id}`, body),
  removeIndicator: (id: number) => api.del<null>(`/api/v1/library/indicators/${id}`),
  importIndicators: (csv: string, onUploadProgress?: (fraction: number) => void) =>
    request<{ imported: number }>('POST', '/api/v1/library/indicators:import',
      { raw: csv, contentType: 'text/csv; charset=utf-8', onUploadProgress }),
  cases: (f: CaseFilter) => api.get<Page<TargetCase>>('/api/v1/library/cases' + query({ ...f })),
  getCase: (id: number) => api.get<TargetCase>(`/api/v1/library/cases/${id}`),
  createCase: (body: NewCase) => api.post<TargetCase>('/api/v1/library/cases', body),
  removeCase: (id: number) => api.del<null>(`/api/v1/library/cases/${id}`),
  recommendations: (f: RecommendationFilter) =>
    api.get<{ items: Recommendation[] }>('/api/v1/recommendations' + query({ ...f })),
};

export const targetsApi = {
  lint: (draft: TargetDraft) => api.post<{ findings: Finding[] }>('/api/v1/targets:lint', draft),
  list: (f: TargetFilter) => api.get<Page<TargetSummary>>('/api/v1/targets' + query({ ...f })),
  /** 新建目标's picker: projects of the year the caller may file a target for. */
  candidates: (year: number, q: string) =>
    items(api.get<{ items: TargetCandidate[] }>('/api/v1/targets:candidates' + query({ year, q, limit: 50 }))),
  get: (id: number | string) => api.get<Target>(`/api/v1/targets/${id}`),
  create: (draft: TargetDraft) => api.post<Target>('/api/v1/targets', draft),
  update: (id: number | string, body: TargetUpdate) => api.patch<Target>(`/api/v1/targets/${id}`, body),
  remove: (id: number | string) => api.del<null>(`/api/v1/targets/${id}`),
  submit: (id: number | string, version: number) => api.post<Target>(`/api/v1/targets/${id}/submit`, { version }),
  withdraw: (id: number | string, version: number) => api.post<Target>(`/api/v1/targets/${id}/withdraw`, { version }),
  review: (id: number | string, body: ReviewInput) => api.post<Target>(`/api/v1/targets/${id}/review`, body),
  adjust: (id: number | string, version: number, reason: string) =>
    api.post<Target>(`/api/v1/targets/${id}/adjust`, { version, reason }),
  history: (id: number | string) => api.get<Page<AuditRecord>>(`/api/v1/targets/${id}/history`),
  statistics: (year: number, regionId?: number) =>
    api.get<TargetStatistics>('/api/v1/statistics/targets' + query({ year, region_id: regionId })),
};

export const reviewBatchesApi = {
  list: (year: number) => items(api.get<ReviewBatch[] | { items: ReviewBatch[] }>('/api/v1/review-batches' + query({ year }))),
  create: (body: NewReviewBatch) => api.post<ReviewBatch>('/api/v1/review-batches', body),
  reviewers: () => items(api.get<Reviewer[] | { items: Reviewer[] }>('/api/v1/reviewers')),
};
