// The target statistics' coverage chart: names lie level, long ones end in …, and the chart
// grows with its rows (at 1440×900 sixteen prefectures' names were rotated and cut off).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { coverageOption, coverageHeight, LABEL_WIDTH } = await load('targets/coverageChart');

const rows = Array.from({ length: 16 }, (_, i) => ({
  label: `第${i + 1}州（含下级）人民政府直属事业单位`, project_coverage: '50.00', amount_coverage: '—',
}));

test('names sit on the category axis, level, truncated at a width, inside the grid', () => {
  const o = coverageOption(rows);
  assert.equal(o.yAxis.type, 'category');
  assert.deepEqual(o.yAxis.data, rows.map((r) => r.label));
  assert.equal(o.yAxis.axisLabel.rotate, 0);
  assert.equal(o.yAxis.axisLabel.overflow, 'truncate');
  assert.equal(o.yAxis.axisLabel.width, LABEL_WIDTH);
  assert.equal(o.grid.containLabel, true);
  assert.equal(o.xAxis.type, 'value');
  assert.deepEqual(o.series[1].data.slice(0, 2), [0, 0]);
  assert.deepEqual(o.series[0].data[0], 50);
});

test('the chart grows with its rows so that each has room', () => {
  assert.equal(coverageHeight(1), '240px');
  assert.ok(parseInt(coverageHeight(16), 10) >= 16 * 40);
});
