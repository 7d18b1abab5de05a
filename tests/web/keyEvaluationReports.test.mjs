// Key evaluations' reports (web/src/utils/key_evaluation/reports.ts): rates with "—" for nothing
// to divide by, money in 万元, the fee statement's lines in words, the chart by kind, and a
// workbook with one sheet a table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const R = await load('key_evaluation/reports');

test('rates and cells as the tables show them', () => {
  assert.equal(R.pct('66.67'), '66.67%');
  assert.equal(R.pct('—'), '—');
  assert.equal(R.pct(null), '—');
  const g = { key: 'policy', label: '财政政策', evaluations: 2, budget_fen: 123_456_789, count_share: '50.00', budget_share: '—' };
  const cols = R.GROUP_COLUMNS('评价类别');
  assert.deepEqual(cols.map((c) => R.cellText(c, g)), ['财政政策', '2', '50.00%', '123.46', '—']);
  const card = { year: 2025, agency_name: '云岭正信', rank: null, evaluations: 1, scored: 0, mean_quality: null,
    on_time_rate: '—', rework_rate: '—', contract_fen: 0, payable_fen: 0, deducted_fen: 0 };
  assert.deepEqual(R.SCORECARD_COLUMNS.map((c) => R.cellText(c, card)).slice(0, 8),
    ['2025', '云岭正信', '—', '1', '0', '—', '—', '—']);
});

test('a fee line says what it pays', () => {
  assert.equal(R.feeLineState({ state: 'pending', capped: false }), '待评定');
  assert.equal(R.feeLineState({ state: 'rework_required', capped: false }), '返工后结算');
  assert.equal(R.feeLineState({ state: 'payable', capped: true }), '返工后封顶');
  assert.equal(R.feeLineState({ state: 'payable', capped: false }), '按质结算');
  const line = { name: '项目甲', contract_fee_fen: 30_000_000, quality_score: null, percent: null,
    payable_fen: null, deducted_fen: null, state: 'pending', capped: false, detail: '报告质量尚未评定' };
  assert.deepEqual(R.FEE_LINE_COLUMNS.map((c) => R.cellText(c, line)),
    ['项目甲', '30.00', '—', '—', '—', '—', '待评定', '报告质量尚未评定']);
});

test('the chart by kind and a workbook of sheets', async () => {
  const groups = [{ key: 'project', label: '项目支出', evaluations: 3, budget_fen: 5_000_000_000 }];
  const o = R.kindChartOption(groups);
  assert.deepEqual(o.xAxis.data, ['项目支出']);
  assert.deepEqual(o.series[0].data, [5000]);
  assert.deepEqual(o.series[1].data, [3]);
  const blob = await R.sheetsBlob([{ name: '按类别', columns: R.GROUP_COLUMNS('评价类别'), rows: groups.map((g) => ({ ...g, count_share: '100.00', budget_share: '100.00' })) }]);
  assert.ok(blob.size > 1000);
});
