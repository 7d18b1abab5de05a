// The import file's checks in the browser. The cases are tests/cases/project_import.json, which
// the server's import_rules is checked with too; what only the browser does is tested here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';
import { cases, importErrorsMatch, importFile } from './cases.mjs';

const { checkImport, checkRow, columnIndex, importCsvRows, normaliseHeader, TEMPLATE_HEADERS } = await load('importRows');
const CASES = cases('project_import');
const GOOD = CASES.columns.map((h) => CASES.good_row[h]);

test('the cases use the template of the web app', () => {
  assert.deepEqual(CASES.columns, TEMPLATE_HEADERS);
});

test('import files of tests/cases/project_import.json', () => {
  assert.ok(CASES.cases.length > 0);
  for (const c of CASES.cases) {
    const { header, rows } = importFile(CASES, c);
    const check = checkImport(header, rows);
    assert.deepEqual(check.fileErrors, c.web_file ?? c.file ?? [], c.note);
    const expected = c.web ?? c.expect ?? rows.map(() => ({}));
    importErrorsMatch(check.rowErrors, expected, c.note);
    assert.equal(check.errorRows, expected.filter((e) => Object.keys(e).length > 0).length, c.note);
  }
});

test('headers: half-width brackets, spaces and English keys are recognised', () => {
  assert.equal(normaliseHeader(' 金额(万元) '), '金额（万元）');
  const idx = columnIndex(['code', '项目名称', ' 单位编码 ', 'year', 'fund_type', '金额(万元)', 'function_class', 'category', '备注']);
  assert.deepEqual(idx, { code: 0, name: 1, unit_code: 2, year: 3, fund_type: 4, amount_wan: 5, function_class: 6, category: 7 });
  // The first of two columns with the same meaning counts.
  assert.equal(columnIndex(['项目编码', 'code']).code, 0);
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
