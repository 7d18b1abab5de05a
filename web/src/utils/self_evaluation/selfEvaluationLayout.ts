// The national 项目支出绩效自评表 (annex to 财预〔2020〕10号, FORMS.md) as data, like the target
// declaration table (targets/declarationLayout.ts): rows and cells a region can adjust, and the
// pure computation that turns one self-evaluation into placed cells and merged ranges. Writing
// the workbook is selfEvaluationXlsx.ts; reading a filled one back is selfEvaluationImport.ts.
import type { Framework } from '../../api/targetTypes';
import { fenToWanNumber } from '../money';
import { indicatorValueText } from '../targets/fields';
import { formatHundredths, toHundredths } from '../targets/grade';
import {
  columnLetter, mergeDown, orderIndicators, placeRows,
  type CellSpec, type Facts, type PlacedCell, type RowSpec, type SheetPlan,
} from '../targets/declarationLayout';
import framework2015 from '../../../../data/framework/2015.json';
import framework2021 from '../../../../data/framework/2021.json';

/**
 * The frameworks the server ships (data/framework, as GET /api/v1/frameworks gives them): they
 * name the categories when a caller has none at hand; the newest first.
 */
export const SHIPPED_FRAMEWORKS: Framework[] = [framework2021, framework2015];

/** One indicator of a self-evaluation as the server writes it (scores as "15.00"). */
export interface SelfEvaluationIndicator {
  position?: number;
  category: string;
  subcategory: string;
  name: string;
  comparator: string;
  value: string;
  unit: string;
  direction?: string;
  /** The target's points in hundredths: 分值 until jixiao has scored the indicator. */
  weight?: number;
  actual_value: string;
  not_applicable: boolean;
  deviation_reason: string;
  improvement: string;
  self_score: string | null;
  computed_weight: string;
  computed_score: string;
  /**
   * The rule that scored it; '' while the form is not yet scored (the API scores it once every
   * indicator is answered, and its computed figures are 0 until then).
   */
  rule?: string;
  category_label?: string;
  subcategory_label?: string;
}

/** What the table needs of a self-evaluation (GET /api/v1/self-evaluations/{id}). */
export interface SelfEvaluationSheetInput {
  year: number;
  kind: string;  // project | department
  name: string;
  unit_name: string;
  department_name: string;
  overall_goal: string;
  goal_achieved: string;
  initial_fen: number;
  budget_fen: number;
  executed_fen: number;
  execution_score: string;
  computed_total: string;
  grade_label: string;
  framework_version?: string;
  indicators: SelfEvaluationIndicator[];
}

/** What an indicator column shows. */
export type SelfIndicatorField = 'category' | 'subcategory' | 'name' | 'target' | 'actual' | 'weight' | 'score' | 'reason';

export interface SelfEvaluationLayout {
  title: string;
  /** Under the title; {year} is the evaluated year. */
  subtitle: string;
  columns: number[];
  header: RowSpec[];
  indicatorHead: string[];
  indicatorColumns: SelfIndicatorField[];
  mergeColumns: SelfIndicatorField[];
  indicatorRowHeight: number;
  footer: RowSpec[];
}

const label = (text: string, extra: Partial<CellSpec> = {}): CellSpec => ({ text, role: 'label', ...extra });
const head = (text: string, extra: Partial<CellSpec> = {}): CellSpec => ({ text, role: 'head', ...extra });
const value = (field: string, extra: Partial<CellSpec> = {}): CellSpec => ({ field, role: 'value', ...extra });
const money = (field: string): CellSpec => ({ field, role: 'money' });
const score = (field: string, extra: Partial<CellSpec> = {}): CellSpec => ({ field, role: 'score', ...extra });
const text = (field: string, span: number): CellSpec => ({ field, role: 'text', span });
const dash: CellSpec = { text: '—', role: 'value' };

/** The money block: 年度资金总额 and its three parts, 分值 and 得分 only on the first (FORMS.md). */
function moneyRows(): RowSpec[] {
  const part = (title: string, key: string): RowSpec => ({
    cells: [label(title), money(`initial_${key}`), money(`budget_${key}`), money(`executed_${key}`), dash, value(`rate_${key}`), dash],
  });
  return [
    { cells: [label('项目资金（万元）', { rows: 5 }), head(''), head('年初预算数'), head('全年预算数'), head('全年执行数'),
      head('分值'), head('执行率'), head('得分')] },
    { cells: [label('年度资金总额'), money('initial_total'), money('budget_total'), money('executed_total'),
      score('execution_weight'), value('rate_total'), score('execution_score')] },
    part('其中：当年财政拨款', 'current'),
    part('上年结转资金', 'carried'),
    part('其他资金', 'other'),
  ];
}

const goalRows: RowSpec[] = [
  { cells: [label('年度总体目标', { rows: 2 }), head('预期目标', { span: 3 }), head('实际完成情况', { span: 4 })] },
  { height: 96, cells: [text('goal_expected', 3), text('goal_achieved', 4)] },
];

const INDICATOR_HEAD = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
const INDICATOR_COLUMNS: SelfIndicatorField[] = ['category', 'subcategory', 'name', 'target', 'actual', 'weight', 'score', 'reason'];
const FOOTER: RowSpec[] = [
  { height: 24, cells: [label('总分', { span: 5 }), score('total_weight'), score('total'), value('grade_text')] },
];

/** 项目支出绩效自评表 (FORMS.md), eight columns wide. */
export const PROJECT_SELF_EVALUATION: SelfEvaluationLayout = {
  title: '项目支出绩效自评表',
  subtitle: '（{year}年度）',
  columns: [12, 14, 22, 14, 14, 9, 9, 28],
  header: [
    { cells: [label('项目名称'), value('name', { span: 7 })] },
    { cells: [label('主管部门'), value('department', { span: 3 }), label('实施单位'), value('unit_name', { span: 3 })] },
    ...moneyRows(),
    ...goalRows,
  ],
  indicatorHead: INDICATOR_HEAD,
  indicatorColumns: INDICATOR_COLUMNS,
  mergeColumns: ['category', 'subcategory'],
  indicatorRowHeight: 20,
  footer: FOOTER,
};

/** A department's overall target is evaluated in the same frame under its own title. */
export const DEPARTMENT_SELF_EVALUATION: SelfEvaluationLayout = {
  ...PROJECT_SELF_EVALUATION,
  title: '部门整体支出绩效自评表',
  header: [
    { cells: [label('部门（单位）名称'), value('name', { span: 7 })] },
    ...PROJECT_SELF_EVALUATION.header.slice(1),
  ],
};

export function layoutFor(e: { kind: string }): SelfEvaluationLayout {
  return e.kind === 'department' ? DEPARTMENT_SELF_EVALUATION : PROJECT_SELF_EVALUATION;
}

/**
 * R-SE-5's three bands as the table writes them; the API keeps a qualitative indicator's actual
 * value as the band's code, and the server reads the labels back.
 */
export const QUALITATIVE_BANDS: Record<string, string> = {
  achieved: '达成年度指标',
  partly: '部分达成并具有一定效果',
  not_achieved: '未达成且效果较差',
};

/** What 实际完成值 shows: "不适用" (R-SE-6), a band's label, or the value as the unit typed it. */
export function actualText(i: SelfEvaluationIndicator): string {
  if (i.not_applicable) return '不适用';
  if (i.comparator === 'qualitative') return QUALITATIVE_BANDS[i.actual_value] ?? i.actual_value;
  return i.actual_value;
}

/** Whether jixiao has scored the indicator (a caller that gives no rule gives scored figures). */
export function isScored(i: SelfEvaluationIndicator): boolean {
  return i.rule !== '';
}

/**
 * 得分 as the table shows it: the unit's own score where it gave one (R-SE-8: the table is what
 * the unit signs), else jixiao's computed score, so that every row has a score and the column adds
 * up; none before jixiao has scored it (a 0 there would read back as the unit's own score of 0).
 */
export function shownScore(i: SelfEvaluationIndicator): string | null {
  return i.self_score ?? (isScored(i) ? i.computed_score : null);
}

/** 分值 in hundredths: jixiao's weight once scored (R-SE-2, R-SE-6), else the target's, as the form shows it. */
function weightOf(i: SelfEvaluationIndicator): number {
  return isScored(i) ? toHundredths(i.computed_weight) ?? 0 : i.weight ?? 0;
}

/** 偏差原因分析及改进措施 in one cell; with both parts each is named so that they can be told apart. */
export function reasonText(i: SelfEvaluationIndicator): string {
  const reason = i.deviation_reason.trim();
  const improvement = i.improvement.trim();
  if (reason && improvement) return `偏差原因：${reason}\n改进措施：${improvement}`;
  if (improvement) return `改进措施：${improvement}`;
  return reason;
}

/** Points as a section label writes them: 50, 12.5, 33.33. */
export function pointsText(hundredths: number): string {
  return formatHundredths(hundredths).replace(/\.00$/, '').replace(/(\.\d)0$/, '$1');
}

/** A score of the API ("15.00") as a number for a spreadsheet cell; no arithmetic is done on it. */
function scoreNumber(s: string | null | undefined): number | null {
  const h = toHundredths(s ?? null);
  return h === null ? null : hundredthsNumber(h);
}
function hundredthsNumber(h: number): number {
  return Number(formatHundredths(h));
}

/** 执行率 = 全年执行数 ÷ 全年预算数 as a percentage with two decimals, on integers ("90.00%"). */
export function executionRate(executedFen: number, budgetFen: number): string {
  if (!(budgetFen > 0)) return '';
  const basisPoints = (BigInt(executedFen) * 20000n + BigInt(budgetFen)) / (2n * BigInt(budgetFen));  // half up
  return formatHundredths(Number(basisPoints)) + '%';
}

/**
 * The framework that names an evaluation's indicators: the one of its version, else the first that
 * knows every category and subcategory it uses, else the first.
 */
export function frameworkFor(e: SelfEvaluationSheetInput, frameworks: Framework[] = SHIPPED_FRAMEWORKS): Framework | null {
  const byVersion = frameworks.find((f) => f.version === e.framework_version);
  if (byVersion) return byVersion;
  const knows = (f: Framework) => e.indicators.every((i) =>
    f.categories.some((c) => c.key === i.category && c.subcategories.some((s) => s.key === i.subcategory)));
  return frameworks.find(knows) ?? frameworks[0] ?? null;
}

// Labels from the evaluation's framework, else from any shipped one, so that a code never shows.
function categoryLabel(i: SelfEvaluationIndicator, fw: Framework | null) {
  if (i.category_label) return i.category_label;
  for (const f of [fw, ...SHIPPED_FRAMEWORKS]) {
    const label = f?.categories.find((c) => c.key === i.category)?.label;
    if (label) return label;
  }
  return i.category;
}
function subcategoryLabel(i: SelfEvaluationIndicator, fw: Framework | null) {
  if (i.subcategory_label) return i.subcategory_label;
  for (const f of [fw, ...SHIPPED_FRAMEWORKS]) {
    const label = f?.categories.find((c) => c.key === i.category)?.subcategories.find((s) => s.key === i.subcategory)?.label;
    if (label) return label;
  }
  return i.subcategory;
}

/**
 * The facts the header and footer name. The evaluation holds the year's money as totals only, so
 * the three 其中 rows stay blank for the unit to fill; 执行率 and 得分 are those of the total row.
 */
export function selfEvaluationFacts(e: SelfEvaluationSheetInput): Facts {
  // 分值 of budget execution is what the indicators leave of 100: 10 as a rule, more when an
  // indicator is not applicable and the rest are rescaled (R-SE-6), so the column sums to 100.
  let weights = 0;
  let shown = toHundredths(e.execution_score);
  for (const i of e.indicators) {
    if (i.not_applicable) continue;
    weights += weightOf(i);
    const s = toHundredths(shownScore(i));
    shown = shown === null || s === null ? null : shown + s;
  }
  // 总分 is the sum of the 得分 shown above it (jixiao's total when every score is jixiao's);
  // a form not yet scored has none (nor a grade: the server grades a form once it scores it).
  const unscored = e.indicators.some((i) => !i.not_applicable && !isScored(i));
  const total = unscored ? null : shown ?? toHundredths(e.computed_total);
  const facts: Facts = {
    year: e.year,
    name: e.name,
    department: e.department_name,
    unit_name: e.unit_name,
    initial_total: fenToWanNumber(e.initial_fen),
    budget_total: fenToWanNumber(e.budget_fen),
    executed_total: fenToWanNumber(e.executed_fen),
    execution_weight: hundredthsNumber(Math.max(10000 - weights, 0)),
    rate_total: executionRate(e.executed_fen, e.budget_fen),
    execution_score: scoreNumber(e.execution_score),
    goal_expected: e.overall_goal,
    goal_achieved: e.goal_achieved,
    total_weight: 100,
    total: total === null ? null : hundredthsNumber(total),
    grade_text: `自评等级：${e.grade_label ?? ''}`,
  };
  for (const part of ['current', 'carried', 'other']) {
    for (const k of ['initial', 'budget', 'executed', 'rate']) facts[`${k}_${part}`] = null;
  }
  return facts;
}

function indicatorCell(field: SelfIndicatorField, i: SelfEvaluationIndicator, fw: Framework | null,
  sections: Map<string, number>): string | number | null {
  switch (field) {
    case 'category': return `${categoryLabel(i, fw)}（${pointsText(sections.get(i.category) ?? 0)}分）`;
    case 'subcategory': return subcategoryLabel(i, fw);
    case 'name': return i.name;
    case 'target': return indicatorValueText(i);
    case 'actual': return actualText(i);
    case 'weight': return i.not_applicable ? '—' : hundredthsNumber(weightOf(i));
    case 'score': return i.not_applicable ? '—' : scoreNumber(shownScore(i));
    case 'reason': return reasonText(i);
  }
}

/**
 * The whole sheet: title, header and money block, the goals, the indicator block grouped by level 1
 * (labelled with its points, e.g. 产出指标（50分）, from the evaluation's computed weights) and
 * level 2 with merged cells, and the footer with 总分 and 自评等级. `framework` names and orders the
 * categories; without one, a shipped one that knows them (frameworkFor).
 */
export function planSelfEvaluation(e: SelfEvaluationSheetInput, framework?: Framework | null,
  layout: SelfEvaluationLayout = layoutFor(e)): SheetPlan {
  framework ??= frameworkFor(e);
  const width = layout.columns.length;
  const facts = selfEvaluationFacts(e);
  const cells: PlacedCell[] = [];
  const rowHeights: Record<number, number> = { 1: 30 };
  cells.push({ row: 1, col: 1, rowEnd: 1, colEnd: width, value: layout.title, role: 'title' });
  cells.push({ row: 2, col: 1, rowEnd: 2, colEnd: width, value: layout.subtitle.replace('{year}', String(e.year)), role: 'subtitle' });
  const top = placeRows(layout.header, 3, width, facts);
  cells.push(...top.cells);
  Object.assign(rowHeights, top.heights);
  let row = top.nextRow;

  layout.indicatorHead.forEach((h, k) => cells.push({ row, col: k + 1, rowEnd: row, colEnd: k + 1, value: h, role: 'head' }));
  row++;
  const sections = new Map<string, number>();
  for (const i of e.indicators) {
    if (!i.not_applicable) sections.set(i.category, (sections.get(i.category) ?? 0) + weightOf(i));
  }
  const ordered = orderIndicators(e.indicators, framework);
  const first = row;
  ordered.forEach((ind, k) => {
    layout.indicatorColumns.forEach((field, c) => {
      const role = field === 'weight' || field === 'score' ? 'score' : 'indicator';
      cells.push({ row: first + k, col: c + 1, rowEnd: first + k, colEnd: c + 1, value: indicatorCell(field, ind, framework, sections), role });
    });
    rowHeights[first + k] = layout.indicatorRowHeight;
  });
  // Level 1 merges by category; level 2 by category and subcategory, so that equal subcategory
  // keys under two categories never join.
  for (const field of layout.mergeColumns) {
    const col = layout.indicatorColumns.indexOf(field) + 1;
    if (col <= 0) continue;
    mergeDown(cells, first, col, ordered.map((i) => (field === 'category' ? i.category : i.category + '/' + i.subcategory)));
  }
  row = first + ordered.length;
  const foot = placeRows(layout.footer, row, width, facts);
  cells.push(...foot.cells);
  Object.assign(rowHeights, foot.heights);
  const lastRow = foot.nextRow - 1;
  const merges = cells.filter((c) => c.rowEnd > c.row || c.colEnd > c.col)
    .map((c) => [c.row, c.col, c.rowEnd, c.colEnd] as [number, number, number, number]);
  return { columns: layout.columns, cells, merges, rowHeights, lastRow, printArea: `A1:${columnLetter(width)}${lastRow}` };
}
