// Key evaluations' reports apart from their pages: the columns of the statistics, scorecard and
// fee-statement tables as the pages show them and their Excel export writes them (Chinese
// headers, money in 万元, a rate with nothing to divide by "—"), the chart of the money by kind,
// and a workbook of several sheets.
import type { FeeLine, KeyFigures, KeyGroup, KeyRegionRow, Scorecard } from '../../api/keyEvaluationReports';
import { fenToWan, fenToWanNumber } from '../money';
import { loadExcel, workbookBlob } from '../excel';

/** A rate as shown: "97.50%", or "—" when there was nothing to divide by (R-MON-2). */
export function pct(rate: string | null | undefined): string {
  return rate == null || rate === '' || rate === '—' ? '—' : `${rate}%`;
}

export interface Column<R> {
  header: string;
  width: number;
  /** The cell: a count, text, or for a money column the amount in fen. */
  value: (r: R) => string | number | null;
  money?: boolean;
}

export const GROUP_COLUMNS = (what: string): Column<KeyGroup>[] => [
  { header: what, width: 20, value: (g) => g.label },
  { header: '评价（项）', width: 12, value: (g) => g.evaluations },
  { header: '项数占比', width: 12, value: (g) => pct(g.count_share) },
  { header: '评价资金（万元）', width: 18, value: (g) => g.budget_fen, money: true },
  { header: '资金占比', width: 12, value: (g) => pct(g.budget_share) },
];

export const FIGURE_COLUMNS: Column<KeyFigures>[] = [
  { header: '评价（项）', width: 12, value: (f) => f.evaluations },
  { header: '评价资金（万元）', width: 18, value: (f) => f.budget_fen, money: true },
  { header: '计划中', width: 10, value: (f) => f.planned },
  { header: '实施中', width: 10, value: (f) => f.under_way },
  { header: '已完成', width: 10, value: (f) => f.finalised },
  { header: '委托第三方（项）', width: 16, value: (f) => f.commissioned },
  { header: '合同费用（万元）', width: 16, value: (f) => f.contract_fen, money: true },
  { header: '应付费用（万元）', width: 16, value: (f) => f.payable_fen, money: true },
  { header: '质量扣减（万元）', width: 16, value: (f) => f.deducted_fen, money: true },
  { header: '发现问题（个）', width: 14, value: (f) => f.findings },
  { header: '已销号', width: 10, value: (f) => f.findings_closed },
  { header: '逾期未整改', width: 12, value: (f) => f.findings_overdue },
  { header: '整改率', width: 10, value: (f) => pct(f.rectification_rate) },
];

export const REGION_COLUMNS: Column<KeyRegionRow>[] = [
  { header: '地区', width: 20, value: (r) => r.name },
  ...(FIGURE_COLUMNS as Column<KeyRegionRow>[]),
];

export const SCORECARD_COLUMNS: Column<Scorecard>[] = [
  { header: '年度', width: 8, value: (c) => c.year },
  { header: '机构', width: 32, value: (c) => c.agency_name },
  { header: '排名', width: 8, value: (c) => c.rank ?? '—' },
  { header: '委托评价（项）', width: 14, value: (c) => c.evaluations },
  { header: '已评报告（份）', width: 14, value: (c) => c.scored },
  { header: '平均报告质量得分', width: 16, value: (c) => c.mean_quality ?? '—' },
  { header: '按期完成率', width: 12, value: (c) => pct(c.on_time_rate) },
  { header: '返工率', width: 10, value: (c) => pct(c.rework_rate) },
  { header: '合同费用（万元）', width: 16, value: (c) => c.contract_fen, money: true },
  { header: '应付费用（万元）', width: 16, value: (c) => c.payable_fen, money: true },
  { header: '质量扣减（万元）', width: 16, value: (c) => c.deducted_fen, money: true },
];

/** 费用结算单's lines: what a line pays and why, pending until the report's quality is scored. */
export function feeLineState(l: FeeLine): string {
  if (l.state === 'pending') return '待评定';
  if (l.state === 'rework_required') return '返工后结算';
  return l.capped ? '返工后封顶' : '按质结算';
}

export const FEE_LINE_COLUMNS: Column<FeeLine>[] = [
  { header: '评价项目', width: 36, value: (l) => l.name },
  { header: '合同费用（万元）', width: 16, value: (l) => l.contract_fee_fen, money: true },
  { header: '报告质量得分', width: 14, value: (l) => l.quality_score ?? '—' },
  { header: '支付比例', width: 10, value: (l) => (l.percent == null ? '—' : `${l.percent}%`) },
  { header: '应付费用（万元）', width: 16, value: (l) => l.payable_fen, money: true },
  { header: '扣减（万元）', width: 14, value: (l) => l.deducted_fen, money: true },
  { header: '结算状态', width: 12, value: (l) => feeLineState(l) },
  { header: '计算说明', width: 60, value: (l) => l.detail },
];

/** A cell as the table shows it: money in 万元 with two decimals, null as "—". */
export function cellText<R>(c: Column<R>, row: R): string {
  const v = c.value(row);
  if (v == null) return '—';
  if (c.money) return fenToWan(v, { grouping: true });
  return String(v);
}

/** The chart of the money (万元) and the count of evaluations by kind. */
export function kindChartOption(groups: KeyGroup[]) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: groups.map((g) => g.label), axisLabel: { interval: 0 } },
    yAxis: [
      { type: 'value', name: '万元' },
      { type: 'value', name: '项', minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      { name: '评价资金（万元）', type: 'bar', barMaxWidth: 36, data: groups.map((g) => fenToWanNumber(g.budget_fen)) },
      { name: '评价（项）', type: 'line', yAxisIndex: 1, data: groups.map((g) => g.evaluations) },
    ],
  };
}

export interface Sheet<R> { name: string; columns: Column<R>[]; rows: R[] }

/** A workbook of sheets (bold, frozen header; money as 万元 numbers shown with two decimals). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function sheetsBlob(sheets: Sheet<any>[]): Promise<Blob> {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.columns = s.columns.map((c) => ({ header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const r of s.rows) {
      ws.addRow(s.columns.map((c) => {
        const v = c.value(r);
        return c.money && v != null ? fenToWanNumber(v) : v;
      }));
    }
    s.columns.forEach((c, i) => { if (c.money) ws.getColumn(i + 1).numFmt = '#,##0.00'; });
  }
  return workbookBlob(wb);
}
