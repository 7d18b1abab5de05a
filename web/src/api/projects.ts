// The project and evidence calls of the project pages.
import { api, query, request, type FirstCountedPage, type Page } from './client';
import type { AuditRecord, EvidenceFile, Project, Unit } from './types';

/** The totals come with the first page only (no cursor); later pages leave them out. */
export interface ProjectPage extends FirstCountedPage<Project> {
  total_amount_fen?: number;
  total_amount_wan?: string;
}

export interface ProjectFilter {
  year?: number;
  unit_id?: number | null;
  fund_type?: string;
  tag?: string[];
  status?: string;
  /** 'review': only what waits for the caller's decision. */
  queue?: 'review';
  amount_min_fen?: number | null;
  amount_max_fen?: number | null;
  q?: string;
  sort?: string;
  cursor?: string | null;
  offset?: number;
  limit?: number;
}

/** The body of a create (all fields) or an update (the changed ones and `version`). */
export interface ProjectInput {
  version?: number;
  year?: number;
  code?: string;
  name?: string;
  unit_id?: number;
  fund_type?: string;
  amount_fen?: number;
  function_class?: string;
  category?: string;
  parent_id?: number;
  tags?: string[];
}

/** One condition of the budget gate (R-BG-1) with the rule that sets it. */
export interface GateCondition {
  key: string;
  rule: string;
  label: string;
  met: boolean;
  detail: string;
  link: string;
}

/** A step of the project's workflow; an opinion is required to return or cancel. */
export interface ProjectStep {
  version: number;
  action: string;
  decision?: string;
  opinion?: string;
}

export const projectsApi = {
  list: (f: ProjectFilter) => api.get<ProjectPage>('/api/v1/projects' + query({ ...f })),
  get: (id: number | string) => api.get<Project>(`/api/v1/projects/${id}`),
  create: (body: ProjectInput) => api.post<Project>('/api/v1/projects', body),
  update: (id: number | string, body: ProjectInput) => api.patch<Project>(`/api/v1/projects/${id}`, body),
  remove: (id: number | string) => api.del<null>(`/api/v1/projects/${id}`),
  step: (id: number | string, body: ProjectStep) => api.post<Project>(`/api/v1/projects/${id}/steps`, body),
  history: (id: number | string) => api.get<Page<AuditRecord>>(`/api/v1/projects/${id}/history`),
  gate: (id: number | string) => api.get<{ ready: boolean; conditions: GateCondition[] }>(`/api/v1/projects/${id}/gate`),
  importCsv: (csv: string, onUploadProgress?: (fraction: number) => void) =>
    request<{ imported: number }>('POST', '/api/v1/projects:import',
      { raw: csv, contentType: 'text/csv; charset=utf-8', onUploadProgress }),
};

export const evidenceApi = {
  list: (projectId: number | string, documentType = 'project') =>
    api.get<Page<EvidenceFile>>('/api/v1/evidence' + query({ document_type: documentType, document_id: projectId })),
  upload: (projectId: number | string, file: File, onUploadProgress?: (fraction: number) => void, documentType = 'project') => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<EvidenceFile>('POST', '/api/v1/evidence' + query({ document_type: documentType, document_id: projectId }),
      { raw: form, onUploadProgress });
  },
  contentUrl: (id: number) => `/api/v1/evidence/${id}/content`,
  remove: (id: number) => api.del<null>(`/api/v1/evidence/${id}`),
};

export const unitsApi = {
  search: (q: string, o: { regionId?: number | null; kind?: 'department' | 'unit'; limit?: number } = {}) =>
    api.get<Page<Unit>>('/api/v1/units' + query({ q, region_id: o.regionId, kind: o.kind, limit: o.limit ?? 20 })),
  get: (id: number) => api.get<Unit>(`/api/v1/units/${id}`),
};
