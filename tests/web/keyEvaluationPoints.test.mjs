// The key evaluation's sheets as typed: points with two decimals added in hundredths, checked
// against their maximum; where a report's quality falls in R-KE-4's bands before the office
// closes its review.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const points = await load('key_evaluation/points');
const fee = await load('key_evaluation/feeBands');

test('points add up in hundredths, without floating point', () => {
  assert.equal(points.hundredths('16.5'), 1650);
  assert.equal(points.hundredths('0.07'), 7);
  assert.equal(points.hundredths('1.234'), null);
  assert.equal(points.hundredths('-1'), null);
  assert.equal(points.hundredths(''), null);
  assert.equal(points.addPoints(['0.1', '0.2']), '0.30');
  assert.equal(points.addPoints(['17', '16.5', '25', '24']), '82.50');
  assert.equal(points.addPoints(['17', '']), '—');
});

test("the sheets' mean is taken per part of the kind's sheet, half up, in hundredths", () => {
  const six = ['running_cost', 'management_efficiency', 'performance_of_duties', 'social_effect', 'sustainability', 'satisfaction'];
  const row = (...v) => Object.fromEntries(six.map((c, i) => [c, v[i]]));
  assert.deepEqual(points.sheetMean([row('13', '12.9', '21.5', '17.5', '8.5', '13'), row('14', '13', '22', '18', '9', '13')], six),
    { parts: ['13.50', '12.95', '21.75', '17.75', '8.75', '13.00'], total: '87.70' });
  // 13 and 14.01 average 13.505: half up to 13.51 (R-MON-3).
  assert.deepEqual(points.sheetMean([{ decision: '13' }, { decision: '14.01' }], ['decision']), { parts: ['13.51'], total: '13.51' });
  assert.equal(points.sheetMean([row('13', '', '21.5', '17.5', '8.5', '13')], six), null);
  assert.equal(points.sheetMean([], six), null);
});

test('a score is checked against its part\'s maximum', () => {
  assert.equal(points.checkPoints('10', '10.00'), '');
  assert.match(points.checkPoints('10.01', '10.00'), /不能超过 10\.00 分/);
  assert.match(points.checkPoints('', '10.00'), /请填写/);
  assert.match(points.checkPoints('abc', '10.00'), /两位小数/);
});

const RULE = { fee_bands: [{ from: 90, to: 100, percent: 100 }, { from: 80, to: 90, percent: 95 }, { from: 70, to: 80, percent: 90 },
  { from: 60, to: 70, percent: 80 }, { from: 0, to: 60, percent: 60 }], rework_below: 60 };

test("a report's quality falls in its band; below the bar it goes back the first time only", () => {
  assert.deepEqual(fee.reportOutcome('92.00', false, RULE), { band: '90.00～100.00 分', percent: '100.00', rework: false });
  assert.deepEqual(fee.reportOutcome('100.00', false, RULE), { band: '90.00～100.00 分', percent: '100.00', rework: false });
  assert.deepEqual(fee.reportOutcome('89.99', false, RULE), { band: '80.00～90.00 分', percent: '95.00', rework: false });
  assert.equal(fee.reportOutcome('59.50', false, RULE).rework, true);
  assert.equal(fee.reportOutcome('59.50', true, RULE).rework, false);
  assert.equal(fee.reportOutcome('abc', false, RULE), null);
});
