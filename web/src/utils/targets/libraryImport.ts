// Checks an indicator library import file in the browser before it is sent, with the server's
// rules (src/library/import_rules.cpp), so that every problem shows next to its row at once.
import type { Framework, Industry } from '../../api/targetTypes';
import type { CellError, ImportCheck, ImportColumn } from '../importRows';
import { normaliseHeader } from '../importRows';

export const LIBRARY_COLUMNS: ImportColumn[] = [
  { key: 'industry', header: '行业', required: true },
  { key: 'category', header: '一级指标', required: true },
  { key: 'subcategory', header: '二级指标', required: true },
  { key: 'name', header: '三级指标', required: true },
  { key: 'definition', header: '指标解释', required: false },
  { key: 'unit', header: '计量单位', required: false },
  { key: 'comparator', header: '比较符', required: true },
  { key: 'typical_value', header: '参考值', required: false },
  { key: 'direction', header: '指标方向', required: false },
  { key: 'value_basis', header: '设定依据', required: false },
];

export const LIBRARY_TEMPLATE_HEADERS = LIBRARY_COLUMNS.map((c) => c.header);
export const MAX_LIBRARY_ROWS = 20_000;

const COMPARATOR_TEXT: Record<string, string> = {
  '>=': '>=', '>': '>', '=': '=', '<=': '<=', '<': '<', qualitative: 'qualitative',
  '≥': '>=', '＞=': '>=', '大于等于': '>=', '≤': '<=', '小于等于': '<=', '＞': '>', '大于': '>', '＜': '<', '小于': '<',
  '＝': '=', '等于': '=', '定性': 'qualitative',
};
const DIRECTIONS = ['higher', 'lower', '正向', '反向'];
const BASES = ['plan', 'industry_standard', 'history', 'budget_standard', 'other', '计划标准', '行业标准', '历史标准', '预算支出标准', '其他'];

/** The comparator code for what the server accepts ("≥", "大于等于", ">="), or null. */
export function libraryComparator(text: string): string | null {
  return COMPARATOR_TEXT[text.trim()] ?? null;
}

/** An industry key for a key or name ("education", "教育"; "共性指标" → common), or null. */
export function industryKey(text: string, industries: Industry[]): string | null {
  const t = text.trim();
  if (t === 'common' || t === '共性指标' || t === '共性') return 'common';
  return industries.find((i) => i.key === t || i.name === t)?.key ?? null;
}

/** A category key for a key or label ("产出指标", "产出", "output"), or null. */
export function categoryKey(text: string, fw: Framework): string | null {
  const t = text.trim();
  return fw.categories.find((c) => c.key === t || c.label === t || t + '指标' === c.label)?.key ?? null;
}

export function subcategoryKey(category: string, text: string, fw: Framework): string | null {
  const t = text.trim();
  const c = fw.categories.find((x) => x.key === category);
  return c?.subcategories.find((s) => s.key === t || s.label === t || t + '指标' === s.label)?.key ?? null;
}

export function libraryColumnIndex(headers: string[]): Record<string, number> {
  const index: Record<string, number> = {};
  headers.forEach((h, i) => {
    const n = normaliseHeader(h);
    const c = LIBRARY_COLUMNS.find((c) => c.key === n || c.header === n);
    if (c && !(c.key in index)) index[c.key] = i;
  });
  return index;
}

function headerOf(key: string) {
  return LIBRARY_COLUMNS.find((c) => c.key === key)!.header;
}

export function checkLibraryRow(cells: string[], index: Record<string, number>, fw: Framework, industries: Industry[],
  seen: Map<string, number>, rowNo: number): CellError[] {
  const errors: CellError[] = [];
  const cell = (key: string) => (key in index ? (cells[index[key]] ?? '').trim() : '');
  const fail = (key: string, message: string) => errors.push({ column: headerOf(key), message });

  const industry = industryKey(cell('industry'), industries);
  if (!industry) fail('industry', cell('industry') ? '行业不正确' : '不能为空');
  const category = categoryKey(cell('category'), fw);
  if (!category) fail('category', cell('category') ? '一级指标不正确' : '不能为空');
  else if (!subcategoryKey(category, cell('subcategory'), fw)) fail('subcategory', `一级、二级指标不符合指标体系 ${fw.version} 版`);
  const name = cell('name');
  if (!name) fail('name', '三级指标名称不能为空');
  else if ([...name].length > 100) fail('name', '三级指标名称过长，最多 100 个字符');
  const comparator = libraryComparator(cell('comparator'));
  if (!comparator) fail('comparator', '比较符应为 ≥ > = ≤ < 或 定性');
  else if (comparator !== 'qualitative' && !cell('unit')) fail('unit', '定量指标必须填写计量单位');
  if (cell('direction') && !DIRECTIONS.includes(cell('direction'))) fail('direction', '指标方向应为正向或反向');
  if (cell('value_basis') && !BASES.includes(cell('value_basis')))
    fail('value_basis', '设定依据应为计划标准、行业标准、历史标准、预算支出标准或其他');
  if ([...cell('definition')].length > 500) fail('definition', '指标解释过长，最多 500 字');
  if (name) {
    const key = (industry ?? cell('industry')) + '\u0000' + name;
    const first = seen.get(key);
    if (first !== undefined) fail('name', `同一行业下指标名称重复（与第 ${first} 行相同）`);
    else seen.set(key, rowNo);
  }
  return errors;
}

/** Checks a whole file; row numbers are the file's (the header is row 1). */
export function checkLibraryImport(headers: string[], rows: string[][], fw: Framework, industries: Industry[]): ImportCheck {
  const index = libraryColumnIndex(headers);
  const fileErrors: string[] = [];
  for (const c of LIBRARY_COLUMNS) if (c.required && !(c.key in index)) fileErrors.push(`缺少列：${c.header}`);
  if (rows.length === 0) fileErrors.push('文件中没有数据行');
  if (rows.length > MAX_LIBRARY_ROWS) fileErrors.push(`一次最多导入 ${MAX_LIBRARY_ROWS} 行`);
  const seen = new Map<string, number>();
  const missing = fileErrors.some((e) => e.startsWith('缺少列'));
  const rowErrors = rows.map((r, i) => (missing ? [] : checkLibraryRow(r, index, fw, industries, seen, i + 2)));
  return { index, fileErrors, rowErrors, errorRows: rowErrors.filter((e) => e.length > 0).length };
}

/** The rows to send: the recognised columns under their Chinese headers, header row first. */
export function libraryCsvRows(index: Record<string, number>, rows: string[][]): string[][] {
  const keys = LIBRARY_COLUMNS.filter((c) => c.key in index);
  return [keys.map((c) => c.header), ...rows.map((r) => keys.map((c) => (r[index[c.key]] ?? '').trim()))];
}
