// 自评统计 apart from the page: the grade chart (each row's evaluations by grade, stacked) and the
// columns of a table of rows as the page shows them and its Excel export writes them (Chinese
// headers, money in 万元, a rate with nothing to divide by "—").
export interface GradeRow { label: string; excellent: number; good: number; fair: number; poor: number; ungraded: number }

// R-GR-1's grades in the colours of their tags, then those not graded yet.
export const GRADES: { key: keyof Omit<GradeRow, 'label'>; label: string; color: string }[] = [
  { key: 'excellent', label: '优', color: '#67c23a' },
  { key: 'good', label: '良', color: '#409eff' },
  { key: 'fair', label: '中', color: '#e6a23c' },
  { key: 'poor', label: '差', color: '#f56c6c' },
  { key: 'ungraded', label: '未评级', color: '#c0c4cc' },
];

export const LABEL_WIDTH = 168;

export function gradeChartHeight(rows: number): string {
  return `${Math.max(240, rows * 34 + 64)}px`;
}

/** One horizontal bar a row, split by grade; rows read top down in the order given. */
export function gradeChartOption(rows: GradeRow[]) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: '自评（份）', nameLocation: 'middle', nameGap: 26, minInterval: 1 },
    yAxis: {
      type: 'category', inverse: true, data: rows.map((r) => r.label), axisTick: { show: false },
      axisLabel: { width: LABEL_WIDTH, overflow: 'truncate', rotate: 0 },
    },
    series: GRADES.map((g) => ({
      name: g.label, type: 'bar', stack: 'grades', barMaxWidth: 20, itemStyle: { color: g.color },
      data: rows.map((r) => r[g.key]),
    })),
  };
}

/** A rate as shown: "97.50%", or "—" when there was nothing to divide by (R-MON-2). */
export function pct(rate: string | null | undefined): string {
  return rate == null || rate === '' || rate === '—' ? '—' : `${rate}%`;
}

// What a column reads of a row (the figures of GET /api/v1/self-evaluations/statistics).
export interface FigureRow {
  evaluations: number; projects: number; departments: number; budget_fen: number; executed_fen: number;
  execution_rate: string | null; submitted: number; accepted: number; submission_rate: string | null;
  excellent: number; good: number; fair: number; poor: number; ungraded: number;
  budget_projects: number; project_coverage: string | null; amount_coverage: string | null;
  sampled: number; reviewed: number; reviewed_fen: number; inflated: number;
  review_progress: string | null; reviewed_amount_rate: string | null; inflated_share: string | null;
  findings: number; findings_closed: number; findings_overdue: number; rectification_rate: string | null;
}

export interface FigureColumn {
  header: string;
  width: number;
  /** The cell: a count, text, or for a money column the amount in fen. */
  value: (r: FigureRow) => string | number;
  money?: boolean;
  /** Shown in the page's table too (the export writes every column). */
  screen?: boolean;
  /** The key the statistics route sorts the departments by (`sort`), for a sortable column. */
  sort?: string;
}

/** The figures' columns after the row's name, in the order of the page's tables. */
export const FIGURE_COLUMNS: FigureColumn[] = [
  { header: '自评（份）', width: 11, value: (r) => r.evaluations, screen: true, sort: 'evaluations' },
  { header: '其中项目', width: 10, value: (r) => r.projects },
  { header: '其中部门整体', width: 13, value: (r) => r.departments },
  { header: '预算安排项目（个）', width: 18, value: (r) => r.budget_projects },
  { header: '项目覆盖率', width: 12, value: (r) => pct(r.project_coverage), screen: true, sort: 'project_coverage' },
  { header: '资金覆盖率', width: 12, value: (r) => pct(r.amount_coverage), screen: true, sort: 'amount_coverage' },
  { header: '全年预算数（万元）', width: 18, value: (r) => r.budget_fen, money: true, screen: true, sort: 'budget_fen' },
  { header: '全年执行数（万元）', width: 18, value: (r) => r.executed_fen, money: true },
  { header: '执行率', width: 10, value: (r) => pct(r.execution_rate), screen: true, sort: 'execution_rate' },
  { header: '已报送', width: 9, value: (r) => r.submitted },
  { header: '报送率', width: 10, value: (r) => pct(r.submission_rate), screen: true, sort: 'submission_rate' },
  { header: '已确认', width: 9, value: (r) => r.accepted },
  { header: '优', width: 7, value: (r) => r.excellent, screen: true },
  { header: '良', width: 7, value: (r) => r.good, screen: true },
  { header: '中', width: 7, value: (r) => r.fair, screen: true },
  { header: '差', width: 7, value: (r) => r.poor, screen: true },
  { header: '未评级', width: 9, value: (r) => r.ungraded },
  { header: '抽查（份）', width: 11, value: (r) => r.sampled, screen: true, sort: 'sampled' },
  { header: '已复核', width: 9, value: (r) => r.reviewed, screen: true, sort: 'reviewed' },
  { header: '复核进度', width: 11, value: (r) => pct(r.review_progress) },
  { header: '复核金额（万元）', width: 17, value: (r) => r.reviewed_fen, money: true },
  { header: '复核资金覆盖率', width: 15, value: (r) => pct(r.reviewed_amount_rate), screen: true, sort: 'reviewed_amount_rate' },
  { header: '虚高（份）', width: 11, value: (r) => r.inflated, screen: true, sort: 'inflated' },
  { header: '虚高占比', width: 11, value: (r) => pct(r.inflated_share), screen: true, sort: 'inflated_share' },
  { header: '整改问题（个）', width: 14, value: (r) => r.findings },
  { header: '已销号', width: 9, value: (r) => r.findings_closed },
  { header: '逾期未整改', width: 12, value: (r) => r.findings_overdue },
  { header: '整改率', width: 10, value: (r) => pct(r.rectification_rate), screen: true, sort: 'rectification_rate' },
];

/** The departments' first order: by code (regions, then departments, as they were set up). */
export const DEPARTMENT_SORT_DEFAULT = 'code';

/**
 * A table's sort (el-table's sort-change) as the route's `sort`: "-" before the key descending;
 * no order (a third click) is the code order again.
 */
export function departmentSort(prop: string | null | undefined, order: 'ascending' | 'descending' | null | undefined): string {
  if (!prop || !order) return DEPARTMENT_SORT_DEFAULT;
  return (order === 'descending' ? '-' : '') + prop;
}

/** The route's `sort` as el-table's default sort (none shown for the code order). */
export function tableSort(sort: string): { prop: string; order: 'ascending' | 'descending' } | undefined {
  if (!sort || sort === DEPARTMENT_SORT_DEFAULT) return undefined;
  const desc = sort.startsWith('-');
  return { prop: sort.replace(/^-/, ''), order: desc ? 'descending' : 'ascending' };
}
