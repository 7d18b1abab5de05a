// Official documents (公文): one letter as issued, and a region's register (docs/API.md).
import { api, query, type Page } from './client';

export interface OfficialDocument {
  id: number;
  year: number;
  kind: 'target_approval' | 'target_opinion' | string;
  kind_label: string;
  number: string;
  subject: string;
  subject_id: number;
  title: string;
  addressee: string;
  issuer: string;
  issued_on: string;
  issued_on_text: string;
  issued_by_name: string;
}

export interface Attachment { title: string; header: string[]; rows: string[][] }

export interface OfficialLetter extends OfficialDocument {
  paragraphs: string[];
  attachments: Attachment[];
}

export interface RegisterFilter { year: number; kind?: string; limit?: number; offset?: number }

export const DOCUMENT_KINDS = [
  { value: 'target_approval', label: '绩效目标批复' },
  { value: 'target_opinion', label: '绩效目标审核意见' },
  { value: 'warning_notice', label: '预警纠偏告知函' },
  { value: 'rectification_notice', label: '整改通知书' },
  { value: 'evaluation_result_letter', label: '评价结果反馈函' },
  { value: 'appraisal_notice', label: '绩效管理工作考核结果通报' },
];

export const documentsApi = {
  get: (id: number | string) => api.get<OfficialLetter>(`/api/v1/documents/${id}`),
  register: (f: RegisterFilter) => api.get<Page<OfficialDocument>>('/api/v1/documents' + query({ ...f })),
  /** The letter as a Word file: a plain link, the session cookie authorises it. */
  docxUrl: (id: number | string) => `/api/v1/documents/${id}/docx`,
};
