// Review scores and grades (R-TR-2, R-GR-1): exact hundredths, inclusive lower bounds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { toHundredths, formatHundredths, gradeOf, scoreSheet, bandsFromParams, DEFAULT_BANDS } = await load('targets/grade');

const SHEET = [
  { key: 'completeness', label: '完整性', max: '20.00' },
  { key: 'relevance', label: '相关性', max: '30.00' },
  { key: 'appropriateness', label: '适当性', max: '25.00' },
  { key: 'feasibility', label: '可行性', max: '25.00' },
];

test('toHundredths reads scores exactly, refusing more than two decimals and negatives', () => {
  assert.equal(toHundredths('18'), 1800);
  assert.equal(toHundredths('18.5'), 1850);
  assert.equal(toHundredths('18.50'), 1850);
  assert.equal(toHundredths(17.55), 1755);
  assert.equal(toHundredths(0.1), 10);
  assert.equal(toHundredths('0'), 0);
  assert.equal(toHundredths(' 7.05 '), 705);
  assert.equal(toHundredths('89.995'), null);
  assert.equal(toHundredths('-1'), null);
  assert.equal(toHundredths('abc'), null);
  assert.equal(toHundredths(''), null);
  assert.equal(toHundredths(NaN), null);
  assert.equal(toHundredths(null), null);
});

test('formatHundredths writes two decimals', () => {
  assert.equal(formatHundredths(8550), '85.50');
  assert.equal(formatHundredths(5), '0.05');
  assert.equal(formatHundredths(0), '0.00');
  assert.equal(formatHundredths(10000), '100.00');
});

test('grades by R-GR-1 with inclusive lower bounds', () => {
  assert.equal(gradeOf(10000), 'excellent');
  assert.equal(gradeOf(9000), 'excellent');
  assert.equal(gradeOf(8999), 'good');
  assert.equal(gradeOf(8000), 'good');
  assert.equal(gradeOf(7999), 'fair');
  assert.equal(gradeOf(6000), 'fair');
  assert.equal(gradeOf(5999), 'poor');
  assert.equal(gradeOf(0), 'poor');
  assert.deepEqual(DEFAULT_BANDS, { excellent: 9000, good: 8000, fair: 6000 });
});

test('a region may move the bands (R-GR-1 parameters)', () => {
  const bands = bandsFromParams({ excellent: 85, good: 75.5, fair: 60 });
  assert.deepEqual(bands, { excellent: 8500, good: 7550, fair: 6000 });
  assert.equal(gradeOf(8500, bands), 'excellent');
  assert.equal(gradeOf(7549, bands), 'fair');
  assert.deepEqual(bandsFromParams(null), DEFAULT_BANDS);
});

test('the sheet total is the exact sum of the parts, graded and compared with the pass mark', () => {
  // 0.1 + 0.2 style sums stay exact: 17.1 + 29.2 + 24.3 + 19.4 = 90.00 → 优.
  const r = scoreSheet(SHEET, { completeness: '17.1', relevance: 29.2, appropriateness: '24.3', feasibility: '19.4' }, '60.00');
  assert.equal(r.total, 9000);
  assert.equal(r.grade, 'excellent');
  assert.equal(r.passed, true);
  assert.deepEqual(r.errors, {});
});

test('a total of exactly the pass mark passes; one hundredth under fails', () => {
  const at = scoreSheet(SHEET, { completeness: '12', relevance: '18', appropriateness: '15', feasibility: '15' }, '60.00');
  assert.equal(at.total, 6000);
  assert.equal(at.passed, true);
  assert.equal(at.grade, 'fair');
  const under = scoreSheet(SHEET, { completeness: '12', relevance: '18', appropriateness: '15', feasibility: '14.99' }, 60);
  assert.equal(under.total, 5999);
  assert.equal(under.passed, false);
  assert.equal(under.grade, 'poor');
});

test('missing, malformed and too-high scores are reported per item and leave no total', () => {
  const r = scoreSheet(SHEET, { completeness: '', relevance: '31', appropriateness: '1.234', feasibility: '-2' }, '60');
  assert.equal(r.total, null);
  assert.equal(r.grade, null);
  assert.equal(r.passed, null);
  assert.equal(r.errors.completeness, '请填写得分');
  assert.equal(r.errors.relevance, '不能超过 30.00 分');
  assert.match(r.errors.appropriateness, /两位小数/);
  assert.match(r.errors.feasibility, /两位小数/);
});
