// The self-evaluation form apart from the page: the scoring route's body only once every
// applicable indicator is answered, the answers a save sends, API fields put at their inputs,
// the indicator rows grouped as the national table groups them, and only the latest score kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const F = await load('self_evaluation/form');

const indicator = (position, category, subcategory, name, comparator, value, unit, weight, extra = {}) => ({
  position, indicator: { category, subcategory, name, comparator, comparator_label: '', value, unit, direction: '', weight },
  actual_value: '', not_applicable: false, deviation_reason: '', improvement: '', self_score: null, self_score_reason: '',
  computed_weight: 0, computed_weight_text: '0.00', computed_score: 0, computed_score_text: '0.00', rule: '', detail: '',
  needs_reason: false, review_score: null, review_note: '', ...extra,
});

// RULES.md's worked example, the benefit indicator first in the target.
const view = {
  year: 2026, kind: 'project', name: '职业技能培训补助', unit_name: '州职业技术学校', department_name: '州人社局',
  overall_goal: '完成培训', goal_achieved: '', initial_fen: 200_000_000, budget_fen: 200_000_000, executed_fen: 180_000_000,
  execution: { rule: 'R-SE-3', weight: 1000, weight_text: '10.00', score: 900, score_text: '9.00', budget_fen: 0, executed_fen: 0, detail: '' },
  computed_total_text: '69.00', grade_label: '中',
  indicators: [
    indicator(0, 'benefit', 'social', '就业率', '>=', '60', '%', 4000),
    indicator(1, 'output', 'quantity', '培训人次', '>=', '200', '人次', 2000, { self_score: 1450 }),
    indicator(2, 'output', 'quality', '合格率', '>=', '95', '%', 1500),
    indicator(3, 'output', 'timeliness', '完成时间', '<=', '2026-10-31', '', 1500),
  ],
};

test('a draft holds the saved answer, the self score in points', () => {
  assert.deepEqual(F.draftOf(view.indicators[1]), { actual_value: '', not_applicable: false, deviation_reason: '',
    improvement: '', self_score: '14.50', self_score_reason: '' });
  assert.equal(F.pointsNumber(1250), 12.5);
  assert.equal(F.pointsNumber(3333), 33.33);
});

test('the scoring route is asked only once every applicable indicator has its value', () => {
  const drafts = view.indicators.map(F.draftOf);
  let r = F.scoreRequest(view, drafts, view.executed_fen);
  assert.equal(r.body, null);
  assert.equal(r.waiting, '还有 4 项指标未填写实际完成值，填写完整后显示试算得分');
  ['45', '150', '97', '2026-12-15'].forEach((v, k) => { drafts[k].actual_value = v; });
  drafts[3].actual_value = '';
  drafts[3].not_applicable = true;
  drafts[2].self_score = '十五';
  r = F.scoreRequest(view, drafts, view.executed_fen);
  assert.equal(r.waiting, '');
  assert.deepEqual(r.body.indicators[0], { category: 'benefit', subcategory: 'social', name: '就业率', comparator: '>=',
    value: '60', unit: '%', weight: 40, actual_value: '45', not_applicable: false, self_score: null });
  assert.equal(r.body.indicators[1].self_score, '14.50');
  assert.equal(r.body.indicators[2].self_score, null, 'a self score that is not a number is left out');
  assert.equal(r.body.indicators[3].not_applicable, true);
  assert.equal(r.body.indicators[3].actual_value, '');
  // Spending above the budget scores as the whole budget (R-SE-3), which the route accepts.
  assert.equal(F.scoreRequest(view, drafts, 250_000_000).body.executed_fen, 200_000_000);
  assert.equal(F.scoreRequest(view, drafts, null).body, null);
  assert.equal(F.scoreRequest(view, drafts.map((d) => ({ ...d, not_applicable: true })), 0).waiting, '至少要有一项适用的指标');
});

test('a save sends every answer in the target\'s order, self scores in hundredths', () => {
  const drafts = view.indicators.map(F.draftOf);
  drafts[0] = { ...drafts[0], actual_value: ' 45 ', deviation_reason: '就业形势', improvement: '加强对接', self_score: '25.5' };
  drafts[2].self_score = 'abc';
  drafts[3] = { ...drafts[3], not_applicable: true, actual_value: '2026-12-01', self_score: '3' };
  const { answers, errors } = F.answersOf(view.indicators, drafts);
  assert.deepEqual(answers.map((a) => a.position), [0, 1, 2, 3]);
  assert.deepEqual(answers[0], { position: 0, actual_value: '45', not_applicable: false, deviation_reason: '就业形势',
    improvement: '加强对接', self_score: 2550, self_score_reason: '' });
  assert.equal(answers[1].self_score, 1450);
  assert.deepEqual(errors, { '2.self_score': F.SELF_SCORE_ERROR });
  assert.equal(answers[3].actual_value, '', 'not applicable: no value');
  assert.equal(answers[3].self_score, null);
});

test('an API field goes to its input: by the order sent on a save, by position on a submission', () => {
  assert.equal(F.fieldKey('indicators[1].actual_value', [3, 5]), '5.actual_value');
  assert.equal(F.fieldKey('indicators[4].deviation_reason'), '4.deviation_reason');
  assert.equal(F.fieldKey('goal_achieved'), 'goal_achieved');
  assert.equal(F.fieldKey('indicators[9].actual_value', [0]), 'indicators[9].actual_value');
  assert.equal(F.fieldKey(undefined), '');
});

test('rows follow the framework, level 1 labelled with its points, merged cells spanned', () => {
  const items = view.indicators.map((i) => ({ position: i.position, ...i.indicator }));
  const rows = F.groupRows(items, F.frameworkOf(view), [3000, 2000, 1500, 1500], [false, false, false, false]);
  assert.deepEqual(rows.map((r) => r.position), [1, 2, 3, 0]);
  assert.deepEqual(rows.map((r) => r.categoryLabel), ['产出指标（50分）', '产出指标（50分）', '产出指标（50分）', '效益指标（30分）']);
  assert.deepEqual(rows.map((r) => r.categorySpan), [3, 0, 0, 1]);
  assert.deepEqual(rows.map((r) => r.subcategorySpan), [1, 1, 1, 1]);
  assert.deepEqual(rows.map((r) => r.subcategoryLabel), ['数量指标', '质量指标', '时效指标', '社会效益指标']);
  // Not applicable: out of its category's points; unknown weights: no points shown.
  const skipped = F.groupRows(items, null, [3000, 2000, 1500, 1500], [false, false, false, true]);
  assert.equal(skipped.find((r) => r.position === 1).categoryLabel, '产出指标（35分）');
  assert.equal(F.groupRows(items, null, [null, null, null, null], [false, false, false, false])[0].categoryLabel, '效益指标');
  // Two indicators of one subcategory share its cell.
  const two = F.groupRows([{ position: 0, category: 'output', subcategory: 'quantity' },
    { position: 1, category: 'output', subcategory: 'quantity' }], null, [2500, 2500], [false, false]);
  assert.deepEqual(two.map((r) => [r.categorySpan, r.subcategorySpan]), [[2, 2], [0, 0]]);
});

test('the evaluation as the national table takes it', () => {
  const s = F.sheetInputOf({ ...view, indicators: [{ ...view.indicators[1], computed_weight_text: '20.00', computed_score_text: '15.00', rule: 'R-SE-4' }] });
  assert.equal(s.execution_score, '9.00');
  assert.equal(s.computed_total, '69.00');
  assert.deepEqual({ ...s.indicators[0] }, { position: 1, category: 'output', subcategory: 'quantity', name: '培训人次',
    comparator: '>=', value: '200', unit: '人次', direction: '', weight: 2000, actual_value: '', not_applicable: false,
    deviation_reason: '', improvement: '', self_score: '14.50', computed_weight: '20.00', computed_score: '15.00', rule: 'R-SE-4' });
});

test('only the latest score is handed on; the same body is not asked twice', async () => {
  const asked = [];
  const got = [];
  const gate = [];
  const run = (b) => { asked.push(b.n); return new Promise((resolve) => gate.push(() => resolve(b.n * 10))); };
  const l = F.latestOnly(run, 5, (a) => got.push(a), () => got.push('error'));
  const tick = (ms) => new Promise((r) => setTimeout(r, ms));
  l.schedule({ n: 1 });
  l.schedule({ n: 2 });
  await tick(20);
  assert.deepEqual(asked, [2], 'debounced: only the last body within the wait');
  l.schedule({ n: 2 });
  await tick(20);
  assert.deepEqual(asked, [2], 'the same body again is not asked');
  l.schedule({ n: 3 });
  await tick(20);
  gate[1]();
  gate[0]();
  await tick(5);
  assert.deepEqual(got, [30], 'the answer to an older call is dropped');
  l.schedule(null);
  l.schedule({ n: 3 });
  await tick(20);
  assert.deepEqual(asked, [2, 3, 3], 'after nothing to score, the body is asked again');
  l.cancel();
  gate[2]();
  await tick(5);
  assert.deepEqual(got, [30]);
});
