// Reads filled 项目支出绩效自评表 back (one or many sheets, one or many .xlsx files) into the
// tables POST /api/v1/self-evaluations:import takes, with the cell every value came from, so that
// the server's errors (which name a field path such as tables[0].indicators[2].actual_value)
// show at their cell. The layout is found by its header words, not by fixed letters, so that a
// province's extra column or two and merged cells read as well; whatever keeps a sheet from being
// read at all is a sheet-level problem, found before anything is sent (the import is all or nothing).
import type * as ExcelTypes from 'exceljs';
import { cellText, loadExcel } from '../excel';
import { columnLetter } from '../targets/declarationLayout';

export interface ImportIndicator {
  category: string;
  subcategory: string;
  name: string;
  target_value: string;
  actual_value: string;
  /** 分值 as typed. */
  weight: string;
  /** 得分 as typed: the unit's own score. */
  score: string;
  /** 偏差原因分析及改进措施. */
  reason: string;
}

/** One sheet as the server takes it: every value as typed (money in 万元). */
export interface ImportTable {
  sheet: string;
  project_name: string;
  department: string;
  unit_name: string;
  initial_wan: string;
  budget_wan: string;
  executed_wan: string;
  goal_expected: string;
  goal_achieved: string;
  indicators: ImportIndicator[];
  total: string;
  grade: string;
}

/** A sheet's text and merged ranges; rows and columns count from 1, merges as [top, left, bottom, right]. */
export interface SheetGrid {
  name: string;
  /** rows[r - 1][c - 1]: a cell's text; a merged range's text is in its top-left cell. */
  rows: string[][];
  merges: [number, number, number, number][];
}

export interface ImportSource { file: string; sheet: string; year: number | null }
export interface SheetProblem { file: string; sheet: string; message: string }

export interface SelfEvaluationImport {
  tables: ImportTable[];
  /** Field path ("tables[0].indicators[2].actual_value") → cell ("'项目A'!E14"). */
  cells: Record<string, string>;
  /** Where each table came from, in the order of tables. */
  sources: ImportSource[];
  /** Sheets that cannot be read as the table; nothing should be sent while there is one. */
  problems: SheetProblem[];
}

/** The table's indicator columns and the header words that find them (the first word that matches wins). */
export const INDICATOR_COLUMNS: { field: keyof ImportIndicator; words: string[] }[] = [
  { field: 'category', words: ['一级指标'] },
  { field: 'subcategory', words: ['二级指标'] },
  { field: 'name', words: ['三级指标'] },
  { field: 'target_value', words: ['年度指标值', '指标值', '目标值'] },
  { field: 'actual_value', words: ['实际完成值', '完成值', '实际值'] },
  { field: 'weight', words: ['分值', '权重'] },
  { field: 'score', words: ['得分'] },
  { field: 'reason', words: ['偏差原因', '原因分析'] },
];
/** A province may split 偏差原因分析 and 改进措施 into two columns; the second is added to the reason. */
const IMPROVEMENT_WORDS = ['改进措施'];

/** Labels of the header block; the value is the next cell to their right. */
const NAME_LABELS = ['项目名称', '部门（单位）名称', '部门名称'];
const DEPARTMENT_LABELS = ['主管部门'];
const UNIT_LABELS = ['实施单位'];
const TOTAL_ROW_LABELS = ['年度资金总额', '资金总额'];
const MONEY_HEADS = { initial_wan: '年初预算数', budget_wan: '全年预算数', executed_wan: '全年执行数' } as const;
const GOAL_EXPECTED = ['预期目标', '年度目标'];
const GOAL_ACHIEVED = ['实际完成情况', '全年实际完成情况'];
const FOOTER_LABELS = ['总分', '合计'];
const GRADE_LABELS = ['自评等级', '评价等级', '绩效等级'];

/** Header words compare without spaces, with full-width brackets and without a trailing colon. */
export function normaliseLabel(s: string): string {
  return s.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/[:：]+$/, '');
}

const startsWithAny = (s: string, words: string[]) => words.some((w) => s.startsWith(w));

/** "产出指标（50分）", "产出 50分" → "产出指标", "产出": the section's points are the table's, not the category's. */
export function categoryText(s: string): string {
  return s.replace(/\s+/g, '').replace(/[（(]?\d+(?:\.\d+)?分[）)]?$/, '');
}

/** "'项目A'!E14": the sheet always quoted, a quote in its name doubled, as Excel writes references. */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${columnLetter(col)}${row}`;
}

/** A grid with its merged ranges resolved: every cell of a range reads as its top-left cell. */
class Sheet {
  private master = new Map<string, [number, number]>();
  readonly rowCount: number;
  readonly colCount: number;

  constructor(private grid: SheetGrid) {
    this.rowCount = grid.rows.length;
    this.colCount = Math.max(0, ...grid.rows.map((r) => r.length));
    for (const [t, l, b, r] of grid.merges) {
      for (let y = t; y <= b; y++) for (let x = l; x <= r; x++) this.master.set(`${y}:${x}`, [t, l]);
      this.colCount = Math.max(this.colCount, r);
    }
  }
  get name() { return this.grid.name; }
  /** The top-left cell of the range (row, col) is in. */
  masterOf(row: number, col: number): [number, number] {
    return this.master.get(`${row}:${col}`) ?? [row, col];
  }
  /** The cell's text as a person sees it, trimmed; a merged range's in each of its cells. */
  text(row: number, col: number): string {
    const [r, c] = this.masterOf(row, col);
    return (this.grid.rows[r - 1]?.[c - 1] ?? '').trim();
  }
  label(row: number, col: number): string { return normaliseLabel(this.text(row, col)); }
  address(row: number, col: number): string {
    const [r, c] = this.masterOf(row, col);
    return cellAddress(this.name, r, c);
  }
  sameCell(a: [number, number], b: [number, number]): boolean {
    const [x, y] = [this.masterOf(...a), this.masterOf(...b)];
    return x[0] === y[0] && x[1] === y[1];
  }
  /** The first cell (row, col) of a range that starts a label, in rows [from, to). */
  find(words: string[], from: number, to: number): [number, number] | null {
    for (let r = from; r < to; r++)
      for (let c = 1; c <= this.colCount; c++) {
        const [mr, mc] = this.masterOf(r, c);
        if (mc !== c) continue;  // the rest of a range merged across
        if (mr !== r && r !== from) continue;  // a range merged down is found at its first row
        if (startsWithAny(this.label(r, c), words)) return [r, c];
      }
    return null;
  }
  /** The next cell to the right that is not part of (row, col)'s range. */
  rightOf(row: number, col: number): [number, number] | null {
    for (let c = col + 1; c <= this.colCount; c++) if (!this.sameCell([row, col], [row, c])) return [row, c];
    return null;
  }
  /** The next cell below that is not part of (row, col)'s range. */
  below(row: number, col: number): [number, number] | null {
    for (let r = row + 1; r <= this.rowCount; r++) if (!this.sameCell([row, col], [r, col])) return [r, col];
    return null;
  }
  isEmpty(): boolean {
    return this.grid.rows.every((r) => r.every((c) => c.trim() === ''));
  }
}

interface SheetRead {
  table: Omit<ImportTable, 'sheet'> | null;
  /** Field path within the table ("indicators[2].actual_value") → cell. */
  cells: Record<string, string>;
  year: number | null;
  problems: string[];
}

/** The year the title or subtitle names ("（2025年度）"): the rows above the header block's first label. */
function sheetYear(s: Sheet, before: number): number | null {
  for (let r = 1; r < before; r++)
    for (let c = 1; c <= s.colCount; c++) {
      const m = /(\d{4})\s*年度/.exec(s.text(r, c));
      if (m) return Number(m[1]);
    }
  return null;
}

/** One sheet as a table, or the reasons it is not one. */
export function readSelfEvaluationSheet(grid: SheetGrid): SheetRead {
  const s = new Sheet(grid);
  const where = `工作表“${grid.name}”`;
  const cells: Record<string, string> = {};
  const problems: string[] = [];

  // The indicator block's header row is the one with 三级指标; its data start below the lowest
  // header cell (a header may take two rows).
  const nameHead = s.find(['三级指标'], 1, s.rowCount + 1);
  if (!nameHead) return { table: null, cells, year: null, problems: [`${where}不是项目支出绩效自评表：找不到“三级指标”列`] };
  const headRow = nameHead[0];
  let dataStart = headRow + 1;
  const heads: { col: number; label: string }[] = [];
  for (let c = 1; c <= s.colCount; c++) {
    const [, mc] = s.masterOf(headRow, c);
    if (mc !== c || !s.label(headRow, c)) continue;
    const below = s.below(headRow, c);
    dataStart = Math.max(dataStart, below ? below[0] : s.rowCount + 1);
    heads.push({ col: c, label: s.label(headRow, c) });
  }
  const columns = {} as Record<keyof ImportIndicator, number>;
  const claimed = new Set<number>();
  for (const { field, words } of INDICATOR_COLUMNS) {
    let found: number | undefined;
    for (const w of words) {
      found = heads.find((h) => !claimed.has(h.col) && h.label.includes(w))?.col;
      if (found !== undefined) break;
    }
    if (found === undefined) problems.push(`${where}：找不到“${words[0]}”列`);
    else {
      columns[field] = found;
      claimed.add(found);
    }
  }
  const improvementCol = heads.find((h) => !claimed.has(h.col) && startsWithAny(h.label, IMPROVEMENT_WORDS))?.col;

  // The header block above it.
  const value = (key: string, labelCell: [number, number] | null, next: (r: number, c: number) => [number, number] | null) => {
    const at = labelCell && next(...labelCell);
    if (!at) return '';
    cells[key] = s.address(...at);
    return s.text(...at);
  };
  const nameLabel = s.find(NAME_LABELS, 1, headRow);
  if (!nameLabel) problems.push(`${where}：找不到“项目名称”`);
  const project_name = value('project_name', nameLabel, s.rightOf.bind(s));
  const department = value('department', s.find(DEPARTMENT_LABELS, 1, headRow), s.rightOf.bind(s));
  const unit_name = value('unit_name', s.find(UNIT_LABELS, 1, headRow), s.rightOf.bind(s));
  const goal_expected = value('goal_expected', s.find(GOAL_EXPECTED, 1, headRow), s.below.bind(s));
  const goal_achieved = value('goal_achieved', s.find(GOAL_ACHIEVED, 1, headRow), s.below.bind(s));

  // The money block: columns by their heads, the row of 年度资金总额.
  const totalRow = s.find(TOTAL_ROW_LABELS, 1, headRow);
  if (!totalRow) problems.push(`${where}：找不到“年度资金总额”行`);
  const money = { initial_wan: '', budget_wan: '', executed_wan: '' };
  for (const [key, word] of Object.entries(MONEY_HEADS) as [keyof typeof money, string][]) {
    const h = s.find([word], 1, headRow);
    if (!h) problems.push(`${where}：找不到“${word}”列`);
    else if (totalRow) {
      cells[key] = s.address(totalRow[0], h[1]);
      money[key] = s.text(totalRow[0], h[1]);
    }
  }

  // Indicator rows down to the footer (总分), the level-1 and level-2 cells read through their
  // merged ranges or, when a sheet writes them once per group without merging, carried down.
  let footRow = 0;
  for (let r = dataStart; r <= s.rowCount && !footRow; r++) {
    for (let c = 1; c <= s.colCount; c++) {
      const t = s.label(r, c);
      if (!t) continue;
      if (startsWithAny(t, FOOTER_LABELS)) footRow = r;
      break;
    }
  }
  const indicators: ImportIndicator[] = [];
  if (!problems.length) {
    const carried: Partial<Record<'category' | 'subcategory', { text: string; address: string }>> = {};
    const last = footRow ? footRow - 1 : s.rowCount;
    for (let r = dataStart; r <= last; r++) {
      const own = (f: keyof ImportIndicator) => s.text(r, columns[f]);
      const filled = (['name', 'target_value', 'actual_value', 'weight', 'score', 'reason'] as const).some((f) => own(f) !== '');
      // A row merged across from level 1 to level 3 is a section heading, not an indicator.
      if (!filled || s.sameCell([r, columns.category], [r, columns.name])) continue;
      const j = indicators.length;
      const path = (f: string) => `indicators[${j}].${f}`;
      const ind = {} as ImportIndicator;
      for (const { field } of INDICATOR_COLUMNS) {
        let text = own(field);
        let address = s.address(r, columns[field]);
        if (field === 'category' || field === 'subcategory') {
          if (text === '' && carried[field]) ({ text, address } = carried[field]!);
          else {
            // A new level 1 starts its level 2 afresh.
            if (field === 'category' && text !== carried.category?.text) delete carried.subcategory;
            carried[field] = { text, address };
          }
          if (field === 'category') text = categoryText(text);
        }
        ind[field] = text;
        cells[path(field)] = address;
      }
      if (improvementCol !== undefined) {
        const more = s.text(r, improvementCol);
        if (more) ind.reason = ind.reason ? `${ind.reason}\n改进措施：${more}` : `改进措施：${more}`;
      }
      indicators.push(ind);
    }
    if (!indicators.length) problems.push(`${where}：没有填写三级指标`);
  }

  // The footer: 总分 under 得分; 自评等级 after its label in the same cell or in the next one.
  let total = '';
  if (footRow && columns.score) {
    total = s.text(footRow, columns.score);
    cells.total = s.address(footRow, columns.score);
  }
  let grade = '';
  const gradeAt = s.find(GRADE_LABELS, footRow || dataStart, s.rowCount + 1);
  if (gradeAt) {
    const label = s.text(...gradeAt);
    const colon = label.search(/[:：]/);
    const own = colon >= 0 ? label.slice(colon + 1).trim() : '';
    const next = own ? null : s.rightOf(...gradeAt);
    grade = own || (next ? s.text(...next) : '');
    cells.grade = s.address(...(next ?? gradeAt));
  }

  const year = sheetYear(s, nameLabel ? nameLabel[0] : Math.min(headRow, 3));
  if (problems.length) return { table: null, cells: {}, year, problems };
  return {
    table: {
      project_name, department, unit_name, ...money, goal_expected, goal_achieved, indicators, total, grade,
    },
    cells,
    year,
    problems,
  };
}

/** Sheets of a workbook as grids; hidden sheets (a province's lists behind its drop-downs) are left out. */
export function workbookGrids(wb: ExcelTypes.Workbook): SheetGrid[] {
  // A table is a page or two; rows far below are formatting, not content.
  const MAX_ROWS = 2000;
  const MAX_COLS = 60;
  return wb.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden').map((ws) => {
    const rows: string[][] = [];
    const merges = new Map<string, [number, number, number, number]>();
    const rowCount = Math.min(ws.rowCount, MAX_ROWS);
    const colCount = Math.min(ws.columnCount, MAX_COLS);
    for (let r = 1; r <= rowCount; r++) {
      const row = ws.getRow(r);
      const texts: string[] = [];
      for (let c = 1; c <= colCount; c++) {
        const cell = row.getCell(c);
        const m = cell.master.fullAddress;
        if (m.row === r && m.col === c) {
          texts.push(cellText(cell.value));
          continue;
        }
        texts.push('');
        const range = merges.get(m.address) ?? [m.row, m.col, m.row, m.col];
        range[2] = Math.max(range[2], r);
        range[3] = Math.max(range[3], c);
        merges.set(m.address, range);
      }
      rows.push(texts);
    }
    return { name: ws.name, rows, merges: [...merges.values()] };
  });
}

/**
 * Grids of one or many files as tables: a sheet that is empty is passed over, one that is not the
 * table or lacks a part of it is a problem; so is the same project (name and unit) twice, and,
 * with `year`, a sheet whose subtitle names another year.
 */
export function readSelfEvaluationGrids(sheets: { file: string; grid: SheetGrid }[], year?: number): SelfEvaluationImport {
  const out: SelfEvaluationImport = { tables: [], cells: {}, sources: [], problems: [] };
  const seen = new Map<string, ImportSource>();
  for (const { file, grid } of sheets) {
    if (new Sheet(grid).isEmpty()) continue;
    const read = readSelfEvaluationSheet(grid);
    const problem = (message: string) => out.problems.push({ file, sheet: grid.name, message });
    read.problems.forEach(problem);
    if (!read.table) continue;
    if (year && read.year && read.year !== year) problem(`工作表“${grid.name}”是${read.year}年度的自评表，导入的是${year}年度`);
    const key = normaliseLabel(read.table.project_name) + '|' + normaliseLabel(read.table.unit_name);
    const before = seen.get(key);
    if (before) {
      const there = before.file === file ? '' : `文件“${before.file}”的`;
      problem(`工作表“${grid.name}”与${there}工作表“${before.sheet}”是同一个项目：${read.table.project_name}`);
      continue;
    }
    const source = { file, sheet: grid.name, year: read.year };
    seen.set(key, source);
    const i = out.tables.length;
    out.tables.push({ sheet: grid.name, ...read.table });
    out.sources.push(source);
    for (const [k, v] of Object.entries(read.cells)) out.cells[`tables[${i}].${k}`] = v;
  }
  if (!out.tables.length && !out.problems.length) out.problems.push({ file: '', sheet: '', message: '文件中没有项目支出绩效自评表' });
  return out;
}

/** Reads .xlsx files (as the browser's File.arrayBuffer() gives them) into tables. */
export async function readSelfEvaluationFiles(files: { name: string; data: ArrayBuffer }[], year?: number): Promise<SelfEvaluationImport> {
  const Excel = await loadExcel();
  const sheets: { file: string; grid: SheetGrid }[] = [];
  const unreadable: SheetProblem[] = [];
  for (const f of files) {
    const wb = new Excel.Workbook();
    try {
      await wb.xlsx.load(f.data);
    } catch {
      unreadable.push({ file: f.name, sheet: '', message: `文件“${f.name}”不是 .xlsx 工作簿，无法读取` });
      continue;
    }
    for (const grid of workbookGrids(wb)) sheets.push({ file: f.name, grid });
  }
  const read = readSelfEvaluationGrids(sheets, year);
  if (unreadable.length) {
    read.problems = [...unreadable, ...read.problems.filter((p) => p.file !== '' || p.sheet !== '')];
  }
  return read;
}

/**
 * The body of POST /api/v1/self-evaluations:import: the tables alone. The cells stay in the
 * browser for placeErrors (a body's keys are names, never field paths, and the server has no use
 * for them).
 */
export function importBody(year: number, read: SelfEvaluationImport) {
  return { year, tables: read.tables };
}

export interface PlacedError { field: string; message: string; file: string; sheet: string; address: string }

/**
 * The server's errors at their cells: a field path the reader gave a cell to is shown there; a
 * path it did not (a whole indicator, a whole table) falls back to the first cell below it, then
 * to its sheet.
 */
export function placeErrors(read: SelfEvaluationImport, errors: { field?: string; message: string }[]): PlacedError[] {
  return errors.map(({ field = '', message }) => {
    const m = /^tables\[(\d+)\]/.exec(field);
    const source = m ? read.sources[Number(m[1])] : undefined;
    let address = read.cells[field];
    if (!address && field) {
      const keys = Object.keys(read.cells);
      address = read.cells[`${field}.name`] ?? read.cells[`${field}.project_name`]
        ?? read.cells[keys.find((k) => k.startsWith(field + '.') || k.startsWith(field + '[')) ?? ''] ?? '';
    }
    return { field, message, file: source?.file ?? '', sheet: source?.sheet ?? '', address: address ?? '' };
  });
}
