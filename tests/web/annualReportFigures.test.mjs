// The annual report pages' pure helpers: a figure's change from the previous year, and a funnel
// step's bar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { changeText, barPercent } = await load('annual_report/figures');

test('a change says count and money with their signs', () => {
  assert.equal(changeText('个', true, { count: 1177, fen: 297057388200 }, { count: 552, fen: 120119660000 }),
    '+625 个，+176,937.73 万元');
  assert.equal(changeText('个', true, { count: 1, fen: 0 }, { count: 3, fen: 1000000 }), '-2 个，-1.00 万元');
  assert.equal(changeText('项', false, { count: 5 }, { count: 5 }), '0 项');
  assert.equal(changeText('个', true, { count: 5, fen: 1 }, undefined), '—');
});

test('a step\'s bar is its share of the widest, whole percent', () => {
  assert.equal(barPercent(1177, 2988), 39);
  assert.equal(barPercent(0, 2988), 0);
  assert.equal(barPercent(5, 0), 0);
  assert.equal(barPercent(3000, 2988), 100);
});
