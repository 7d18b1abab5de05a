// The calls of the findings ledger page (整改台账) and of the warning notices issued at a
// checkpoint (预警纠偏告知函, docs/API.md).
import { api, query, type Page } from './client';
import type { AuditRecord } from './types';
import type { OfficialDocument } from './documents';

export type FindingStatus = 'open' | 'answered' | 'closed';

export interface Finding {
  id: number;
  region_id: number;
  year: number;
  source: string;
  source_label: string;
  source_id: number;
  project_id: number | null;
  project_code: string;
  project_name: string;
  unit_id: number;
  unit_name: string;
  department_id: number;
  department_name: string;
  title: string;
  requirement: string;
  due: string;
  overdue: boolean;
  document_id: number | null;
  document_number: string;
  status: FindingStatus;
  status_label: string;
  answer: string;
  answered_at: string | null;
  opinion: string;
  closed_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  actions?: string[];
}

export interface FindingFilter {
  year?: number;
  status?: string;
  source?: string;
  overdue?: string;
  cursor?: string | null;
  offset?: number;
  limit?: number;
}

export interface RateCounts { due: number; closed: number; overdue: number; rate: string | null; rate_text: string }
export interface FindingStatistics extends RateCounts {
  year: number;
  as_of: string;
  total: number;
  open: number;
  answered: number;
  by_department: (RateCounts & { department_id: number; department_name: string; total: number; answered: number })[];
}

export interface Checkpoint { id: number; name: string; as_of: string; status: string; region_id: number }
/** A warning notice with its findings by state; `overdue` of them open past `due` (R-RA-1). */
export interface Notice extends OfficialDocument {
  findings: number; open: number; answered: number; closed: number; overdue: number; due: string;
}

export const FINDING_STATUSES = [
  { value: 'open', label: '待整改' },
  { value: 'answered', label: '已反馈' },
  { value: 'closed', label: '已销号' },
];
export const FINDING_STATUS_TAG: Record<string, 'warning' | 'primary' | 'success'> = {
  open: 'warning', answered: 'primary', closed: 'success',
};

export const rectifyApi = {
  list: (f: FindingFilter) => api.get<Page<Finding>>('/api/v1/findings' + query({ ...f })),
  get: (id: number | string) => api.get<Finding>(`/api/v1/findings/${id}`),
  step: (id: number, body: { version: number; action: string; answer?: string; opinion?: string }) =>
    api.post<Finding>(`/api/v1/findings/${id}/steps`, body),
  history: (id: number) => api.get<{ items: AuditRecord[] }>(`/api/v1/findings/${id}/history`),
  statistics: (year: number) => api.get<FindingStatistics>('/api/v1/findings/statistics' + query({ year })),
  checkpoints: (year: number) => api.get<{ items: Checkpoint[] }>('/api/v1/checkpoints' + query({ year })),
  issueNotices: (checkpointId: number) =>
    api.post<{ issued: number; documents: OfficialDocument[] }>(`/api/v1/checkpoints/${checkpointId}/notices`, {}),
  notices: (checkpointId: number) => api.get<{ items: Notice[] }>(`/api/v1/checkpoints/${checkpointId}/notices`),
};
