// The national 项目支出绩效自评表: the layout of an evaluation (RULES.md's worked example), its
// .xlsx, and the import reader that gives the values and their cells back, also from a province's
// variant (an extra column, merged or carried level-1 cells) and refusing a sheet that is not the table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { load } from './build.mjs';

const L = await load('self_evaluation/selfEvaluationLayout');
const X = await load('self_evaluation/selfEvaluationXlsx');
const I = await load('self_evaluation/selfEvaluationImport');
const { parseWan } = await load('money');
const ExcelJS = createRequire(new URL('../../web/package.json', import.meta.url))('exceljs');

const FRAMEWORKS = [
  { version: '2021', title: '', categories: [
    { key: 'output', label: '产出指标', subcategories: [{ key: 'quantity', label: '数量指标' }, { key: 'quality', label: '质量指标' }, { key: 'timeliness', label: '时效指标' }] },
    { key: 'benefit', label: '效益指标', subcategories: [{ key: 'social', label: '社会效益指标' }] },
    { key: 'cost', label: '成本指标', subcategories: [{ key: 'economic_cost', label: '经济成本指标' }] },
    { key: 'satisfaction', label: '满意度指标', subcategories: [{ key: 'service_recipient', label: '服务对象满意度指标' }] }] },
];

const indicator = (position, category, subcategory, name, comparator, value, unit, weight, actual, computedWeight, computedScore, extra = {}) => ({
  position, category, subcategory, name, comparator, value, unit, direction: comparator.startsWith('<') ? 'lower' : 'higher',
  weight, actual_value: actual, not_applicable: false, deviation_reason: '', improvement: '', self_score: null, self_score_reason: '',
  computed_weight: computedWeight, computed_score: computedScore, rule: 'R-SE-4', detail: '', needs_reason: false, ...extra,
});

/**
 * RULES.md's worked example: budget 200万元, executed 180万元 → 9.00; output 20/15/15 → 15, 15, 0;
 * benefit 就业率 weighs 40 with no satisfaction indicator → 30; total 69.00 → 中. The benefit
 * indicator comes first in the target, to show the table's framework order.
 */
function workedExample(over = {}) {
  return {
    id: 7, year: 2026, kind: 'project', status: 'draft', code: 'P2026-001', name: '职业技能培训补助',
    unit_name: '州职业技术学校', department_name: '州人力资源和社会保障局',
    overall_goal: '完成200人次职业技能培训，合格率不低于95%，就业率达到60%。',
    goal_achieved: '完成培训150人次，合格率97%，就业率45%。',
    problems: '', improvements: '',
    initial_fen: 150_000_000, budget_fen: 200_000_000, executed_fen: 180_000_000,
    execution_score: '9.00', computed_total: '69.00', self_total: null, review_total: null, grade: 'fair', grade_label: '中',
    indicators: [
      indicator(4, 'benefit', 'social', '就业率', '>=', '60', '%', 30, '45', '40.00', '30.00',
        { needs_reason: true, deviation_reason: '当地企业用工需求下降', improvement: '联系更多用工企业' }),
      indicator(1, 'output', 'quantity', '培训人次', '>=', '200', '人次', 20, '150', '20.00', '15.00',
        { needs_reason: true, deviation_reason: '报名人数不足' }),
      indicator(2, 'output', 'quality', '培训合格率', '>=', '95', '%', 15, '97', '15.00', '15.00'),
      indicator(3, 'output', 'timeliness', '完成时间', '<=', '2026-10-31', '', 15, '2026-12-15', '15.00', '0.00',
        { needs_reason: true, deviation_reason: '场地延期交付', improvement: '提前落实场地' }),
    ],
    ...over,
  };
}

const cellAt = (plan, row, col) => plan.cells.find((c) => c.row === row && c.col === col);
const headRowOf = (plan) => plan.cells.find((c) => c.value === '三级指标').row;

async function xlsxOf(list) {
  return (await X.selfEvaluationWorkbook(list, FRAMEWORKS)).arrayBuffer();
}
async function bufferOf(wb) {
  const b = await wb.xlsx.writeBuffer();
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}
/** A sheet from rows of text and merges ([top, left, bottom, right]). */
function sheetFrom(wb, name, rows, merges = []) {
  const ws = wb.addWorksheet(name);
  rows.forEach((r, i) => r.forEach((v, k) => { if (v !== '' && v !== null) ws.getCell(i + 1, k + 1).value = v; }));
  for (const m of merges) ws.mergeCells(...m);
  return ws;
}

test('the plan covers every cell of the eight columns once, header to footer', () => {
  const plan = L.planSelfEvaluation(workedExample(), FRAMEWORKS[0]);
  const covered = new Set();
  for (const c of plan.cells)
    for (let r = c.row; r <= c.rowEnd; r++)
      for (let k = c.col; k <= c.colEnd; k++) {
        assert.ok(!covered.has(`${r}:${k}`), `cell ${r}:${k} placed twice`);
        covered.add(`${r}:${k}`);
      }
  for (let r = 1; r <= plan.lastRow; r++)
    for (let k = 1; k <= 8; k++) assert.ok(covered.has(`${r}:${k}`), `cell ${r}:${k} left empty`);
  assert.equal(plan.printArea, `A1:H${plan.lastRow}`);
  assert.equal(cellAt(plan, 1, 1).value, '项目支出绩效自评表');
  assert.equal(cellAt(plan, 2, 1).value, '（2026年度）');
});

test('the money block: 万元 with two decimals, 执行率 on integers, 分值 and 得分 of execution, dashes in the parts', () => {
  const plan = L.planSelfEvaluation(workedExample(), FRAMEWORKS[0]);
  const row = plan.cells.find((c) => c.value === '年度资金总额').row;
  assert.deepEqual([3, 4, 5, 6, 7, 8].map((k) => cellAt(plan, row, k).value), [150, 200, 180, 10, '90.00%', 9]);
  assert.equal(cellAt(plan, row, 3).role, 'money');
  for (const [offset, title] of [[1, '其中：当年财政拨款'], [2, '上年结转资金'], [3, '其他资金']]) {
    assert.equal(cellAt(plan, row + offset, 2).value, title);
    assert.equal(cellAt(plan, row + offset, 6).value, '—');
    assert.equal(cellAt(plan, row + offset, 8).value, '—');
    assert.equal(cellAt(plan, row + offset, 3).value, null);
  }
  assert.deepEqual([3, 4, 5, 6, 7, 8].map((k) => cellAt(plan, row - 1, k).value), ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  assert.equal(L.executionRate(180_000_000, 200_000_000), '90.00%');
  assert.equal(L.executionRate(2, 3), '66.67%');
  assert.equal(L.executionRate(1, 0), '');
});

test('indicators in framework order, grouped with section points and merged level 1 and 2; footer 总分 and 自评等级', () => {
  const plan = L.planSelfEvaluation(workedExample(), FRAMEWORKS[0]);
  const head = headRowOf(plan);
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8].map((k) => cellAt(plan, head, k).value),
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  const first = head + 1;
  assert.deepEqual([0, 1, 2, 3].map((k) => cellAt(plan, first + k, 3).value), ['培训人次', '培训合格率', '完成时间', '就业率']);
  assert.equal(cellAt(plan, first, 1).value, '产出指标（50分）');
  assert.equal(cellAt(plan, first + 3, 1).value, '效益指标（40分）');
  assert.ok(plan.merges.some((m) => m.join() === [first, 1, first + 2, 1].join()));
  assert.equal(cellAt(plan, first + 1, 1), undefined);
  assert.deepEqual([2, 3, 4, 5, 6, 7, 8].map((k) => cellAt(plan, first, k).value),
    ['数量指标', '培训人次', '≥200人次', '150', 20, 15, '报名人数不足']);
  assert.equal(cellAt(plan, first + 2, 4).value, '≤2026-10-31');
  assert.equal(cellAt(plan, first + 2, 8).value, '偏差原因：场地延期交付\n改进措施：提前落实场地');
  const foot = plan.lastRow;
  assert.deepEqual([1, 6, 7, 8].map((k) => cellAt(plan, foot, k).value), ['总分', 100, 69, '自评等级：中']);
  assert.equal(cellAt(plan, foot, 1).colEnd, 5);
});

test('得分 is the unit\'s own score where given, else the computed one, and 总分 adds up what is shown', () => {
  const e = workedExample();
  e.indicators[1].self_score = '16.00';
  const plan = L.planSelfEvaluation(e, FRAMEWORKS[0]);
  const first = headRowOf(plan) + 1;
  assert.equal(cellAt(plan, first, 7).value, 16);
  assert.equal(cellAt(plan, first + 1, 7).value, 15);
  assert.equal(cellAt(plan, plan.lastRow, 7).value, 70);
});

test('a form not yet scored: the targets\' points, no 得分 to read back as the unit\'s own, no 总分', () => {
  // As the API gives a form still being filled: its computed figures 0 and no rule.
  const e = workedExample({ computed_total: '9.00', grade: '', grade_label: '', goal_achieved: '' });
  const weights = { 就业率: 3000, 培训人次: 2000, 培训合格率: 1500, 完成时间: 1500 };
  e.indicators.forEach((i) => Object.assign(i, { weight: weights[i.name], actual_value: '', computed_weight: '0.00',
    computed_score: '0.00', rule: '', needs_reason: false, deviation_reason: '', improvement: '' }));
  e.indicators[1].actual_value = '150';
  const plan = L.planSelfEvaluation(e, FRAMEWORKS[0]);
  const first = headRowOf(plan) + 1;
  assert.deepEqual([0, 1, 2, 3].map((k) => [cellAt(plan, first + k, 6).value, cellAt(plan, first + k, 7).value]),
    [[20, null], [15, null], [15, null], [30, null]]);
  assert.equal(cellAt(plan, first, 5).value, '150');
  assert.equal(cellAt(plan, first, 1).value, '产出指标（50分）');
  assert.equal(cellAt(plan, first + 3, 1).value, '效益指标（30分）');
  const row = plan.cells.find((c) => c.value === '年度资金总额').row;
  assert.deepEqual([6, 8].map((k) => cellAt(plan, row, k).value), [20, 9]);  // what the targets leave of 100; R-SE-3's score
  assert.deepEqual([6, 7, 8].map((k) => cellAt(plan, plan.lastRow, k).value), [100, null, '自评等级：']);
  // What the sheet reads back has no score to take as the unit's own.
  const grid = { name: 's', rows: [], merges: plan.merges };
  for (const c of plan.cells) {
    grid.rows[c.row - 1] ??= [];
    grid.rows[c.row - 1][c.col - 1] = c.value === null || c.value === undefined ? '' : String(c.value);
  }
  for (let r = 0; r < grid.rows.length; r++) grid.rows[r] = Array.from({ length: 8 }, (_, k) => grid.rows[r]?.[k] ?? '');
  const read = I.readSelfEvaluationSheet(grid);
  assert.deepEqual(read.problems, []);
  assert.ok(read.table.indicators.every((i) => i.score === ''));
  assert.equal(read.table.total, '');
});

test('an indicator not applicable shows 不适用 and dashes; execution takes what the rest leave of 100', () => {
  const e = workedExample();
  // 合格率 left out (R-SE-6): the rest rescaled, e.g. 12.12 + 23.53 … as the server computes them.
  Object.assign(e.indicators[2], { not_applicable: true, computed_weight: '0.00', computed_score: '0.00' });
  Object.assign(e.indicators[0], { computed_weight: '47.06' });
  Object.assign(e.indicators[1], { computed_weight: '23.53' });
  Object.assign(e.indicators[3], { computed_weight: '17.65' });
  const plan = L.planSelfEvaluation(e, FRAMEWORKS[0]);
  const first = headRowOf(plan) + 1;
  assert.deepEqual([5, 6, 7].map((k) => cellAt(plan, first + 1, k).value), ['不适用', '—', '—']);
  assert.equal(cellAt(plan, first, 1).value, '产出指标（41.18分）');
  const row = plan.cells.find((c) => c.value === '年度资金总额').row;
  assert.equal(cellAt(plan, row, 6).value, 11.76);  // 100 − 88.24
});

test('a qualitative indicator shows its band, a department its own title', () => {
  const e = workedExample({ kind: 'department', name: '州人力资源和社会保障局' });
  e.indicators.push(indicator(5, 'satisfaction', 'service_recipient', '学员满意度', 'qualitative', '较高', '', 10, 'partly', '10.00', '7.00'));
  const plan = L.planSelfEvaluation(e, FRAMEWORKS[0]);
  assert.equal(cellAt(plan, 1, 1).value, '部门整体支出绩效自评表');
  assert.equal(cellAt(plan, 3, 1).value, '部门（单位）名称');
  const last = plan.lastRow - 1;
  assert.equal(cellAt(plan, last, 5).value, '部分达成并具有一定效果');
  assert.equal(cellAt(plan, last, 1).value, '满意度指标（10分）');
});

test('with no framework at hand the shipped ones name and order the categories, never a code', () => {
  const e = workedExample();
  e.indicators.push(indicator(6, 'output', 'economic_cost', '人均培训成本', '<=', '1500', '元', 0, '1400', '0.00', '0.00'));
  assert.equal(L.frameworkFor(e).version, '2015');  // cost under output is the 2015 frame
  const plan = L.planSelfEvaluation(e);
  const first = headRowOf(plan) + 1;
  assert.deepEqual([0, 1, 2, 3, 4].map((k) => cellAt(plan, first + k, 2)?.value),
    ['数量指标', '质量指标', '时效指标', '成本指标', '社会效益指标']);
  assert.equal(L.planSelfEvaluation(workedExample(), null).cells.find((c) => c.row === first && c.col === 1).value, '产出指标（50分）');
});

test('sheet names are unique without regard to case, at most 31 characters, without the characters Excel refuses', () => {
  const long = '某某县二〇二六年度农村义务教育学生营养改善计划专项资金项目（第一批）';
  const names = X.sheetNames([long, long, 'a/b:c', 'A/B:C', '', "'引号'"]);
  assert.ok(names.every((n) => n.length <= 31));
  assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length);
  assert.equal(names[0], long.slice(0, 31));
  assert.ok(names[1].endsWith('(2)'));
  assert.equal(names[2], 'a_b_c');
  assert.equal(names[3], 'A_B_C(2)');
  assert.equal(names[4], '自评表');
  assert.equal(names[5], '引号');
});

test('round trip: the worked example to .xlsx and back gives the same values at the right cells', async () => {
  const e = workedExample();
  e.indicators[1].self_score = '16.00';
  const data = await xlsxOf([e]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data);
  const ws = wb.worksheets[0];
  assert.equal(ws.name, '职业技能培训补助');
  assert.equal(ws.pageSetup.paperSize, 9);
  assert.equal(ws.pageSetup.fitToWidth, 1);

  const read = await I.readSelfEvaluationFiles([{ name: '自评.xlsx', data }], 2026);
  assert.deepEqual(read.problems, []);
  assert.equal(read.tables.length, 1);
  const t = read.tables[0];
  assert.equal(t.sheet, '职业技能培训补助');
  assert.equal(t.project_name, e.name);
  assert.equal(t.department, e.department_name);
  assert.equal(t.unit_name, e.unit_name);
  assert.equal(parseWan(t.initial_wan).fen, e.initial_fen);
  assert.equal(parseWan(t.budget_wan).fen, e.budget_fen);
  assert.equal(parseWan(t.executed_wan).fen, e.executed_fen);
  assert.equal(t.goal_expected, e.overall_goal);
  assert.equal(t.goal_achieved, e.goal_achieved);
  assert.deepEqual(t.indicators, [
    { category: '产出指标', subcategory: '数量指标', name: '培训人次', target_value: '≥200人次', actual_value: '150', weight: '20', score: '16', reason: '报名人数不足' },
    { category: '产出指标', subcategory: '质量指标', name: '培训合格率', target_value: '≥95%', actual_value: '97', weight: '15', score: '15', reason: '' },
    { category: '产出指标', subcategory: '时效指标', name: '完成时间', target_value: '≤2026-10-31', actual_value: '2026-12-15', weight: '15', score: '0', reason: '偏差原因：场地延期交付\n改进措施：提前落实场地' },
    { category: '效益指标', subcategory: '社会效益指标', name: '就业率', target_value: '≥60%', actual_value: '45', weight: '40', score: '30', reason: '偏差原因：当地企业用工需求下降\n改进措施：联系更多用工企业' },
  ]);
  assert.equal(t.total, '70');
  assert.equal(t.grade, '中');
  assert.deepEqual(read.sources, [{ file: '自评.xlsx', sheet: '职业技能培训补助', year: 2026 }]);

  // Every address is the cell the value was written to.
  const plan = L.planSelfEvaluation(e, FRAMEWORKS[0]);
  const head = headRowOf(plan);
  const moneyRow = plan.cells.find((c) => c.value === '年度资金总额').row;
  const q = "'职业技能培训补助'!";
  assert.equal(read.cells['tables[0].project_name'], q + 'B3');
  assert.equal(read.cells['tables[0].department'], q + 'B4');
  assert.equal(read.cells['tables[0].unit_name'], q + 'F4');
  assert.equal(read.cells['tables[0].initial_wan'], q + 'C' + moneyRow);
  assert.equal(read.cells['tables[0].budget_wan'], q + 'D' + moneyRow);
  assert.equal(read.cells['tables[0].executed_wan'], q + 'E' + moneyRow);
  assert.equal(read.cells['tables[0].goal_expected'], q + 'B' + (moneyRow + 5));
  assert.equal(read.cells['tables[0].goal_achieved'], q + 'E' + (moneyRow + 5));
  assert.equal(read.cells['tables[0].indicators[2].actual_value'], q + 'E' + (head + 3));
  assert.equal(read.cells['tables[0].indicators[3].reason'], q + 'H' + (head + 4));
  // A merged level-1 cell is named by its top-left cell.
  assert.equal(read.cells['tables[0].indicators[1].category'], q + 'A' + (head + 1));
  assert.equal(read.cells['tables[0].total'], q + 'G' + plan.lastRow);
  assert.equal(read.cells['tables[0].grade'], q + 'H' + plan.lastRow);
  for (const [k, v] of Object.entries(read.cells)) {
    const m = /^'职业技能培训补助'!([A-H])(\d+)$/.exec(v);
    assert.ok(m, `${k} → ${v}`);
    const col = m[1].charCodeAt(0) - 64;
    const cell = plan.cells.find((c) => c.row === Number(m[2]) && c.col === col);
    assert.ok(cell && cell.role !== 'label' && cell.role !== 'head', `${k} → ${v} is a value cell`);
  }

  const body = I.importBody(2026, read);
  assert.equal(body.year, 2026);
  assert.equal(body.tables[0].indicators.length, 4);
  assert.deepEqual(Object.keys(body), ['year', 'tables']);
  assert.equal(read.cells['tables[0].indicators[0].score'], q + 'G' + (head + 1));
});

test('a batch: a sheet per evaluation, read back as many tables with their own cells; many files too', async () => {
  const a = workedExample();
  const b = workedExample({ id: 8, name: '职业技能培训补助', unit_name: '州技工学校' });  // same name, another unit
  const c = workedExample({ id: 9, name: '就业见习补贴', unit_name: '州就业服务中心' });
  const data = await xlsxOf([a, b]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data);
  assert.deepEqual(wb.worksheets.map((w) => w.name), ['职业技能培训补助', '职业技能培训补助(2)']);

  const read = await I.readSelfEvaluationFiles([{ name: '批量.xlsx', data }, { name: '单个.xlsx', data: await xlsxOf([c]) }]);
  assert.deepEqual(read.problems, []);
  assert.deepEqual(read.tables.map((t) => [t.sheet, t.unit_name]),
    [['职业技能培训补助', '州职业技术学校'], ['职业技能培训补助(2)', '州技工学校'], ['就业见习补贴', '州就业服务中心']]);
  assert.equal(read.cells['tables[1].project_name'], "'职业技能培训补助(2)'!B3");
  assert.equal(read.sources[2].file, '单个.xlsx');
});

test('the same project twice, and a sheet of another year, are problems', async () => {
  const data = await xlsxOf([workedExample()]);
  const read = await I.readSelfEvaluationFiles([{ name: '一.xlsx', data }, { name: '二.xlsx', data }], 2025);
  const messages = read.problems.map((p) => p.message);
  assert.ok(messages.includes('工作表“职业技能培训补助”与文件“一.xlsx”的工作表“职业技能培训补助”是同一个项目：职业技能培训补助'));
  assert.ok(messages.includes('工作表“职业技能培训补助”是2026年度的自评表，导入的是2025年度'));
});

/** A province's variant: a 序号 column first, 计量单位 between, two-row money head, level 2 written once per group. */
function provinceSheet(wb, name) {
  const rows = [
    ['项目支出绩效自评表'],
    ['（2026年度）'],
    ['项目名称：', '', '乡村道路养护'],
    ['主管部门', '', '县交通运输局', '', '实施单位', '', '县公路养护站'],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', ''],
    ['', '年度资金总额', 120, 150.5, '148.25', 10, '98.5%', 9.85, ''],
    ['', '其中：当年财政拨款', 120, 150.5, 148.25, '—', '', '—', ''],
    ['年度总体目标', '预期目标', '', '', '', '实际完成情况', '', '', ''],
    ['', '养护道路80公里', '', '', '', '养护道路82公里', '', '', ''],
    ['序号', '一级指标', '二级指标', '三级指标', '计量单位', '年度指标值（A）', '实际完成值（B）', '分值', '得分', '偏差原因分析及改进措施'],
    [1, '产出指标 (50分)', '数量指标', '养护里程', '公里', '≥80', 82, 30, 30, ''],
    [2, '', '', '桥梁检查', '座', '≥12', 12, 10, 10, ''],
    [3, '', '时效指标', '完成时间', '', '≤2026-11-30', '2026-11-20', 10, 10, ''],
    ['', '产出合计', '', '', '', '', '', '', '', ''],
    [4, '效益指标', '社会效益指标', '群众出行条件', '', '明显改善', '达成年度指标', 40, 36, '个别路段雨季积水'],
    ['总分', '', '', '', '', '', '', 100, 95.85, '自评等级：优'],
  ];
  return sheetFrom(wb, name, rows, [
    [3, 1, 3, 2], [3, 3, 3, 10], [4, 1, 4, 2], [4, 3, 4, 4], [4, 5, 4, 6], [4, 7, 4, 10],
    [5, 1, 7, 1], [8, 1, 9, 1], [8, 2, 8, 5], [8, 6, 8, 10], [9, 2, 9, 5], [9, 6, 9, 10],
    [11, 2, 13, 2],  // level 1 merged down three rows
    [14, 2, 14, 10],  // a section line merged across: not an indicator
    [16, 1, 16, 7],
  ]);
}

test('a province\'s sheet: columns found by their header words, merged and carried level 1 and 2, labels with colons', async () => {
  const wb = new ExcelJS.Workbook();
  provinceSheet(wb, '养护');
  const read = await I.readSelfEvaluationFiles([{ name: '县.xlsx', data: await bufferOf(wb) }]);
  assert.deepEqual(read.problems, []);
  const t = read.tables[0];
  assert.equal(t.project_name, '乡村道路养护');
  assert.equal(t.department, '县交通运输局');
  assert.equal(t.unit_name, '县公路养护站');
  assert.deepEqual([t.initial_wan, t.budget_wan, t.executed_wan], ['120', '150.5', '148.25']);
  assert.equal(t.goal_expected, '养护道路80公里');
  assert.equal(t.goal_achieved, '养护道路82公里');
  assert.deepEqual(t.indicators.map((i) => [i.category, i.subcategory, i.name, i.target_value, i.actual_value, i.weight, i.score]), [
    ['产出指标', '数量指标', '养护里程', '≥80', '82', '30', '30'],
    ['产出指标', '数量指标', '桥梁检查', '≥12', '12', '10', '10'],
    ['产出指标', '时效指标', '完成时间', '≤2026-11-30', '2026-11-20', '10', '10'],
    ['效益指标', '社会效益指标', '群众出行条件', '明显改善', '达成年度指标', '40', '36'],
  ]);
  assert.equal(t.indicators[3].reason, '个别路段雨季积水');
  assert.equal(t.total, '95.85');
  assert.equal(t.grade, '优');
  const q = "'养护'!";
  assert.equal(read.cells['tables[0].project_name'], q + 'C3');
  assert.equal(read.cells['tables[0].executed_wan'], q + 'E6');
  assert.equal(read.cells['tables[0].goal_achieved'], q + 'F9');
  // Level 1 merged: its top cell; level 2 written once: the cell it was carried from.
  assert.equal(read.cells['tables[0].indicators[1].category'], q + 'B11');
  assert.equal(read.cells['tables[0].indicators[1].subcategory'], q + 'C11');
  assert.equal(read.cells['tables[0].indicators[1].actual_value'], q + 'G12');
  assert.equal(read.cells['tables[0].indicators[3].score'], q + 'I15');
  assert.equal(read.cells['tables[0].total'], q + 'I16');
  assert.equal(read.cells['tables[0].grade'], q + 'J16');
});

test('a sheet that is not the table, or lacks a column, is a sheet-level problem; empty and hidden sheets are passed over', async () => {
  const wb = new ExcelJS.Workbook();
  sheetFrom(wb, '填表说明', [['填表说明'], ['1. 金额单位为万元。']]);
  wb.addWorksheet('Sheet3');
  const hidden = sheetFrom(wb, '下拉选项', [['产出指标'], ['效益指标']]);
  hidden.state = 'hidden';
  const broken = provinceSheet(wb, '缺列');
  broken.getCell('G10').value = '完成情况说明';  // 实际完成值 is gone
  const read = await I.readSelfEvaluationFiles([{ name: 'x.xlsx', data: await bufferOf(wb) }]);
  assert.deepEqual(read.tables, []);
  assert.deepEqual(read.problems, [
    { file: 'x.xlsx', sheet: '填表说明', message: '工作表“填表说明”不是项目支出绩效自评表：找不到“三级指标”列' },
    { file: 'x.xlsx', sheet: '缺列', message: '工作表“缺列”：找不到“实际完成值”列' },
  ]);

  const junk = await I.readSelfEvaluationFiles([{ name: 'y.xlsx', data: new TextEncoder().encode('项目名称,金额').buffer }]);
  assert.deepEqual(junk.problems, [{ file: 'y.xlsx', sheet: '', message: '文件“y.xlsx”不是 .xlsx 工作簿，无法读取' }]);
});

test('grids read the same without ExcelJS: merges resolve to their top-left cell', () => {
  const grid = {
    name: 'G',
    rows: [
      ['项目名称', 'X'], ['实施单位', 'U'],
      ['', '年初预算数', '全年预算数', '全年执行数'], ['年度资金总额', '1', '2', '3'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出（50分）', '数量指标', 'a', '≥1', '1', '50', '50', ''],
      ['', '', 'b', '≥1', '1', '40', '40', ''],
      ['效益', '', 'c', '≥1', '1', '', '', ''],
    ],
    merges: [[6, 1, 7, 1], [6, 2, 7, 2]],
  };
  const r = I.readSelfEvaluationSheet(grid);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.table.indicators.map((i) => [i.category, i.subcategory, i.name]),
    [['产出', '数量指标', 'a'], ['产出', '数量指标', 'b'], ['效益', '', 'c']]);
  assert.equal(r.cells['indicators[1].subcategory'], "'G'!B6");
  assert.equal(r.table.total, '');
  assert.equal(I.cellAddress("O'Brien", 3, 28), "'O''Brien'!AB3");
  assert.equal(I.categoryText('产出指标\n（50分）'), '产出指标');
  assert.equal(I.categoryText('效益 30分'), '效益');
});

test('the server\'s errors are placed at their cells, or the nearest cell of the part they name', async () => {
  const read = await I.readSelfEvaluationFiles([{ name: 'a.xlsx', data: await xlsxOf([workedExample()]) }]);
  const placed = I.placeErrors(read, [
    { field: 'tables[0].indicators[2].actual_value', message: '实际完成值应为日期' },
    { field: 'tables[0].indicators[1]', message: '目标中没有这个指标' },
    { field: 'tables[0]', message: '找不到这个项目' },
    { message: '导入失败' },
  ]);
  assert.equal(placed[0].address, read.cells['tables[0].indicators[2].actual_value']);
  assert.equal(placed[0].sheet, '职业技能培训补助');
  assert.equal(placed[0].file, 'a.xlsx');
  assert.equal(placed[1].address, read.cells['tables[0].indicators[1].name']);
  assert.equal(placed[2].address, read.cells['tables[0].project_name']);
  assert.deepEqual(placed[3], { field: '', message: '导入失败', file: '', sheet: '', address: '' });
});
