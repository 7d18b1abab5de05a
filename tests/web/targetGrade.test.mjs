// Review scores and grades (R-TR-2, R-GR-1): exact hundredths, inclusive lower bounds. The cases
// are tests/cases/grades.json, which the server's review_rules is checked with too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';
import { cases, nationalParams } from './cases.mjs';

const { toHundredths, formatHundredths, gradeOf, scoreSheet, bandsFromParams, GRADE_LABELS } = await load('targets/grade');
const CASES = cases('grades');
const DEFAULTS = CASES.defaults;
const bandsOf = (c) => bandsFromParams(c.bands ?? DEFAULTS.bands);

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

test('the shipped R-GR-1 and R-TR-2 are the defaults of the cases', () => {
  const bands = bandsFromParams(nationalParams('R-GR-1'));
  assert.deepEqual(bands, { excellent: 9000, good: 8000, fair: 6000 });
  assert.deepEqual(bands, bandsFromParams(DEFAULTS.bands));
  const tr2 = nationalParams('R-TR-2');
  assert.equal(toHundredths(tr2.pass_mark), toHundredths(DEFAULTS.pass_mark));
  assert.deepEqual(tr2.sheet.map((i) => [i.key, i.label, toHundredths(i.max)]),
    DEFAULTS.sheet.map((i) => [i.key, i.label, toHundredths(i.max)]));
});

test('grades by R-GR-1 with inclusive lower bounds (tests/cases/grades.json)', () => {
  assert.ok(CASES.grades.length > 0);
  for (const c of CASES.grades)
    assert.equal(GRADE_LABELS[gradeOf(toHundredths(c.score), bandsOf(c))], c.grade, c.note);
});

test('a region may move the bands (R-GR-1 parameters); incomplete ones are none', () => {
  const bands = bandsFromParams({ excellent: 85, good: 75.5, fair: 60 });
  assert.deepEqual(bands, { excellent: 8500, good: 7550, fair: 6000 });
  assert.deepEqual(bandsFromParams({ rule: 'R-GR-1', excellent: '85.00', good: '75.50', fair: '60.00' }), bands);
  assert.equal(bandsFromParams(null), null);
  assert.equal(bandsFromParams({ excellent: 85, good: 75.5 }), null);
});

test('review sheets: total, grade, pass and the problems of each item (tests/cases/grades.json)', () => {
  assert.ok(CASES.reviews.length > 0);
  const byLabel = Object.fromEntries(DEFAULTS.sheet.map((i) => [i.label, i.key]));
  for (const c of CASES.reviews) {
    const scores = Object.fromEntries(Object.entries(c.scores).map(([label, v]) => [byLabel[label], v]));
    const r = scoreSheet(DEFAULTS.sheet, scores, c.pass_mark ?? DEFAULTS.pass_mark, bandsOf(c));
    if (c.errors) {
      const expected = Object.fromEntries(Object.entries(c.errors).map(([label, m]) => [byLabel[label], m]));
      assert.deepEqual(r, { total: null, errors: expected, grade: null, passed: null }, c.note);
    } else {
      assert.deepEqual(r.errors, {}, c.note);
      assert.equal(r.total, toHundredths(c.total), c.note);
      assert.equal(GRADE_LABELS[r.grade], c.grade, c.note);
      assert.equal(r.passed, c.passed, c.note);
    }
  }
});

test('a pass mark given as a number works as one given as text', () => {
  const scores = { completeness: '12', relevance: '18', appropriateness: '15', feasibility: '14.99' };
  const bands = bandsFromParams(DEFAULTS.bands);
  assert.equal(scoreSheet(DEFAULTS.sheet, scores, 60, bands).passed, false);
  assert.equal(scoreSheet(DEFAULTS.sheet, { ...scores, feasibility: '15' }, 60, bands).passed, true);
});
