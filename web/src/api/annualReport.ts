// The calls of 年度报告 (R-RPT-1): the figures of a work year by level, the funnel of one fiscal
// year's cohort with the previous year beside it, and the rows behind a figure (docs/API.md,
// "Annual report").
import { api, query, request } from './client';
import type { FigureRefLike } from '../utils/annual_report/reportDocument';

/** A count and its money (fen, and 万元 as text) where the figure has money. */
export interface Amount {
  count: number;
  fen?: number;
  wan?: string;
}

export interface RegionAmount {
  region_id: number;
  name: string;
  amount: Amount;
}

export interface Figure {
  code: string;
  label: string;
  unit: string;           // 个, 项, 次
  section: string;
  money: boolean;
  fiscal_year: number;
  total: Amount;
  own: Amount;            // the region's own level (州级)
  lower: Amount;          // every region below (县级)
  regions: RegionAmount[];  // each region a level down, with everything below it
}

export interface Rate {
  code: string;
  label: string;
  numerator: string;
  denominator: string;
  by_money: boolean;
  total: string;          // "33.08%" or "—"
  own: string;
  lower: string;
}

export interface SectionYear {
  section: string;
  label: string;
  offset: number;
  fiscal_year: number;
}

export interface FigureSet {
  region_id: number;
  region_name: string;
  region_level: string;
  own_label: string;
  lower_label: string;
  has_lower: boolean;
  work_year: number;
  sections: SectionYear[];
  figures: Figure[];
  rates: Rate[];
}

export interface FunnelStep extends Figure {
  previous: Figure;       // the same step of the previous fiscal year
}

export interface Funnel {
  region_id: number;
  region_name: string;
  own_label: string;
  lower_label: string;
  fiscal_year: number;
  previous_year: number;
  steps: FunnelStep[];
}

export interface FigureRow {
  kind: string;
  id: number;
  code: string;
  title: string;
  department_name: string;
  unit_name: string;
  region_name: string;
  amount_fen: number;
  amount_wan: string;
  status: string;         // in Chinese
  note: string;
}

export interface RowsPage {
  figure: string;
  label: string;
  own_label: string;      // 州级: the region's own level, as its report names it
  lower_label: string;    // 县级 ('' without lower regions)
  fiscal_year: number;
  items: FigureRow[];
  total: number;
  total_fen: number;
  total_wan: string;
  money: boolean;         // whether the figure counts money (else amounts are 0)
  next_cursor: string | null;
}

/** Which rows: the whole tree, the region's own level, every region below it, or one lower region with its subtree. */
export type PartKind = 'all' | 'own' | 'lower' | 'region';
export interface RowsQuery {
  year: number;
  region?: number;
  part?: PartKind;
  part_region?: number;
  cursor?: string;
  offset?: number;
  limit?: number;
}

const rowsPath = (code: string) => `/api/v1/annual-reports/figures/${encodeURIComponent(code)}/rows`;

export const annualReportApi = {
  figures: (year: number, region?: number) =>
    request<FigureSet>('GET', '/api/v1/annual-reports/figures' + query({ year, region })),
  funnel: (year: number, region?: number) =>
    request<Funnel>('GET', '/api/v1/annual-reports/funnel' + query({ year, region })),
  rows: (code: string, q: RowsQuery) =>
    request<RowsPage>('GET', rowsPath(code) + query({ ...q, part: q.part === 'all' ? undefined : q.part })),
  rowsCsv: (code: string, q: RowsQuery) =>
    request<Blob>('GET', rowsPath(code) + query({
      year: q.year, region: q.region, part: q.part === 'all' ? undefined : q.part, part_region: q.part_region, format: 'csv',
    })),
};

/** The page of the rows behind a figure's number: its fiscal year and part (合计, 本级, a lower region). */
export function rowsLink(code: string, year: number, part: PartKind = 'all', partRegion?: number, region?: number) {
  return {
    path: `/annual-report/rows/${encodeURIComponent(code)}`,
    query: {
      year: String(year),
      ...(part !== 'all' ? { part } : {}),
      ...(partRegion ? { part_region: String(partRegion) } : {}),
      ...(region ? { region: String(region) } : {}),
    },
  };
}

/** A figure's number as shown: count with its unit, and money in 万元 where it has money. */
export function amountText(f: Pick<Figure, 'unit' | 'money'>, a: Amount): string {
  const n = a.count.toLocaleString('zh-CN') + ' ' + f.unit;
  return f.money && a.wan !== undefined ? `${n}，${a.wan} 万元` : n;
}

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

export const annualReportDocumentApi = {
  get: (year: number, region?: number) => api.get<AnnualReport>(reportPath(year, '', region)),
  saveNarrative: (year: number, narrative: Record<string, string>, version: number, region?: number) =>
    request<AnnualReport>('PUT', reportPath(year, '/narrative', region), { body: { narrative, version } }),
  freeze: (year: number, version: number, region?: number) =>
    api.post<AnnualReport>(reportPath(year, '/freeze', region), { version }),
  docxUrl: (year: number, region?: number) => reportPath(year, '/docx', region),
};
