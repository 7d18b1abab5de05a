// The national 项目支出绩效目标申报表 (and the department-overall frame) as data: a small
// description of rows and cells that a region can adjust (another label, a column more), and the
// pure computation that turns it, a target's facts and its indicators into placed cells and
// merged ranges. Writing the workbook (ExcelJS) is declarationXlsx.ts; this file has no I/O.
import type { Framework } from '../../api/targetTypes';
import { comparatorLabel, indicatorValueText } from './fields';

export type CellRole = 'title' | 'subtitle' | 'label' | 'head' | 'value' | 'money' | 'text' | 'indicator' | 'score';

/** A cell of the layout: fixed text or a fact by name, spanning columns and rows like an HTML table cell. */
export interface CellSpec {
  text?: string;
  field?: string;
  span?: number;
  rows?: number;
  role?: CellRole;
}
export interface RowSpec { height?: number; cells: CellSpec[] }

/** What an indicator column shows. */
export type IndicatorField = 'category' | 'subcategory' | 'name' | 'medium' | 'annual' | 'weight';

/** The 年度主要任务 block of a department target: one row per task under a label cell. */
export interface TaskBlock {
  label: string;
  columns: { head: string; field: 'duty' | 'name' | 'amount'; span: number }[];
}

export interface DeclarationLayout {
  title: string;
  /** Under the title; {year} is the target's year. */
  subtitle: string;
  /** Column widths in characters; their number is the sheet's width in columns. */
  columns: number[];
  header: RowSpec[];
  tasks?: TaskBlock;
  /** Rows after the tasks (the goal rows of a department target). */
  afterTasks?: RowSpec[];
  indicatorHead: string[];
  indicatorColumns: IndicatorField[];
  /** Merge equal level-1 and level-2 cells down the indicator block. */
  mergeColumns: IndicatorField[];
  indicatorRowHeight: number;
}

const label = (text: string, extra: Partial<CellSpec> = {}): CellSpec => ({ text, role: 'label', ...extra });
const head = (text: string, extra: Partial<CellSpec> = {}): CellSpec => ({ text, role: 'head', ...extra });
const value = (field: string, extra: Partial<CellSpec> = {}): CellSpec => ({ field, role: 'value', ...extra });
const money = (field: string, extra: Partial<CellSpec> = {}): CellSpec => ({ field, role: 'money', ...extra });

/** 项目支出绩效目标申报表 (FORMS.md), five columns wide. */
export const PROJECT_DECLARATION: DeclarationLayout = {
  title: '项目支出绩效目标申报表',
  subtitle: '（{year}年度）',
  columns: [16, 18, 30, 20, 24],
  header: [
    { cells: [label('项目名称'), value('project_name', { span: 4 })] },
    { cells: [label('主管部门及代码'), value('department', { span: 2 }), label('实施单位'), value('unit_name')] },
    { cells: [label('项目属性'), value('project_kind', { span: 2 }), label('项目期'), value('period')] },
    { cells: [label('项目资金（万元）', { rows: 4 }), head(''), head('中期资金总额'), head('年度资金总额', { span: 2 })] },
    { cells: [label('资金总额'), money('medium_total'), money('annual_total', { span: 2 })] },
    { cells: [label('其中：财政拨款'), money('medium_fiscal'), money('annual_fiscal', { span: 2 })] },
    { cells: [label('其他资金'), money('medium_other'), money('annual_other', { span: 2 })] },
    { cells: [label('总体目标', { rows: 2 }), head('中期目标', { span: 2 }), head('年度目标', { span: 2 })] },
    { height: 96, cells: [{ field: 'medium_goal', role: 'text', span: 2 }, { field: 'annual_goal', role: 'text', span: 2 }] },
  ],
  indicatorHead: ['一级指标', '二级指标', '三级指标', '中期指标值', '年度指标值'],
  indicatorColumns: ['category', 'subcategory', 'name', 'medium', 'annual'],
  mergeColumns: ['category', 'subcategory'],
  indicatorRowHeight: 20,
};

/** 部门整体支出绩效目标申报表: the same frame with duties, key tasks and the overall goal. */
export const DEPARTMENT_DECLARATION: DeclarationLayout = {
  title: '部门整体支出绩效目标申报表',
  subtitle: '（{year}年度）',
  columns: [16, 18, 30, 20, 24],
  header: [
    { cells: [label('部门（单位）名称'), value('department', { span: 4 })] },
    { cells: [label('年度预算（万元）'), money('annual_total', { span: 4 })] },
    { height: 60, cells: [label('部门职能概述'), { field: 'duties', role: 'text', span: 4 }] },
  ],
  tasks: {
    label: '年度主要任务',
    columns: [{ head: '部门职能', field: 'duty', span: 1 }, { head: '任务名称', field: 'name', span: 2 }, { head: '资金（万元）', field: 'amount', span: 1 }],
  },
  afterTasks: [
    { height: 96, cells: [label('年度总体目标'), { field: 'annual_goal', role: 'text', span: 4 }] },
  ],
  indicatorHead: ['一级指标', '二级指标', '三级指标', '中期指标值', '年度指标值'],
  indicatorColumns: ['category', 'subcategory', 'name', 'medium', 'annual'],
  mergeColumns: ['category', 'subcategory'],
  indicatorRowHeight: 20,
};

/** A cell placed on the sheet; rows and columns count from 1 as in Excel. */
export interface PlacedCell {
  row: number;
  col: number;
  rowEnd: number;
  colEnd: number;
  value: string | number | null;
  role: CellRole;
}

export interface SheetPlan {
  columns: number[];
  cells: PlacedCell[];
  /** [top, left, bottom, right], one for every cell wider or taller than one. */
  merges: [number, number, number, number][];
  rowHeights: Record<number, number>;
  lastRow: number;
  /** "A1:E24". */
  printArea: string;
}

export type Facts = Record<string, string | number | null | undefined>;

/**
 * Places rows like an HTML table: each cell takes the next free column of its row, skipping
 * columns held by a taller cell above. Returns the cells and the first row after them.
 */
export function placeRows(rows: RowSpec[], firstRow: number, width: number, facts: Facts): { cells: PlacedCell[]; nextRow: number; heights: Record<number, number> } {
  const held = new Map<number, Set<number>>();  // row → columns taken from above
  const cells: PlacedCell[] = [];
  const heights: Record<number, number> = {};
  rows.forEach((spec, i) => {
    const row = firstRow + i;
    if (spec.height) heights[row] = spec.height;
    let col = 1;
    for (const c of spec.cells) {
      while (held.get(row)?.has(col)) col++;
      const span = c.span ?? 1;
      const tall = c.rows ?? 1;
      if (col + span - 1 > width) throw new Error(`第 ${i + 1} 行超出 ${width} 列`);
      const v = c.field !== undefined ? facts[c.field] ?? null : c.text ?? '';
      cells.push({ row, col, rowEnd: row + tall - 1, colEnd: col + span - 1, value: v === undefined ? null : v, role: c.role ?? 'value' });
      for (let r = row + 1; r < row + tall; r++) {
        const set = held.get(r) ?? new Set<number>();
        for (let k = col; k < col + span; k++) set.add(k);
        held.set(r, set);
      }
      col += span;
    }
  });
  return { cells, nextRow: firstRow + rows.length, heights };
}

export interface SheetIndicator {
  category: string;
  subcategory: string;
  name: string;
  comparator: string;
  value: string;
  unit: string;
  weight?: number;
  medium_value?: string;
  category_label?: string;
  subcategory_label?: string;
}

/** Indicators in the order of the framework's categories and subcategories (stable within each). */
export function orderIndicators<T extends SheetIndicator>(list: T[], framework: Framework | null): T[] {
  const cat = new Map<string, number>();
  const sub = new Map<string, number>();
  framework?.categories.forEach((c, i) => {
    cat.set(c.key, i);
    c.subcategories.forEach((s, j) => sub.set(c.key + '/' + s.key, j));
  });
  const rank = (m: Map<string, number>, k: string) => m.get(k) ?? 999;
  return list.map((x, i) => ({ x, i })).sort((a, b) =>
    rank(cat, a.x.category) - rank(cat, b.x.category)
    || rank(sub, a.x.category + '/' + a.x.subcategory) - rank(sub, b.x.category + '/' + b.x.subcategory)
    || a.i - b.i).map((p) => p.x);
}

function categoryLabel(i: SheetIndicator, fw: Framework | null) {
  return i.category_label || fw?.categories.find((c) => c.key === i.category)?.label || i.category;
}
function subcategoryLabel(i: SheetIndicator, fw: Framework | null) {
  return i.subcategory_label || fw?.categories.find((c) => c.key === i.category)?.subcategories.find((s) => s.key === i.subcategory)?.label || i.subcategory;
}

/** 中期指标值 as the form shows it: with the comparator and unit when it is a bare number. */
export function mediumText(i: SheetIndicator): string {
  const v = (i.medium_value ?? '').trim();
  if (!v) return '';
  if (i.comparator === 'qualitative' || !/^[\d.]+$/.test(v)) return v;
  return comparatorLabel(i.comparator) + v + (i.unit ?? '');
}

function indicatorCell(field: IndicatorField, i: SheetIndicator, fw: Framework | null): string | number {
  switch (field) {
    case 'category': return categoryLabel(i, fw);
    case 'subcategory': return subcategoryLabel(i, fw);
    case 'name': return i.name;
    case 'medium': return mediumText(i);
    case 'annual': return indicatorValueText(i);
    case 'weight': return i.weight ?? 0;
  }
}

/** Runs of equal keys: [start, end] index pairs (inclusive) for runs longer than one. */
export function runs(keys: string[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i === keys.length || keys[i] !== keys[start]) {
      if (i - 1 > start) out.push([start, i - 1]);
      start = i;
    }
  }
  return out;
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Merges a column down the rows that follow `first` wherever neighbouring rows have equal keys:
 * the first cell of each run spans it and the others are dropped.
 */
export function mergeDown(cells: PlacedCell[], first: number, col: number, keys: string[]) {
  for (const [a, b] of runs(keys)) {
    const kept = cells.find((c) => c.row === first + a && c.col === col)!;
    kept.rowEnd = first + b;
    for (let r = a + 1; r <= b; r++) {
      const idx = cells.findIndex((c) => c.row === first + r && c.col === col);
      if (idx >= 0) cells.splice(idx, 1);
    }
  }
}

export interface DeclarationTask { duty: string; name: string; amount: number | string }

/** The whole sheet: title, header block, (tasks,) indicator block with merged level 1 and 2. */
export function planDeclaration(layout: DeclarationLayout, facts: Facts, indicators: SheetIndicator[],
  framework: Framework | null, tasks: DeclarationTask[] = []): SheetPlan {
  const width = layout.columns.length;
  const cells: PlacedCell[] = [];
  const rowHeights: Record<number, number> = { 1: 30 };
  cells.push({ row: 1, col: 1, rowEnd: 1, colEnd: width, value: layout.title, role: 'title' });
  cells.push({ row: 2, col: 1, rowEnd: 2, colEnd: width, value: layout.subtitle.replace('{year}', String(facts.year ?? '')), role: 'subtitle' });
  const top = placeRows(layout.header, 3, width, facts);
  cells.push(...top.cells);
  Object.assign(rowHeights, top.heights);
  let row = top.nextRow;

  if (layout.tasks) {
    const t = layout.tasks;
    const n = Math.max(tasks.length, 1);
    const rows: RowSpec[] = [{ cells: [label(t.label, { rows: n + 1 }), ...t.columns.map((c) => head(c.head, { span: c.span }))] }];
    const taskFacts: Facts = {};
    for (let k = 0; k < n; k++) {
      rows.push({ cells: t.columns.map((c) => ({ field: `task${k}.${c.field}`, span: c.span, role: c.field === 'amount' ? 'money' : 'value' } as CellSpec)) });
      const task = tasks[k];
      for (const c of t.columns) taskFacts[`task${k}.${c.field}`] = task ? task[c.field] : '';
    }
    const placed = placeRows(rows, row, width, taskFacts);
    cells.push(...placed.cells);
    row = placed.nextRow;
  }
  if (layout.afterTasks) {
    const placed = placeRows(layout.afterTasks, row, width, facts);
    cells.push(...placed.cells);
    Object.assign(rowHeights, placed.heights);
    row = placed.nextRow;
  }

  layout.indicatorHead.forEach((h, k) => cells.push({ row, col: k + 1, rowEnd: row, colEnd: k + 1, value: h, role: 'head' }));
  row++;
  const ordered = orderIndicators(indicators, framework);
  const first = row;
  ordered.forEach((ind, k) => {
    layout.indicatorColumns.forEach((field, c) => {
      cells.push({ row: first + k, col: c + 1, rowEnd: first + k, colEnd: c + 1, value: indicatorCell(field, ind, framework), role: 'indicator' });
    });
    rowHeights[first + k] = layout.indicatorRowHeight;
  });
  // Level 1 merges by category; level 2 by category and subcategory, so that equal subcategory
  // names under two categories never join.
  for (const field of layout.mergeColumns) {
    const col = layout.indicatorColumns.indexOf(field) + 1;
    if (col <= 0) continue;
    mergeDown(cells, first, col, ordered.map((i) => (field === 'category' ? i.category : i.category + '/' + i.subcategory)));
  }
  const lastRow = Math.max(first + ordered.length - 1, first - 1);
  const merges = cells.filter((c) => c.rowEnd > c.row || c.colEnd > c.col)
    .map((c) => [c.row, c.col, c.rowEnd, c.colEnd] as [number, number, number, number]);
  return { columns: layout.columns, cells, merges, rowHeights, lastRow, printArea: `A1:${columnLetter(width)}${lastRow}` };
}
