// 监控统计's chart (web/src/utils/monitoring/statistics.ts): departments most warned first, each bar
// split into its reports without a warning, blue and red, which add up to its reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { mostWarned, departmentColourOption } = await load('monitoring/statistics');

const rows = [
  { department_name: '教育局', reports: 10, blue: 2, red: 1 },
  { department_name: '卫健委', reports: 8, blue: 0, red: 3 },
  { department_name: '农业农村局', reports: 20, blue: 5, red: 1 },
  { department_name: '文旅局', reports: 4, blue: 0, red: 0 },
];

test('the most red first, then the most blue, then the most reports; at most the limit', () => {
  assert.deepEqual(mostWarned(rows).map((r) => r.department_name), ['卫健委', '农业农村局', '教育局', '文旅局']);
  assert.deepEqual(mostWarned(rows, 2).map((r) => r.department_name), ['卫健委', '农业农村局']);
  assert.equal(rows[0].department_name, '教育局', 'the rows given are left as they were');
});

test('the stacked bars add up to each department\'s reports, the most warned at the top', () => {
  const o = departmentColourOption(rows);
  assert.deepEqual(o.yAxis.data, ['文旅局', '教育局', '农业农村局', '卫健委']);
  assert.deepEqual(o.series.map((s) => s.name), ['无预警', '蓝色一般预警', '红色重要预警']);
  o.yAxis.data.forEach((name, i) => {
    const sum = o.series.reduce((n, s) => n + s.data[i], 0);
    assert.equal(sum, rows.find((r) => r.department_name === name).reports);
  });
  assert.deepEqual(departmentColourOption([]).yAxis.data, []);
});
