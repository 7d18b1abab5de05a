// Rule parameters as the rules page edits them, checked as the server checks them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { checkParams, paramKind, sheetSum, cloneParams } = await load('targets/ruleParams');

const sheet = (maxes) => maxes.map((max, i) => ({ key: 'k' + i, label: 'L' + i, max, hint: 'h' }));

test('parameter kinds follow the defaults', () => {
  assert.equal(paramKind(60), 'number');
  assert.equal(paramKind('2021'), 'text');
  assert.equal(paramKind(['有效提升']), 'texts');
  assert.equal(paramKind(sheet([100])), 'table');
});

test('a review sheet must add up to exactly 100 and the pass mark lie within it', () => {
  assert.deepEqual(checkParams('R-TR-2', { pass_mark: 60, sheet: sheet([20, 30, 25, 25]) }), {});
  assert.deepEqual(checkParams('R-TR-2', { pass_mark: 60, sheet: sheet([20.1, 29.9, 25, 25]) }), {});
  assert.match(checkParams('R-TR-2', { pass_mark: 60, sheet: sheet([20, 30, 25, 24.99]) }).sheet, /99\.99/);
  assert.ok(checkParams('R-TR-2', { pass_mark: 0, sheet: sheet([100]) }).pass_mark);
  assert.equal(sheetSum(sheet([0.1, 0.2, 99.7])), '100.00');
});

test('grade bands must fall from excellent to fair', () => {
  assert.deepEqual(checkParams('R-GR-1', { excellent: 90, good: 80, fair: 60 }), {});
  assert.ok(checkParams('R-GR-1', { excellent: 80, good: 80, fair: 60 }).excellent);
  assert.ok(checkParams('R-GR-1', { excellent: 101, good: 80, fair: 60 }).excellent);
});

test('empty texts and lists are refused; edits do not touch the original', () => {
  assert.ok(checkParams('R-IND-1', { framework: ' ' }).framework);
  assert.ok(checkParams('R-IND-4', { min_indicators: 3, vague_phrases: [] }).vague_phrases);
  const original = { sheet: sheet([100]) };
  const copy = cloneParams(original);
  copy.sheet[0].max = 50;
  assert.equal(original.sheet[0].max, 100);
});
