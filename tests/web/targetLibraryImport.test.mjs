// The indicator library import, checked in the browser with the server's rules. The cases of
// tests/cases/library_import.json are the server's import_rules' too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';
import { cases, importErrorsMatch, importFile, shippedFramework, shippedIndustries } from './cases.mjs';

const { checkLibraryImport, libraryCsvRows, libraryComparator, industryKey, LIBRARY_TEMPLATE_HEADERS } = await load('targets/libraryImport');

const FW = { version: '2021', title: '', categories: [
  { key: 'output', label: '产出指标', subcategories: [{ key: 'quantity', label: '数量指标' }] },
  { key: 'satisfaction', label: '满意度指标', subcategories: [{ key: 'service_recipient', label: '服务对象满意度指标' }] }] };
const INDUSTRIES = [{ key: 'education', name: '教育', function_classes: ['205'] }];

test('comparators and industries are read as the server reads them', () => {
  assert.equal(libraryComparator('≥'), '>=');
  assert.equal(libraryComparator('大于等于'), '>=');
  assert.equal(libraryComparator('定性'), 'qualitative');
  assert.equal(libraryComparator('不低于'), null);
  assert.equal(industryKey('教育', INDUSTRIES), 'education');
  assert.equal(industryKey('共性指标', INDUSTRIES), 'common');
  assert.equal(industryKey('卫生', INDUSTRIES), null);
});

test('a clean file passes and is sent under the Chinese headers', () => {
  const rows = [
    ['教育', '产出指标', '数量指标', '培训人次', '', '人次', '≥', '200', '正向', '计划标准'],
    ['共性', '满意度', '服务对象满意度', '满意度', '', '%', '>=', '90', '', ''],
  ];
  const check = checkLibraryImport(LIBRARY_TEMPLATE_HEADERS, rows, FW, INDUSTRIES);
  assert.deepEqual(check.fileErrors, []);
  assert.equal(check.errorRows, 0);
  const out = libraryCsvRows(check.index, rows);
  assert.deepEqual(out[0], LIBRARY_TEMPLATE_HEADERS);
  assert.equal(out[1][3], '培训人次');
});

test('row problems are found with the column at fault', () => {
  const rows = [
    ['卫生', '产出', '质量', '', '', '', '约', '', '向上', '拍脑袋'],
    ['教育', '产出', '数量', '培训人次', '', '', '≥', '1', '', ''],
    ['教育', '产出', '数量', '培训人次', '', '人次', '≥', '1', '', ''],
  ];
  const check = checkLibraryImport(LIBRARY_TEMPLATE_HEADERS, rows, FW, INDUSTRIES);
  assert.ok(check.rowErrors[0].some((e) => e.column === '行业' && e.message === '行业不正确'));
  assert.ok(check.rowErrors[0].some((e) => e.column === '二级指标'));
  assert.ok(check.rowErrors[0].some((e) => e.column === '比较符'));
  assert.ok(check.rowErrors[1].some((e) => e.column === '计量单位' && /计量单位/.test(e.message)));
  assert.ok(check.rowErrors[2].some((e) => e.column === '三级指标' && /重复/.test(e.message)));
  assert.equal(check.errorRows, 3);
});

test('missing required columns are file errors', () => {
  const check = checkLibraryImport(['行业', '三级指标'], [['教育', 'x']], FW, INDUSTRIES);
  assert.ok(check.fileErrors.includes('缺少列：一级指标'));
  assert.ok(check.fileErrors.includes('缺少列：比较符'));
  assert.deepEqual(check.rowErrors, [[]]);
});

test('import files of tests/cases/library_import.json, with the shipped framework and industries', () => {
  const all = cases('library_import');
  const fw = shippedFramework(all.framework);
  const industries = shippedIndustries();
  assert.ok(all.cases.length > 0);
  for (const c of all.cases) {
    const { header, rows } = importFile(all, c);
    const check = checkLibraryImport(header, rows, fw, industries);
    assert.deepEqual(check.fileErrors, c.web_file ?? c.file ?? [], c.note);
    const expected = c.web ?? c.expect ?? rows.map(() => ({}));
    importErrorsMatch(check.rowErrors, expected, c.note);
    assert.equal(check.errorRows, expected.filter((e) => Object.keys(e).length > 0).length, c.note);
  }
});
