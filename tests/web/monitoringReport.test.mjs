// The monitoring report form's logic (web/src/utils/monitoring/report.ts), against the server's
// rules: the checkpoints R-MO-2 suggests, reasons where a target may not be met (R-MO-1), 执行率
// as R-MON-2 shows it, and 累计支出 typed in 万元 read to the fen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { checkpointSuggestions, nextSuggestion, needsReason, rateText, parseExecuted, executedText, answerField } =
  await load('monitoring/report');

test('the suggested checkpoints are the end of May and of August of the year, due 20 days on', () => {
  assert.deepEqual(checkpointSuggestions(2027), [
    { name: '5月末监控', as_of: '2027-05-31', due: '2027-06-20' },
    { name: '8月末监控', as_of: '2027-08-31', due: '2027-09-20' },
  ]);
  assert.equal(nextSuggestion(2027, []).name, '5月末监控');
  assert.equal(nextSuggestion(2027, ['2027-05-31']).name, '8月末监控');
  assert.deepEqual(nextSuggestion(2027, ['2027-05-31', '2027-08-31']), { name: '', as_of: '', due: '' });
});

test('a reason is asked for only where the target may not be met', () => {
  assert.equal(needsReason('certain'), false);
  assert.equal(needsReason(''), false);
  assert.equal(needsReason('possible'), true);
  assert.equal(needsReason('impossible'), true);
});

test('执行率 shows as a percentage, and as — where the budget is 0', () => {
  assert.equal(rateText('25.00'), '25.00%');
  assert.equal(rateText(null), '—');
  assert.equal(rateText(undefined), '—');
});

test('累计支出 in 万元 is read to the fen, never above the budget', () => {
  assert.deepEqual(parseExecuted('12.345678', 100_000_000), { ok: true, fen: 12_345_678 });
  assert.deepEqual(parseExecuted('0.1', 100_000_000), { ok: true, fen: 100_000 });
  assert.equal(parseExecuted('100.000001', 100_000_000).ok, false);
  assert.equal(parseExecuted('-1', 100_000_000).ok, false);
  assert.equal(parseExecuted('1.0000001', 100_000_000).ok, false);
  assert.equal(parseExecuted('', 100_000_000).ok, false);
  assert.equal(executedText(12_345_678), '12.345678');
  assert.equal(executedText(25_000_000), '25.00');
});

test('an error the server names goes to its indicator and field', () => {
  assert.deepEqual(answerField('indicators[2].likelihood'), { index: 2, key: 'likelihood' });
  assert.deepEqual(answerField('indicators[0].value_so_far'), { index: 0, key: 'value_so_far' });
  assert.deepEqual(answerField('indicators[1].position'), { index: 1, key: 'row' });
  assert.equal(answerField('executed_fen'), null);
  assert.equal(answerField(undefined), null);
});
