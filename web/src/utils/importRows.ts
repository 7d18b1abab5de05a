// Checks an import file in the browser before it is sent, with the server's rules
// (src/projects/import_rules.cpp), so that every problem shows next to its row at once.
import { parseWan } from './money';
import { CATEGORIES, FUND_TYPES, TAGS, codeOf, splitTags } from './projectFields';

export interface ImportColumn { key: string; header: string; required: boolean }

export const IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'code', header: '项目编码', required: true },
  { key: 'name', header: '项目名称', required: true },
  { key: 'unit_code', header: '单位编码', required: true },
  { key: 'year', header: '年度', required: true },
  { key: 'fund_type', header: '资金类型', required: true },
  { key: 'amount_wan', header: '金额（万元）', required: false },
  { key: 'amount_fen', header: '金额（分）', required: false },
  { key: 'function_class', header: '支出功能分类', required: true },
  { key: 'category', header: '项目类别', required: true },
  { key: 'tags', header: '项目标签', required: false },
  // Recognised only to be refused: a status moves through the workflow's steps alone.
  { key: 'status', header: '项目状态', required: false },
];

/** The columns of the template, in order. */
export const TEMPLATE_HEADERS = ['项目编码', '项目名称', '单位编码', '年度', '资金类型', '金额（万元）',
  '支出功能分类', '项目类别', '项目标签'];

export const MAX_IMPORT_ROWS = 50_000;

export interface CellError { column: string; message: string }

export interface ImportCheck {
  /** Column key → position in the file's rows. */
  index: Record<string, number>;
  /** Problems with the file as a whole (missing columns, too many rows). */
  fileErrors: string[];
  /** One list per data row (same order as the rows). */
  rowErrors: CellError[][];
  errorRows: number;
}

/** "金额(万元)" and "金额（万元）" are the same header; English keys are accepted too. */
export function normaliseHeader(h: string): string {
  return h.trim().replace(/\(/g, '（').replace(/\)/g, '）');
}

export function columnIndex(headers: string[]): Record<string, number> {
  const index: Record<string, number> = {};
  headers.forEach((h, i) => {
    const n = normaliseHeader(h);
    const c = IMPORT_COLUMNS.find((c) => c.key === n || c.header === n);
    if (c && !(c.key in index)) index[c.key] = i;
  });
  return index;
}

function headerOf(key: string): string {
  return IMPORT_COLUMNS.find((c) => c.key === key)!.header;
}

/** Checks one data row; `seen` collects year+code pairs to find duplicates within the file. */
export function checkRow(cells: string[], index: Record<string, number>, seen: Map<string, number>, rowNo: number): CellError[] {
  const errors: CellError[] = [];
  const cell = (key: string) => (key in index ? (cells[index[key]] ?? '').trim() : '');
  const fail = (key: string, message: string) => errors.push({ column: headerOf(key), message });

  for (const key of ['code', 'name', 'unit_code', 'year', 'fund_type', 'function_class', 'category'])
    if (!cell(key)) fail(key, '不能为空');

  const code = cell('code');
  if (code && !/^[A-Za-z0-9_-]+$/.test(code)) fail('code', '只能包含字母、数字、- 和 _');
  else if (code.length > 40) fail('code', '过长，最多 40 个字符');
  if ([...cell('name')].length > 200) fail('name', '过长，最多 200 个字符');

  const year = cell('year');
  if (year && !(/^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100))
    fail('year', '年度应为 2000 至 2100 之间的四位数字，如 2026');

  const fund = cell('fund_type');
  if (fund && !codeOf(FUND_TYPES, fund))
    fail('fund_type', '应为一般公共预算、政府性基金预算、国有资本经营预算或社会保险基金预算');

  const category = cell('category');
  if (category && !codeOf(CATEGORIES, category)) fail('category', '应为新增项目、延续项目或经常性项目');

  const fc = cell('function_class');
  if (fc && !/^\d{3,7}$/.test(fc)) fail('function_class', '应为 3 至 7 位数字，如 2050201');

  const wan = cell('amount_wan');
  const fen = cell('amount_fen');
  if (wan) {
    const m = parseWan(wan);
    if (!m.ok) fail('amount_wan', m.error);
  } else if (fen) {
    if (!/^\d+$/.test(fen)) fail('amount_fen', '应为不小于 0 的整数（分）');
  } else {
    fail('amount_fen' in index && !('amount_wan' in index) ? 'amount_fen' : 'amount_wan', '不能为空');
  }

  const tags = cell('tags');
  if (tags) {
    const unknown = splitTags(tags).filter((t) => !codeOf(TAGS, t));
    if (unknown.length)
      fail('tags', `无法识别的标签：${unknown.join('、')}（可用：${TAGS.map((t) => t.label).join('、')}）`);
  }

  if (code && year) {
    const key = year + '\u0000' + code;
    const first = seen.get(key);
    if (first !== undefined) fail('code', `文件中项目编码重复：${code}（与第 ${first} 行相同）`);
    else seen.set(key, rowNo);
  }
  return errors;
}

/**
 * Checks a whole file: headers (the first row) and data rows. Row numbers are those of the file
 * as sent (the header is row 1, the first data row 2).
 */
export function checkImport(headers: string[], rows: string[][]): ImportCheck {
  const index = columnIndex(headers);
  const fileErrors: string[] = [];
  for (const c of IMPORT_COLUMNS)
    if (c.required && !(c.key in index)) fileErrors.push(`缺少列：${c.header}`);
  if (!('amount_wan' in index) && !('amount_fen' in index)) fileErrors.push('缺少列：金额（万元）');
  if ('amount_wan' in index && 'amount_fen' in index) fileErrors.push('金额（万元）与金额（分）只能有一列，请删除其中一列');
  if ('status' in index) fileErrors.push('项目状态不能导入：导入的项目都是草稿，申报和批复请在系统中办理，请删除这一列');
  if (rows.length === 0) fileErrors.push('文件中没有数据行');
  if (rows.length > MAX_IMPORT_ROWS) fileErrors.push(`一次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分文件`);
  const seen = new Map<string, number>();
  const rowErrors = fileErrors.length && !rows.length ? [] :
    rows.map((r, i) => (fileErrors.some((e) => e.startsWith('缺少列')) ? [] : checkRow(r, index, seen, i + 2)));
  return { index, fileErrors, rowErrors, errorRows: rowErrors.filter((e) => e.length > 0).length };
}

/** The rows to send: the recognised columns under their Chinese headers, header row first. */
export function importCsvRows(index: Record<string, number>, rows: string[][]): string[][] {
  const keys = IMPORT_COLUMNS.filter((c) => c.key in index);
  return [keys.map((c) => c.header), ...rows.map((r) => keys.map((c) => (r[index[c.key]] ?? '').trim()))];
}
