// The import file's checks in the browser: each rule with a row that passes and one that fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { checkImport, checkRow, columnIndex, importCsvRows, normaliseHeader, TEMPLATE_HEADERS, MAX_IMPORT_ROWS } = await load('importRows');

const GOOD = ['XM2026001', '义务教育学校公用经费', '101001', '2026', '一般公共预算', '120.5', '2050202', '延续项目', '转移支付、直达资金', '草稿'];
const COL = Object.fromEntries(TEMPLATE_HEADERS.map((h, i) => [h, i]));

// The errors of one row of the template's columns with one cell changed.
function errorsWith(header, value) {
  const row = [...GOOD];
  row[COL[header]] = value;
  return checkImport(TEMPLATE_HEADERS, [row]).rowErrors[0];
}
function ok(header, value) {
  assert.deepEqual(errorsWith(header, value), [], `${header} = ${JSON.stringify(value)}`);
}
function bad(header, value, message) {
  const errors = errorsWith(header, value);
  assert.equal(errors.length, 1, `${header} = ${JSON.stringify(value)}: ${JSON.stringify(errors)}`);
  assert.equal(errors[0].column, header);
  assert.match(errors[0].message, message);
}

test('a good row has no errors, with labels or codes', () => {
  const c = checkImport(TEMPLATE_HEADERS, [GOOD]);
  assert.deepEqual(c.fileErrors, []);
  assert.deepEqual(c.rowErrors, [[]]);
  assert.equal(c.errorRows, 0);
  const coded = ['XM2026002', '项目', '101001', '2026', 'gov_fund', '0', '205', 'new', 'ppp;procurement', 'approved'];
  assert.deepEqual(checkImport(TEMPLATE_HEADERS, [coded]).rowErrors, [[]]);
});

test('项目编码: required, letters digits - _, at most 40', () => {
  ok('项目编码', 'AB-12_x');
  ok('项目编码', 'A'.repeat(40));
  bad('项目编码', '', /不能为空/);
  bad('项目编码', 'XM 01', /只能包含字母、数字、- 和 _/);
  bad('项目编码', '项目1', /只能包含/);
  bad('项目编码', 'A'.repeat(41), /过长，最多 40 个字符/);
});

test('项目名称: required, at most 200 characters (counted as characters, not bytes)', () => {
  ok('项目名称', '名'.repeat(200));
  ok('项目名称', '𠀀'.repeat(200));
  bad('项目名称', '', /不能为空/);
  bad('项目名称', '名'.repeat(201), /过长，最多 200 个字符/);
});

test('单位编码: required', () => {
  ok('单位编码', '999999');  // whether it exists is the server's to say
  bad('单位编码', '', /不能为空/);
  bad('单位编码', '   ', /不能为空/);
});

test('年度: four digits from 2000 to 2100', () => {
  ok('年度', '2000');
  ok('年度', '2100');
  for (const y of ['26', '1999', '2101', '２０２６', '2026年', '2026.0'])
    bad('年度', y, /年度应为 2000 至 2100 之间的四位数字/);
  bad('年度', '', /不能为空/);
});

test('资金类型: one of the four budgets, by label or code', () => {
  for (const f of ['一般公共预算', '政府性基金预算', '国有资本经营预算', '社会保险基金预算', 'general', 'social_insurance']) ok('资金类型', f);
  bad('资金类型', '专项资金', /应为一般公共预算、政府性基金预算/);
  bad('资金类型', '', /不能为空/);
});

test('金额（万元）: required, not negative, two decimals, at most 1 万亿元', () => {
  for (const a of ['0', '0.01', '1,234.50', '100000000']) ok('金额（万元）', a);
  bad('金额（万元）', '', /不能为空/);
  bad('金额（万元）', '12.345', /金额最多保留两位小数/);
  bad('金额（万元）', '-1', /金额不能为负数/);
  bad('金额（万元）', '十万', /金额应为数字/);
  bad('金额（万元）', '100000000.01', /不能超过 1 万亿元/);
});

test('支出功能分类: three to seven digits', () => {
  for (const f of ['205', '2050202']) ok('支出功能分类', f);
  for (const f of ['20', '20502021', '205-02', 'abc']) bad('支出功能分类', f, /应为 3 至 7 位数字/);
  bad('支出功能分类', '', /不能为空/);
});

test('项目类别: new, continuing or recurring', () => {
  for (const c of ['新增项目', '延续项目', '经常性项目', 'recurring']) ok('项目类别', c);
  bad('项目类别', '一次性项目', /应为新增项目、延续项目或经常性项目/);
  bad('项目类别', '', /不能为空/);
});

test('项目标签: optional, known tags split by any of 、，；,;|', () => {
  for (const t of ['', '转移支付', '转移支付、直达资金', 'PPP，政府采购', 'ppp; transfer | 乡村振兴']) ok('项目标签', t);
  bad('项目标签', '转移支付、未知标签、另一个', /无法识别的标签：未知标签、另一个（可用：转移支付、/);
});

test('项目状态: optional, one of the six', () => {
  for (const s of ['', '草稿', '已申报', '已批复', '执行中', '已完成', '已取消', 'cancelled']) ok('项目状态', s);
  bad('项目状态', '作废', /应为草稿、已申报、已批复、执行中、已完成或已取消/);
});

test('the same code twice in one year is refused on the later row', () => {
  const second = [...GOOD];
  const otherYear = [...GOOD];
  otherYear[COL['年度']] = '2027';
  const c = checkImport(TEMPLATE_HEADERS, [GOOD, otherYear, second]);
  assert.deepEqual(c.rowErrors[0], []);
  assert.deepEqual(c.rowErrors[1], []);
  assert.deepEqual(c.rowErrors[2], [{ column: '项目编码', message: '文件中项目编码重复：XM2026001（与第 2 行相同）' }]);
  assert.equal(c.errorRows, 1);
});

test('every problem of a row is listed, and errorRows counts rows', () => {
  const c = checkImport(TEMPLATE_HEADERS, [GOOD, ['bad code', '', '', '99', 'x', '-1', '1', 'x', '无', '无'], GOOD.map((v, i) => (i === 0 ? 'XM2' : v))]);
  assert.equal(c.errorRows, 1);
  assert.deepEqual(c.rowErrors[1].map((e) => e.column),
    ['项目名称', '单位编码', '项目编码', '年度', '资金类型', '项目类别', '项目状态', '支出功能分类', '金额（万元）', '项目标签']);
});

test('an amount in fen instead of 万元', () => {
  const headers = TEMPLATE_HEADERS.map((h) => (h === '金额（万元）' ? '金额（分）' : h));
  const row = (amount) => GOOD.map((v, i) => (i === COL['金额（万元）'] ? amount : v));
  assert.deepEqual(checkImport(headers, [row('12050000')]).rowErrors, [[]]);
  assert.deepEqual(checkImport(headers, [row('12.5')]).rowErrors[0], [{ column: '金额（分）', message: '应为不小于 0 的整数（分）' }]);
  assert.deepEqual(checkImport(headers, [row('')]).rowErrors[0], [{ column: '金额（分）', message: '不能为空' }]);
  // With both columns the 万元 one is read when filled.
  const both = [...TEMPLATE_HEADERS, '金额（分）'];
  assert.deepEqual(checkImport(both, [[...GOOD, 'x']]).rowErrors, [[]]);
  assert.deepEqual(checkImport(both, [[...GOOD.map((v, i) => (i === COL['金额（万元）'] ? '' : v)), '100']]).rowErrors, [[]]);
});

test('headers: half-width brackets, spaces and English keys are recognised', () => {
  assert.equal(normaliseHeader(' 金额(万元) '), '金额（万元）');
  const idx = columnIndex(['code', '项目名称', ' 单位编码 ', 'year', 'fund_type', '金额(万元)', 'function_class', 'category', '备注']);
  assert.deepEqual(idx, { code: 0, name: 1, unit_code: 2, year: 3, fund_type: 4, amount_wan: 5, function_class: 6, category: 7 });
  // The first of two columns with the same meaning counts.
  assert.equal(columnIndex(['项目编码', 'code']).code, 0);
});

test('file errors: missing columns, no rows, too many rows', () => {
  const noUnit = TEMPLATE_HEADERS.filter((h) => h !== '单位编码');
  const c = checkImport(noUnit, [GOOD.slice(0, 9)]);
  assert.deepEqual(c.fileErrors, ['缺少列：单位编码']);
  assert.deepEqual(c.rowErrors, [[]]);  // rows are not judged against the wrong columns
  assert.deepEqual(checkImport(TEMPLATE_HEADERS.filter((h) => h !== '金额（万元）'), [GOOD]).fileErrors, ['缺少列：金额（万元）']);
  assert.deepEqual(checkImport(TEMPLATE_HEADERS, []).fileErrors, ['文件中没有数据行']);
  const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => GOOD.map((v, j) => (j === 0 ? 'XM' + i : v)));
  const big = checkImport(TEMPLATE_HEADERS, many);
  assert.deepEqual(big.fileErrors, [`一次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分文件`]);
  assert.equal(big.errorRows, 0);
});

test('the rows sent carry the recognised columns under their Chinese headers, trimmed', () => {
  const headers = ['备注', 'name', '项目编码', '单位编码', '年度', '资金类型', '金额(万元)', '支出功能分类', '项目类别'];
  const rows = [['忽略', ' 名称 ', 'XM1', '101001', '2026', 'general', '1.5', '205', 'new']];
  const { index } = checkImport(headers, rows);
  assert.deepEqual(importCsvRows(index, rows), [
    ['项目编码', '项目名称', '单位编码', '年度', '资金类型', '金额（万元）', '支出功能分类', '项目类别'],
    ['XM1', '名称', '101001', '2026', 'general', '1.5', '205', 'new'],
  ]);
});

test('checkRow on its own remembers codes across calls', () => {
  const idx = columnIndex(TEMPLATE_HEADERS);
  const seen = new Map();
  assert.deepEqual(checkRow(GOOD, idx, seen, 7), []);
  assert.match(checkRow(GOOD, idx, seen, 8)[0].message, /与第 7 行相同/);
});
