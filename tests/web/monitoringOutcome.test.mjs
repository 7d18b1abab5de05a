// The warning preview and the outcome form's logic (web/src/utils/monitoring/outcome.ts): what the
// preview sends to the warning rules (R-MO-4), the decision's amount read to the fen and checked
// as the server checks it (R-MO-5), the run's progress, the board's chart and the totals' sum.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { evaluateBody, previewTitle, needsAmount, spentNowFen, unspentFen, parseOutcomeAmount, runPercent, colourChartOption, totalsSum } =
  await load('monitoring/outcome');

test('the preview sends the form as it stands, each indicator with its answer, never overdue', () => {
  const report = { year: 2026, as_of: '2026-05-31', budget_fen: 10_000_000, indicators: [
    { indicator: { name: '培训人次', value: '200', operator: '>=' } },
    { indicator: { name: '满意度', value: '90', operator: '>=' } },
  ] };
  const body = evaluateBody(report, [
    { value_so_far: ' 80 ', projected_value: '200', likelihood: 'certain' },
    { value_so_far: '', projected_value: '', likelihood: '' },
  ], 2_500_001);
  assert.deepEqual(body, { year: 2026, as_of: '2026-05-31', budget_fen: 10_000_000, executed_fen: 2_500_001,
    report_overdue: false, indicators: [
      { name: '培训人次', value: '200', operator: '>=', value_so_far: '80', likelihood: 'certain', projected_value: '200' },
      { name: '满意度', value: '90', operator: '>=', value_so_far: '', likelihood: '', projected_value: '' },
    ] });
  assert.equal(previewTitle('蓝色一般预警'), '按当前填报，预计：蓝色一般预警');
});

test('only 调整预算 and 收回资金 carry an amount', () => {
  assert.deepEqual(['continue', 'adjust_budget', 'adjust_target', 'recover'].map(needsAmount), [false, true, false, true]);
});

test('what is spent by now is the series\' latest figure, else the report\'s', () => {
  assert.equal(spentNowFen([{ as_of: '2026-05-31', executed_fen: 10 }, { as_of: '2026-11-30', executed_fen: 70 }, { as_of: '2026-08-31', executed_fen: 40 }], 10), 70);
  assert.equal(spentNowFen([], 25), 25);
});

test('收回资金 is read to the fen and at most what is unspent', () => {
  assert.equal(unspentFen(10_000_000, 2_500_000), 7_500_000);
  assert.equal(unspentFen(1, 2), 0);
  assert.deepEqual(parseOutcomeAmount('recover', '7.5', 10_000_000, 2_500_000), { ok: true, fen: 7_500_000 });
  assert.deepEqual(parseOutcomeAmount('recover', '0.000001', 10_000_000, 2_500_000), { ok: true, fen: 1 });
  assert.deepEqual(parseOutcomeAmount('recover', '7.500001', 10_000_000, 2_500_000),
    { ok: false, error: '最多只能收回尚未支出的 7.50 万元' });
  assert.deepEqual(parseOutcomeAmount('recover', '0', 10_000_000, 2_500_000), { ok: false, error: '请填写收回的金额' });
  assert.equal(parseOutcomeAmount('recover', '', 10_000_000, 0).ok, false);
  assert.equal(parseOutcomeAmount('recover', '-1', 10_000_000, 0).ok, false);
});

test('调整预算 is the new budget: not below what is spent, not the same as now', () => {
  assert.deepEqual(parseOutcomeAmount('adjust_budget', '5', 10_000_000, 2_500_000), { ok: true, fen: 5_000_000 });
  assert.deepEqual(parseOutcomeAmount('adjust_budget', '2.4', 10_000_000, 2_500_000),
    { ok: false, error: '调整后的预算不能少于已支出的 2.50 万元' });
  assert.deepEqual(parseOutcomeAmount('adjust_budget', '10', 10_000_000, 2_500_000), { ok: false, error: '调整后的预算与现在相同' });
});

test('the run bar is evaluated ÷ reports in whole percent, 0 for no reports', () => {
  assert.equal(runPercent(0, 0), 0);
  assert.equal(runPercent(1, 3), 33);
  assert.equal(runPercent(3, 3), 100);
  assert.equal(runPercent(4, 3), 100);
});

test('the chart has a bar per colour in its colour, and the totals add up to the fen', () => {
  const o = colourChartOption([{ colour: 'none', label: '无预警', count: 5 }, { colour: 'blue', label: '蓝色一般预警', count: 2 },
    { colour: 'red', label: '红色重要预警', count: 1 }]);
  assert.deepEqual(o.xAxis.data, ['无预警', '蓝色一般预警', '红色重要预警']);
  assert.deepEqual(o.series[0].data.map((d) => d.value), [5, 2, 1]);
  assert.deepEqual(o.series[0].data.map((d) => d.itemStyle.color), ['#67c23a', '#409eff', '#f56c6c']);
  const sum = totalsSum([
    { region_name: '甲', department_name: '教育局', outcomes: 2, recoveries: 1, recovered_fen: 1, adjusted_fen: 3 },
    { region_name: '乙', department_name: '卫健委', outcomes: 1, recoveries: 1, recovered_fen: 999_999, adjusted_fen: 0 },
  ]);
  assert.deepEqual(sum, { region_name: '合计', department_name: '', outcomes: 3, recoveries: 2, recovered_fen: 1_000_000, adjusted_fen: 3 });
});
