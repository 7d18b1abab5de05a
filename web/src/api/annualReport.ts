// 年度报告: the annual work report's figures, rows and the report itself (docs/API.md).
import { api, query, request } from './client';

// --- The report itself (年度预算绩效管理工作报告): its document, narrative, freeze and Word file.
export interface ReportFigureRef {
  code: string;
  part: 'all' | 'own' | 'lower' | 'region';
  region_id?: number;
  measure: 'count' | 'fen' | 'rate';
  fiscal_year: number;
}
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

// Where a figure of the report leads: the rows behind it (a rate: its numerator's), for its part
// of the region tree. The lower level as a whole is every region below: the whole list's part
// less the own level is not one list, so it opens the whole tree's.
export function reportRunLink(run: ReportRun, report: Pick<AnnualReport, 'rates'>): string | undefined {
  const f = run.figure;
  if (!f) return undefined;
  const code = f.measure === 'rate' ? report.rates.find((r) => r.code === f.code)?.numerator : f.code;
  if (!code) return undefined;
  const part = f.part === 'lower' ? 'all' : f.part;
  let to = `/annual-report/rows/${encodeURIComponent(code)}?year=${f.fiscal_year}&part=${part}`;
  if (f.part === 'region' && f.region_id) to += `&part_region=${f.region_id}`;
  return to;
}
