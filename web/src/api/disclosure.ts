// The calls of 信息公开: the office's list, steps and rates, and the public portal's open data
// (no login; docs/API.md, docs/OPEN_DATA.md).
import { api, query, type Page } from './client';
import type { AuditRecord } from './types';

export type DisclosureStatus = 'due' | 'published' | 'withdrawn';
export type DisclosureKind = 'target' | 'assessment' | 'self_evaluation' | 'key_evaluation';

export interface Disclosure {
  id: number;
  kind: DisclosureKind;
  kind_label: string;
  source_id: number;
  project_id: number | null;
  region_id: number;
  region_code: string;
  region_name: string;
  department_id: number | null;
  department_name: string;
  unit_id: number | null;
  unit_name: string;
  year: number;
  title: string;
  due: string;
  overdue: boolean;
  status: DisclosureStatus;
  status_label: string;
  subject: string;
  slug: string;
  published_at: string | null;
  withdrawn_at: string | null;
  withdrawn_reason: string;
  version: number;
  actions?: string[];
  snapshot?: Snapshot | null;
}

/** What the public sees of an item, frozen when it was published. */
export interface Snapshot {
  kind: DisclosureKind;
  kind_label: string;
  title: string;
  year: number;
  region_name: string;
  department_name: string;
  unit_name: string;
  subject: string;
  slug: string;
  published_at: string;
  project_code: string;
  score?: string | null;
  grade_label?: string;
  overall_goal?: string;
  amount_wan?: string | null;
  initial_wan?: string;
  budget_wan?: string;
  executed_wan?: string;
  execution_rate?: string;
  goal_achieved?: string;
  problems?: string | { title: string; requirement: string }[];
  improvements?: string;
  conclusion_label?: string;
  suggested_amount_wan?: string | null;
  evaluation_kind_label?: string;
  name?: string;
  budget_wan_key?: string;
  results_letter_number?: string;
  indicators?: {
    category: string; subcategory: string; name: string; comparator: string; comparator_label: string;
    value: string; unit: string; actual_value?: string; weight?: string; score?: string | null;
  }[];
}

export interface DisclosureFilter {
  year?: number;
  status?: string;
  kind?: string;
  region_id?: number;
  department_id?: number;
  overdue?: string;
  q?: string;
  cursor?: string | null;
  offset?: number;
  limit?: number;
}

export interface RateCounts { due: number; published: number; overdue: number; rate: string | null; rate_text: string }
export interface Rates extends RateCounts {
  year: number;
  as_of: string;
  by_department: (RateCounts & { department_id: number; department_name: string })[];
  by_region: (RateCounts & { region_id: number; region_name: string })[];
}

export interface BulkAnswer {
  done: number;
  refused: number;
  items: { id: number; done: boolean; status?: number; code?: string; detail?: string }[];
}

export const DISCLOSURE_STATUSES = [
  { value: 'due', label: '待公开' },
  { value: 'published', label: '已公开' },
  { value: 'withdrawn', label: '已撤回' },
];
export const DISCLOSURE_KINDS = [
  { value: 'target', label: '绩效目标' },
  { value: 'assessment', label: '事前绩效评估' },
  { value: 'self_evaluation', label: '绩效自评' },
  { value: 'key_evaluation', label: '重点评价' },
];
export const DISCLOSURE_STATUS_TAG: Record<string, 'warning' | 'success' | 'danger'> = {
  due: 'warning', published: 'success', withdrawn: 'danger',
};

export const disclosureApi = {
  open: (year: number) => api.post<{ year: number; added: number }>('/api/v1/disclosures:open', { year }),
  list: (f: DisclosureFilter) => api.get<Page<Disclosure>>('/api/v1/disclosures' + query({ ...f })),
  get: (id: number | string) => api.get<Disclosure>(`/api/v1/disclosures/${id}`),
  step: (id: number, body: { version: number; action: string; reason?: string }) =>
    api.post<Disclosure>(`/api/v1/disclosures/${id}/steps`, body),
  bulk: (ids: number[], action: string, reason?: string) =>
    api.post<BulkAnswer>('/api/v1/disclosures:bulk', { ids, action, reason }),
  history: (id: number) => api.get<{ items: AuditRecord[] }>(`/api/v1/disclosures/${id}/history`),
  rates: (year: number) => api.get<Rates>('/api/v1/disclosures/rates' + query({ year })),
};

// --- the public portal
export interface PublicRegion { code: string; name: string; level: string; parent_code: string | null }
export interface PublicDepartment { department_id: number; name: string; projects: number; items: number }
export interface PublicSubject { subject: string; permalink: string; title: string; region_name: string; department_name: string; items: number }
export interface PublicProject {
  subject: string; permalink: string; region_code: string; year: number; code: string;
  title: string; region_name: string; department_name: string; items: Snapshot[];
}

export const PUBLIC_BASE = '/api/public/v1';
export const publicApi = {
  regions: () => api.get<{ items: PublicRegion[] }>(`${PUBLIC_BASE}/regions`),
  departments: (code: string, year: number) =>
    api.get<{ items: PublicDepartment[] }>(`${PUBLIC_BASE}/regions/${encodeURIComponent(code)}/departments` + query({ year })),
  projects: (departmentId: number | string, year: number, cursor?: string | null) =>
    api.get<{ items: PublicSubject[]; next_cursor: string | null }>(`${PUBLIC_BASE}/departments/${departmentId}/projects` + query({ year, cursor, limit: 50 })),
  search: (q: string, year?: number, cursor?: string | null) =>
    api.get<{ items: PublicSubject[]; next_cursor: string | null }>(`${PUBLIC_BASE}/search` + query({ q, year, cursor, limit: 50 })),
  project: (region: string, year: number | string, code: string) =>
    api.get<PublicProject>(`${PUBLIC_BASE}/projects/${encodeURIComponent(region)}/${year}/${encodeURIComponent(code)}`),
};

/** The same list or page as open data: its address with format=csv. */
export function csvLink(path: string): string {
  return path + (path.includes('?') ? '&' : '?') + 'format=csv';
}
