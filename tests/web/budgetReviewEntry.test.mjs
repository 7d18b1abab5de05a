// The 预算评审 row checks of the web app, against the server's rules (budget_review/model.cpp).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { checkRow, cutRate, fieldOfItem } = await load('budget_review/entry');

test('an approved amount is checked against the submitted one and the reason rule', () => {
  const submitted = 100_000_000;  // 100 万元
  assert.deepEqual(checkRow({ approved: '60', reason: 'over_standard', comment: '' }, submitted, true),
    { approved_fen: 60_000_000, errors: {} });
  assert.equal(checkRow({ approved: '', reason: '', comment: '' }, submitted, true).errors.approved, '请填写审定金额');
  assert.match(checkRow({ approved: '100.01', reason: '', comment: '' }, submitted, true).errors.approved, /不能超过送审金额/);
  assert.match(checkRow({ approved: '-1', reason: '', comment: '' }, submitted, true).errors.approved, /负数/);
  assert.equal(checkRow({ approved: '60', reason: '', comment: '' }, submitted, true).errors.reason, '有审减时请选择审减原因');
  assert.deepEqual(checkRow({ approved: '60', reason: '', comment: '' }, submitted, false).errors, {});
  assert.equal(checkRow({ approved: '100', reason: 'other', comment: '' }, submitted, true).errors.reason, '未审减时不填审减原因');
});

test('the cut rate reads as the server writes it, "—" with nothing submitted', () => {
  assert.equal(cutRate(863_354_510_000, 2_609_623_780_000), '33.08');
  assert.equal(cutRate(0, 0), '—');
  assert.equal(cutRate(2, 3), '66.67');
  assert.equal(cutRate(1, 3), '33.33');
  assert.equal(cutRate(0, 5), '0.00');
});

test('a server field names its row and cell', () => {
  assert.deepEqual(fieldOfItem('items[3].approved_fen'), { index: 3, cell: 'approved' });
  assert.deepEqual(fieldOfItem('items[0].cut_reason'), { index: 0, cell: 'reason' });
  assert.deepEqual(fieldOfItem('items[2].version'), { index: 2, cell: 'row' });
  assert.equal(fieldOfItem('year'), null);
});

test('a budget review on the project\'s timeline reads as its figures', async () => {
  const { actionLabel, budgetReviewSubject } = await load('historyDiff');
  assert.equal(actionLabel('review', 'budget_review'), '预算评审：录入审定金额');
  assert.equal(actionLabel('revise', 'budget_review'), '预算评审：修改评审结果');
  assert.equal(budgetReviewSubject({ submitted_fen: 100_000_000, approved_fen: 60_000_000 }), '审定 60.00 万元，审减 40.00 万元');
  assert.equal(budgetReviewSubject({ submitted_fen: 1, approved_fen: null }), '');
});
