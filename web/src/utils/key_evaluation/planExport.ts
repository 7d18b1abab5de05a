// The columns of the plan's 导出 Excel (评价计划): in the table's order, with Chinese headers and
// labels, never codes; money in 万元.
import type { ExportColumn } from '../../components/ListExport.vue';
import { fundLabel, kindLabel, modeLabel, statusLabel, type KeyEvaluation } from '../../api/keyEvaluationPlan';

export const PLAN_COLUMNS: ExportColumn<KeyEvaluation>[] = [
  { header: '评价对象', width: 36, value: (e) => e.name },
  { header: '评价类别', width: 18, value: (e) => kindLabel(e.kind) },
  { header: '部门 / 地区', width: 24, value: (e) => e.department_name || e.subject_region_name },
  { header: '资金类型', width: 18, value: (e) => fundLabel(e.fund_type) },
  { header: '金额（万元）', width: 16, value: (e) => e.budget_fen, money: true },
  { header: '完成时限', width: 12, value: (e) => e.due },
  { header: '评价方式', width: 16, value: (e) => modeLabel(e.mode) },
  { header: '评价范围', width: 36, value: (e) => e.scope },
  { header: '状态', width: 10, value: (e) => statusLabel(e.status) },
];
