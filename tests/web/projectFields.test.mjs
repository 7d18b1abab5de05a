// Coded project values and their labels; small display helpers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const f = await load('projectFields');
const { formatTime } = await load('format');

test('codeOf takes a code or a label, trimmed; null for neither', () => {
  assert.equal(f.codeOf(f.FUND_TYPES, '一般公共预算'), 'general');
  assert.equal(f.codeOf(f.FUND_TYPES, ' gov_fund '), 'gov_fund');
  assert.equal(f.codeOf(f.STATUSES, '已取消'), 'cancelled');
  assert.equal(f.codeOf(f.CATEGORIES, '新增'), null);
  assert.equal(f.codeOf(f.TAGS, 'PPP'), 'ppp');
  assert.equal(f.codeOf(f.TAGS, ''), null);
});

test('labelOf: the label, the code itself when unknown, empty for none', () => {
  assert.equal(f.labelOf(f.CATEGORIES, 'recurring'), '经常性项目');
  assert.equal(f.labelOf(f.CATEGORIES, 'odd'), 'odd');
  assert.equal(f.labelOf(f.CATEGORIES, null), '');
  assert.equal(f.labelOf(f.CATEGORIES, undefined), '');
});

test('every code and label is distinct, and every status has a tag colour', () => {
  for (const list of [f.FUND_TYPES, f.CATEGORIES, f.STATUSES, f.TAGS]) {
    const all = list.flatMap((c) => [c.value, c.label]);
    assert.equal(new Set(all).size, all.length);
  }
  for (const s of f.STATUSES) assert.ok(f.STATUS_TAG_TYPE[s.value], s.value);
});

test('tags: split on any separator people use, joined with 、', () => {
  assert.deepEqual(f.splitTags('转移支付、直达资金'), ['转移支付', '直达资金']);
  assert.deepEqual(f.splitTags(' a ，b；c,d;e|f 、、 '), ['a', 'b', 'c', 'd', 'e', 'f']);
  assert.deepEqual(f.splitTags(''), []);
  assert.equal(f.tagLabels(['transfer', 'direct_fund']), '转移支付、直达资金');
  assert.equal(f.tagLabels([]), '');
  assert.equal(f.tagLabels(['unknown']), 'unknown');
});

test('formatTime: local minutes, the text itself when it is not a date', () => {
  assert.equal(formatTime(new Date(2026, 2, 1, 14, 5, 59).toISOString()), '2026-03-01 14:05');
  assert.equal(formatTime(new Date(2026, 11, 31, 0, 0).toISOString()), '2026-12-31 00:00');
  assert.equal(formatTime(''), '');
  assert.equal(formatTime(null), '');
  assert.equal(formatTime(undefined), '');
  assert.equal(formatTime('不是时间'), '不是时间');
});
