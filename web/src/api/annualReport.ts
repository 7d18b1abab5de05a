// 年度报告: the annual work report's figures, rows and the report itself (docs/API.md).
import { api, query, request } from './client';
import type { FigureRefLike } from '../utils/annual_report/reportDocument';

// --- The report itself (年度预算绩效管理工作报告): its document, narrative, freeze and Word file.
export type ReportFigureRef = FigureRefLike;
export interface ReportRun { text: string; figure?: ReportFigureRef }
export interface ReportBlock { kind: 'heading' | 'paragraph'; level: number; section: string; runs: ReportRun[] }
export interface ReportPlaceholder { token: string; text: string; figure: ReportFigureRef }
export interface AnnualReport {
  year: number;
  region_id: number;
  region_name: string;
  own_label: string;
  lower_label: string;
  has_lower: boolean;
  status: 'draft' | 'frozen';
  status_label: string;
  version: number;
  frozen: boolean;
  can_edit: boolean;
  frozen_at: string | null;
  frozen_by: string | null;
  title: string;
  issuer: string;
  date_text: string;
  blocks: ReportBlock[];
  narrative: Record<string, string>;
  fields: { key: string; label: string }[];
  placeholders: ReportPlaceholder[];
  sections: { section: string; label: string; parent: string; fiscal_year: number }[];
  rates: { code: string; label: string; numerator: string; denominator: string }[];
}

const reportPath = (year: number, tail = '', region?: number) =>
  `/api/v1/annual-reports/${year}${tail}${query({ region })}`;

export const annualReportApi = {
  get: (year: number, region?: number) => api.get<AnnualReport>(reportPath(year, '', region)),
  saveNarrative: (year: number, narrative: Record<string, string>, version: number, region?: number) =>
    request<AnnualReport>('PUT', reportPath(year, '/narrative', region), { body: { narrative, version } }),
  freeze: (year: number, version: number, region?: number) =>
    api.post<AnnualReport>(reportPath(year, '/freeze', region), { version }),
  docxUrl: (year: number, region?: number) => reportPath(year, '/docx', region),
};
