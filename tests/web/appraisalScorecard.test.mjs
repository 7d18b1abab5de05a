// The 绩效考核 pages' pure helpers (R-AP-1): the weights' live sum as typed, refused unless
// exactly 100 with every weight a number of at most two decimals, and the counts as shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { weightHundredths, weightSum, countsText, scorecardColumns } = await load('appraisal/scorecard');

test('a weight is read exactly in hundredths, or refused', () => {
  assert.equal(weightHundredths('12.5'), 1250);
  assert.equal(weightHundredths(10), 1000);
  assert.equal(weightHundredths('0.05'), 5);
  assert.equal(weightHundredths('100'), 10000);
  for (const bad of ['', '-1', '100.01', '1.234', 'abc', null, undefined]) assert.equal(weightHundredths(bad), null, String(bad));
});

test('the sum is shown live and is right only at exactly 100', () => {
  assert.deepEqual(weightSum([10, 10, 80]), { hundredths: 10000, text: '100.00', ok: true });
  assert.deepEqual(weightSum(['33.33', '33.33', '33.33']), { hundredths: 9999, text: '99.99', ok: false });
  assert.equal(weightSum([50, 'x', 50]).ok, false);
  assert.equal(weightSum([60, 45]).text, '105.00');
});

test('counts and the scorecard sheet read as a finance officer writes them', () => {
  assert.equal(countsText({ numerator: 12, denominator: 15 }, false), '12/15');
  assert.equal(countsText({ numerator: 1_234_560_000, denominator: 2_000_000_000 }, true), '1,234.56/2,000.00 万元');
  const cols = scorecardColumns([{ code: 'a', label: '甲', weight: '60.00' }], '部门');
  const row = { rank: null, name: '州水务局', total: null, items: [{ points: null, rate: '—' }] };
  assert.deepEqual(cols.map((c) => c.header), ['名次', '部门', '甲（60.00 分）', '总分']);
  assert.deepEqual(cols.map((c) => c.value(row)), ['—', '州水务局', '—', '—']);
});
