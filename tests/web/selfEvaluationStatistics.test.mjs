// 自评统计 apart from its page (web/src/utils/self_evaluation/statistics.ts): the grade chart's bars
// add up to each row's evaluations in the order given, a rate with nothing to divide by shows "—",
// and the table's columns (which the Excel export writes) are in Chinese, money flagged as such;
// a column's sort is the route's `sort` and back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { gradeChartOption, gradeChartHeight, pct, FIGURE_COLUMNS, GRADES, departmentSort, tableSort, DEPARTMENT_SORT_DEFAULT } =
  await load('self_evaluation/statistics');

const rows = [
  { label: '云岭州本级', excellent: 2, good: 1, fair: 2, poor: 1, ungraded: 40 },
  { label: '云溪县', excellent: 0, good: 0, fair: 0, poor: 0, ungraded: 12 },
];

test('one bar a row, split by grade, adding up to its evaluations', () => {
  const o = gradeChartOption(rows);
  assert.deepEqual(o.yAxis.data, ['云岭州本级', '云溪县']);
  assert.deepEqual(o.series.map((s) => s.name), ['优', '良', '中', '差', '未评级']);
  rows.forEach((r, i) => {
    const sum = o.series.reduce((n, s) => n + s.data[i], 0);
    assert.equal(sum, r.excellent + r.good + r.fair + r.poor + r.ungraded);
  });
  assert.ok(o.series.every((s) => s.stack === 'grades'));
  assert.deepEqual(GRADES.map((g) => g.key), ['excellent', 'good', 'fair', 'poor', 'ungraded']);
  assert.equal(gradeChartHeight(1), '240px');
  assert.equal(gradeChartHeight(20), `${20 * 34 + 64}px`);
});

test('rates: two decimals with %, "—" where nothing was there to divide by (R-MON-2)', () => {
  assert.equal(pct('97.50'), '97.50%');
  assert.equal(pct(null), '—');
  assert.equal(pct('—'), '—');
  assert.equal(pct('0.00'), '0.00%');
});

test('the columns read the figures in Chinese; money columns give fen to convert', () => {
  const row = { evaluations: 10, projects: 9, departments: 1, budget_fen: 123456789, executed_fen: 1, execution_rate: null,
    submitted: 4, accepted: 2, submission_rate: '40.00', excellent: 1, good: 1, fair: 1, poor: 1, ungraded: 6,
    budget_projects: 12, project_coverage: '75.00', amount_coverage: null, sampled: 3, reviewed: 2, reviewed_fen: 5,
    inflated: 1, review_progress: '66.67', reviewed_amount_rate: '0.00', inflated_share: '50.00', findings: 1,
    findings_closed: 0, findings_overdue: 0, rectification_rate: null };
  const headers = FIGURE_COLUMNS.map((c) => c.header);
  assert.ok(headers.every((h) => /[\u4e00-\u9fa5]/.test(h) && !/[a-z_]/.test(h)), headers.join(','));
  const cell = (h) => FIGURE_COLUMNS.find((c) => c.header === h).value(row);
  assert.equal(cell('自评（份）'), 10);
  assert.equal(cell('项目覆盖率'), '75.00%');
  assert.equal(cell('资金覆盖率'), '—');
  assert.equal(cell('整改率'), '—');
  assert.equal(cell('全年预算数（万元）'), 123456789);
  assert.deepEqual(FIGURE_COLUMNS.filter((c) => c.money).map((c) => c.header),
    ['全年预算数（万元）', '全年执行数（万元）', '复核金额（万元）']);
  assert.ok(FIGURE_COLUMNS.filter((c) => c.screen).length < FIGURE_COLUMNS.length);
});

test('a sorted column is the route\'s sort ("-" descending), no order the code order', () => {
  assert.equal(DEPARTMENT_SORT_DEFAULT, 'code');
  assert.equal(departmentSort('inflated_share', 'descending'), '-inflated_share');
  assert.equal(departmentSort('budget_fen', 'ascending'), 'budget_fen');
  assert.equal(departmentSort('budget_fen', null), 'code');
  assert.equal(departmentSort(null, null), 'code');
  assert.deepEqual(tableSort('-rectification_rate'), { prop: 'rectification_rate', order: 'descending' });
  assert.deepEqual(tableSort('evaluations'), { prop: 'evaluations', order: 'ascending' });
  assert.equal(tableSort('code'), undefined);
  // The sortable columns are those on screen, each a key the route knows.
  const keys = ['evaluations', 'budget_fen', 'project_coverage', 'amount_coverage', 'execution_rate', 'submission_rate',
    'sampled', 'reviewed', 'reviewed_amount_rate', 'inflated', 'inflated_share', 'rectification_rate'];
  const sortable = FIGURE_COLUMNS.filter((c) => c.sort);
  assert.ok(sortable.every((c) => c.screen && keys.includes(c.sort)), sortable.map((c) => c.sort).join(','));
  assert.ok(['evaluations', 'budget_fen', 'inflated_share', 'rectification_rate'].every((k) => sortable.some((c) => c.sort === k)));
});
