// The 项目支出绩效目标申报表 layout: placing rows with spans, ordering indicators by the
// framework, and merging level-1 and level-2 cells down the indicator block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const L = await load('targets/declarationLayout');
const { placeRows, planDeclaration, runs, orderIndicators, mediumText, PROJECT_DECLARATION, DEPARTMENT_DECLARATION } = L;

const FRAMEWORK = {
  version: '2021',
  title: '',
  categories: [
    { key: 'output', label: '产出指标', subcategories: [{ key: 'quantity', label: '数量指标' }, { key: 'quality', label: '质量指标' }, { key: 'timeliness', label: '时效指标' }] },
    { key: 'benefit', label: '效益指标', subcategories: [{ key: 'social', label: '社会效益指标' }] },
    { key: 'cost', label: '成本指标', subcategories: [{ key: 'economic_cost', label: '经济成本指标' }] },
    { key: 'satisfaction', label: '满意度指标', subcategories: [{ key: 'service_recipient', label: '服务对象满意度指标' }] },
  ],
};
const ind = (category, subcategory, name, comparator = '>=', value = '1', unit = '个', medium_value = '') =>
  ({ category, subcategory, name, comparator, value, unit, weight: 10, medium_value });

const cellAt = (plan, row, col) => plan.cells.find((c) => c.row === row && c.col === col);

test('runs finds stretches of equal keys longer than one', () => {
  assert.deepEqual(runs([]), []);
  assert.deepEqual(runs(['a']), []);
  assert.deepEqual(runs(['a', 'a', 'b', 'c', 'c', 'c']), [[0, 1], [3, 5]]);
  assert.deepEqual(runs(['a', 'b', 'a']), []);
});

test('placeRows skips columns held by a taller cell above, as an HTML table does', () => {
  const { cells, nextRow } = placeRows([
    { cells: [{ text: 'L', rows: 3, role: 'label' }, { text: 'x', span: 2 }] },
    { cells: [{ field: 'a' }, { field: 'b' }] },
    { cells: [{ field: 'c', span: 2 }] },
  ], 5, 3, { a: 'A', b: 2 });
  assert.equal(nextRow, 8);
  assert.deepEqual(cells.map((c) => [c.row, c.col, c.rowEnd, c.colEnd, c.value]), [
    [5, 1, 7, 1, 'L'], [5, 2, 5, 3, 'x'], [6, 2, 6, 2, 'A'], [6, 3, 6, 3, 2], [7, 2, 7, 3, null],
  ]);
  assert.throws(() => placeRows([{ cells: [{ text: 'a', span: 4 }] }], 1, 3, {}));
});

test('the project layout fills exactly five columns in every header row', () => {
  const plan = planDeclaration(PROJECT_DECLARATION, { year: 2026 }, [], FRAMEWORK);
  // Every cell of rows 1..(head row) is covered exactly once.
  const covered = new Map();
  for (const c of plan.cells)
    for (let r = c.row; r <= c.rowEnd; r++)
      for (let k = c.col; k <= c.colEnd; k++) {
        const key = r + ':' + k;
        assert.ok(!covered.has(key), `cell ${key} placed twice`);
        covered.set(key, c);
      }
  for (let r = 1; r <= plan.lastRow; r++)
    for (let k = 1; k <= 5; k++) assert.ok(covered.has(r + ':' + k), `cell ${r}:${k} left empty`);
  assert.equal(cellAt(plan, 1, 1).value, '项目支出绩效目标申报表');
  assert.equal(cellAt(plan, 2, 1).value, '（2026年度）');
  assert.equal(cellAt(plan, 3, 1).value, '项目名称');
});

test('indicators are grouped by level 1 then level 2 with merged cells, in framework order', () => {
  const indicators = [
    ind('satisfaction', 'service_recipient', '学生满意度', '>=', '90', '%'),
    ind('output', 'quality', '培训合格率', '>=', '95', '%'),
    ind('output', 'quantity', '培训人次', '>=', '200', '人次', '600'),
    ind('cost', 'economic_cost', '人均培训成本', '<=', '1500', '元'),
    ind('output', 'quantity', '培训场次', '>=', '10', '场'),
    ind('benefit', 'social', '教学质量', 'qualitative', '明显提高', ''),
  ];
  const facts = { year: 2026, project_name: '教师培训', annual_total: 30, annual_goal: '完成培训', medium_goal: '三年' };
  const plan = planDeclaration(PROJECT_DECLARATION, facts, indicators, FRAMEWORK);
  const head = plan.cells.find((c) => c.value === '一级指标');
  const first = head.row + 1;
  assert.deepEqual([1, 2, 3, 4, 5].map((k) => cellAt(plan, head.row, k).value), ['一级指标', '二级指标', '三级指标', '中期指标值', '年度指标值']);
  // Output (quantity ×2, quality), benefit, cost, satisfaction: the framework's order.
  const names = [0, 1, 2, 3, 4, 5].map((k) => cellAt(plan, first + k, 3).value);
  assert.deepEqual(names, ['培训人次', '培训场次', '培训合格率', '教学质量', '人均培训成本', '学生满意度']);
  assert.equal(cellAt(plan, first, 1).value, '产出指标');
  assert.equal(cellAt(plan, first, 4).value, '≥600人次');
  assert.equal(cellAt(plan, first, 5).value, '≥200人次');
  assert.equal(cellAt(plan, first + 3, 5).value, '明显提高');
  assert.equal(cellAt(plan, first + 4, 5).value, '≤1500元');
  // Level 1 output spans three rows; level 2 quantity spans two.
  assert.ok(plan.merges.some((m) => m.join() === [first, 1, first + 2, 1].join()));
  assert.ok(plan.merges.some((m) => m.join() === [first, 2, first + 1, 2].join()));
  assert.equal(cellAt(plan, first + 1, 1), undefined);
  assert.equal(cellAt(plan, first + 1, 2), undefined);
  assert.equal(cellAt(plan, first + 2, 2).value, '质量指标');
  // No merge for single rows; no merge overlaps another.
  const indicatorMerges = plan.merges.filter((m) => m[0] >= first);
  assert.equal(indicatorMerges.length, 2);
  assert.equal(plan.lastRow, first + 5);
  assert.equal(plan.printArea, `A1:E${first + 5}`);
});

test('equal subcategory keys under two categories never merge across them', () => {
  const fw = { version: 'x', title: '', categories: [
    { key: 'a', label: 'A', subcategories: [{ key: 's', label: 'S' }] },
    { key: 'b', label: 'B', subcategories: [{ key: 's', label: 'S' }] }] };
  const plan = planDeclaration(PROJECT_DECLARATION, { year: 2026 }, [ind('a', 's', '1'), ind('b', 's', '2')], fw);
  assert.equal(plan.merges.filter((m) => m[1] <= 2 && m[0] > 12).length, 0);
});

test('orderIndicators keeps unknown categories last and the order within a group', () => {
  const out = orderIndicators([ind('zzz', 'q', 'x'), ind('output', 'quantity', 'b'), ind('output', 'quantity', 'a')], FRAMEWORK);
  assert.deepEqual(out.map((i) => i.name), ['b', 'a', 'x']);
});

test('mediumText adds the comparator and unit to a bare number only', () => {
  assert.equal(mediumText(ind('output', 'quantity', 'n', '>=', '1', '人次', '600')), '≥600人次');
  assert.equal(mediumText(ind('output', 'quantity', 'n', '>=', '1', '人次', '三年累计600人次')), '三年累计600人次');
  assert.equal(mediumText(ind('output', 'quantity', 'n', '>=', '1', '人次', '')), '');
});

test('the department layout lists its key tasks under one merged label', () => {
  const tasks = [{ duty: '教育管理', name: '义务教育保障', amount: 120.5 }, { duty: '体育', name: '全民健身', amount: 30 }];
  const plan = planDeclaration(DEPARTMENT_DECLARATION, { year: 2026, department: '州教育体育局' }, [], FRAMEWORK, tasks);
  const labelCell = plan.cells.find((c) => c.value === '年度主要任务');
  assert.equal(labelCell.rowEnd - labelCell.row, 2);  // the head row and two tasks
  assert.equal(cellAt(plan, labelCell.row + 1, 3).value, '义务教育保障');
  assert.equal(cellAt(plan, labelCell.row + 2, 5).value, 30);
  assert.equal(cellAt(plan, labelCell.row + 2, 5).role, 'money');
});
