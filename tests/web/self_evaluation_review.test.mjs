// 自评复核's pure rules in the browser: the plan's form read back into the API's integers (万元 →
// fen, whole percent, a 53-bit seed) with errors at their fields, only the changed parameters
// sent, the coverage by reason with exact shares, a refused assignment named by its sample; the
// review's scores read within each indicator's points, the running totals against the unit's
// own and jixiao's, R-RV-2's inflation once the review is whole, and what 保存 sends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const P = await load('self_evaluation_review/plan');
const R = await load('self_evaluation_review/review');

const plan = (params = {}) => ({
  params: { amount_threshold_fen: 100_000_000, amount_threshold_wan: '100.00', key_projects: true, key_project_ids: [5],
    key_department_ids: [], sample_percent: 10, weighted: false, seed: 20260101, ...params },
});

test('the plan\'s form shows the parameters in 万元 and percent and reads them back exactly', () => {
  const f = P.formOf(plan());
  assert.deepEqual(f, { threshold: '100.00', keyProjects: true, keyProjectIds: [5], keyDepartmentIds: [], percent: '10', weighted: false, seed: '20260101' });
  const read = P.readForm({ ...f, threshold: '150.5', percent: '15' });
  assert.equal(read.ok, true);
  assert.equal(read.input.amount_threshold_fen, 150_500_000);
  assert.deepEqual(P.changes(read.input, plan()), { amount_threshold_fen: 150_500_000, sample_percent: 15 });
  assert.deepEqual(P.changes(P.readForm(f).input, plan()), {}, 'nothing changed, nothing sent');
  // A fen is kept: 0.000001 万元.
  assert.equal(P.readForm({ ...f, threshold: '0.000001' }).input.amount_threshold_fen, 1);
  assert.equal(P.formOf(plan({ amount_threshold_fen: 1 })).threshold, '0.000001');
  // The largest seed a browser number holds exactly, and not one more.
  assert.equal(P.readForm({ ...f, seed: String(P.MAX_SEED) }).input.seed, 2 ** 53 - 1);
  const bad = P.readForm({ ...f, threshold: '-1', percent: '101', seed: String(2 ** 53) });
  assert.equal(bad.ok, false);
  assert.deepEqual(Object.keys(bad.errors).sort(), ['percent', 'seed', 'threshold']);
  assert.match(bad.errors.percent, /0 到 100/);
  assert.equal(P.readForm({ ...f, percent: '12.5' }).ok, false);
  assert.equal(P.readForm({ ...f, seed: '1e3' }).ok, false);
  assert.deepEqual(P.changes(P.readForm({ ...f, keyProjectIds: [5, 9] }).input, plan()), { key_project_ids: [5, 9] });
  assert.equal(P.formField('key_project_ids[1]'), 'keyProjectIds');
  assert.equal(P.formField('amount_threshold_fen'), 'threshold');
  assert.equal(P.formField('version'), null);
});

test('a fresh seed has 53 bits, every one an exact integer', () => {
  assert.equal(P.seedFrom([0, 0]), 0);
  assert.equal(P.seedFrom([0xffffffff, 0xffffffff]), 2 ** 53 - 1);
  assert.ok(Number.isSafeInteger(P.seedFrom([123456789, 987654321])));
});

test('the coverage table: each reason, the sample and every candidate, money shares exact', () => {
  const t = (count, projects, departments, money_fen) => ({ count, projects, departments, money_fen, money_wan: '' });
  const summary = {
    by_reason: [
      { reason: 'threshold', reason_label: '金额达到标准', ...t(2, 2, 0, 300_000_000) },
      { reason: 'key_project', reason_label: '重点项目', ...t(1, 1, 0, 50_000_000) },
      { reason: 'key_department', reason_label: '重点部门', ...t(1, 0, 1, 0) },
      { reason: 'random', reason_label: '随机抽取', ...t(1, 1, 0, 1) },
    ],
    chosen: t(5, 4, 1, 350_000_001), all: t(9, 8, 1, 400_000_000), rest: t(5, 5, 0, 50_000_000),
    random_asked: 1, count_coverage: '55.56', money_coverage: '87.50',
  };
  const rows = P.coverageRows(summary);
  assert.deepEqual(rows.map((r) => r.label), ['金额达标', '重点项目', '重点部门', '随机抽取', '抽查合计', '全部自评（候选）']);
  assert.deepEqual(rows.map((r) => r.share), ['75.00%', '12.50%', '0.00%', '0.00%', '87.50%', '100.00%']);
  assert.equal(rows[0].money, '300.00');
  assert.equal(rows[4].total, true);
  assert.equal(P.shareText(1, 3), '33.33%');
  assert.equal(P.shareText(2, 3), '66.67%');
  assert.equal(P.shareText(5, 0), '—');
  assert.equal(P.rateText(null), '—');
  assert.equal(P.rateText('92.73'), '92.73%');
  assert.equal(P.tallyText({ projects: 3, departments: 1 }), '3 个项目、1 个部门整体');
  assert.equal(P.tallyText({ projects: 0, departments: 0 }), '无');
  assert.equal(P.reasonLabel('key_department'), '重点部门');
});

test('a refused assignment names its sample', () => {
  const sent = [
    { id: 7, kind: 'project', name: '养老服务体系建设', unit_name: '州社会福利院', department_name: '州民政局' },
    { id: 9, kind: 'department', name: '州教育体育局', unit_name: '州教育体育局', department_name: '州教育体育局' },
  ];
  const conflict = P.assignmentError('sample_ids[0]', '“张敏（绩效科）”参与填报了“养老服务体系建设”的绩效自评或绩效目标，与被复核单位存在利害关系，不能担任其复核人', sent);
  assert.equal(conflict.sample.id, 7);
  assert.match(conflict.message, /^“张敏（绩效科）”参与填报了“养老服务体系建设”/);
  const stale = P.assignmentError('versions[1]', '已被他人修改', sent);
  assert.equal(stale.sample.id, 9);
  assert.equal(stale.message, '“州教育体育局（部门整体）”（州教育体育局）：已被他人修改');
  assert.deepEqual(P.assignmentError('reviewer_id', '不是本地区的财政人员或专家', sent), { sample: null, message: '不是本地区的财政人员或专家' });
});

// An evaluation: execution 3.60 of 10, three indicators of 30, 30 and 30 points, the last not applicable.
const view = (indicators = {}) => ({
  inflated_points: 1000,
  evaluation: {
    self_total: 9360, computed_total: 6360, execution: { score: 360 },
    indicators: [
      { position: 0, not_applicable: false, computed_weight: 3000, review_score: null, review_note: '', indicator: { category: 'output', subcategory: 'quantity', comparator: '>=', unit: '人' }, actual_value: '12600' },
      { position: 1, not_applicable: false, computed_weight: 3000, review_score: 1500, review_note: '佐证不足', indicator: { category: 'benefit', subcategory: 'social', comparator: 'qualitative', unit: '' }, actual_value: 'partly' },
      { position: 2, not_applicable: true, computed_weight: 0, review_score: null, review_note: '', indicator: { category: 'satisfaction', subcategory: 'service_recipient', comparator: '>=', unit: '%' }, actual_value: '' },
    ].map((i) => ({ ...i, ...(indicators[i.position] ?? {}) })),
  },
});

test('review scores are read within each indicator\'s points, in hundredths', () => {
  assert.deepEqual(R.readScore('', 3000), { ok: true, value: null });
  assert.deepEqual(R.readScore('29.99', 3000), { ok: true, value: 2999 });
  assert.deepEqual(R.readScore('30', 3000), { ok: true, value: 3000 });
  assert.match(R.readScore('30.01', 3000).error, /不能超过该指标的分值 30.00 分/);
  assert.match(R.readScore('-1', 3000).error, /0 或正数/);
  assert.match(R.readScore('1.234', 3000).error, /两位小数/);
  assert.deepEqual(R.draftsOf(view()), [{ score: '', note: '' }, { score: '15.00', note: '佐证不足' }, { score: '', note: '' }]);
});

test('the running totals: the review beside the self and computed totals, inflated beyond 10 points', () => {
  const v = view();
  let t = R.totals(v, [{ score: '', note: '' }, { score: '15', note: '' }, { score: '', note: '' }]);
  assert.equal(t.applicable, 2);
  assert.equal(t.scored, 1);
  assert.equal(t.reviewSoFar, 1860);
  assert.equal(t.review, null);
  assert.equal(t.inflated, null);
  assert.equal(t.claimed, 9360);
  // 3.60 + 30 + 15 = 48.60: the unit's 93.60 is 45 points above it.
  t = R.totals(v, [{ score: '30', note: '' }, { score: '15', note: '' }, { score: '', note: '' }]);
  assert.equal(t.review, 4860);
  assert.equal(t.gap, 4500);
  assert.equal(t.inflated, true);
  assert.equal(R.gapText(t.gap), '高 45.00 分');
  // Exactly 10 points above is not inflated (more than 10 is).
  const close = view();
  close.evaluation.self_total = 5860;
  assert.equal(R.totals(close, [{ score: '30', note: '' }, { score: '15', note: '' }]).inflated, false);
  close.evaluation.self_total = 5861;
  assert.equal(R.totals(close, [{ score: '30', note: '' }, { score: '15', note: '' }]).inflated, true);
  // No self score of its own: the computed total is what is claimed.
  close.evaluation.self_total = null;
  assert.equal(R.totals(close, [{ score: '30', note: '' }, { score: '15', note: '' }]).claimed, 6360);
  // A score that cannot be read keeps the total open and says where.
  t = R.totals(v, [{ score: '31', note: '' }, { score: '15', note: '' }]);
  assert.equal(t.review, null);
  assert.match(t.errors[0], /30.00/);
  assert.equal(R.gapText(0), '相同');
  assert.equal(R.gapText(-300), '低 3.00 分');
});

test('保存 sends only what changed; errors point at their indicator', () => {
  const v = view();
  assert.deepEqual(R.changedScores(v, R.draftsOf(v)), []);
  const sent = R.changedScores(v, [{ score: '20', note: ' 部分达成 ' }, { score: '', note: '佐证不足' }, { score: '', note: '' }]);
  assert.deepEqual(sent, [
    { position: 0, review_score: 2000, review_note: '部分达成' },
    { position: 1, review_score: null, review_note: '佐证不足' },
  ]);
  assert.equal(R.changedScores(v, [{ score: 'x', note: '' }, { score: '', note: '' }]), null);
  assert.equal(R.errorPosition('indicators[1].review_score', sent), 1);
  assert.equal(R.errorPosition('indicators[2].review_score', null), 2, 'completion names the position');
  assert.equal(R.errorPosition('version', sent), null);
});

test('indicator labels and reported values in words', () => {
  assert.deepEqual(R.categoryText({ category: 'output', subcategory: 'quantity' }), { category: '产出指标', subcategory: '数量指标' });
  assert.deepEqual(R.categoryText({ category: 'benefit', subcategory: 'social' }), { category: '效益指标', subcategory: '社会效益指标' });
  const bands = [{ value: 'partly', label: '部分达成并具有一定效果' }];
  const [a, b, c] = view().evaluation.indicators;
  assert.equal(R.actualText(a, bands), '12600人');
  assert.equal(R.actualText(b, bands), '部分达成并具有一定效果');
  assert.equal(R.actualText(c, bands), '不适用');
  assert.equal(R.actualText({ ...a, actual_value: '' }, bands), '未填报');
});
