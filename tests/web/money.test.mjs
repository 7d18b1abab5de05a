// Money in the web app: integer fen, 万元 as text (1 万元 = 10,000 元 = 1,000,000 fen).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const money = await load('money');
const { parseWan, fenToWan, fenToWanExact, fenToWanNumber, fenToYi, readableTotal, wanLabel, formatBytes } = money;

const fen = (text, decimals) => {
  const r = parseWan(text, decimals);
  assert.ok(r.ok, `${text}: ${r.error}`);
  return r.fen;
};
const refused = (text, decimals) => {
  const r = parseWan(text, decimals);
  assert.equal(r.ok, false, `${text} should be refused`);
  return r.error;
};

test('parseWan reads 万元 into fen', () => {
  assert.equal(fen('0'), 0);
  assert.equal(fen('0.00'), 0);
  assert.equal(fen('0.01'), 10_000);
  assert.equal(fen('0.1'), 100_000);
  assert.equal(fen('1'), 1_000_000);
  assert.equal(fen('12.34'), 12_340_000);
  assert.equal(fen('12.'), 12_000_000);
  assert.equal(fen('+5'), 5_000_000);
  assert.equal(fen('  120.5 '), 120_500_000);
  assert.equal(fen('007.5'), 7_500_000);
});

test('parseWan takes thousands separators', () => {
  assert.equal(fen('1,234.5'), 1_234_500_000);
  assert.equal(fen('12,345,678.90'), 12_345_678_900_000);
});

test('parseWan allows at most 1 万亿元 (100,000,000 万元)', () => {
  assert.equal(fen('100000000'), 100_000_000_000_000);
  assert.equal(fen('100,000,000.00'), Number(money.MAX_FEN));
  assert.match(refused('100000000.01'), /不能超过 1 万亿元/);
  assert.match(refused('999999999999'), /不能超过 1 万亿元/);
});

test('parseWan refuses more than two decimals, negatives, empty text and what is not a number', () => {
  assert.equal(refused('12.345'), '金额最多保留两位小数（万元）');
  assert.equal(refused('0.001'), '金额最多保留两位小数（万元）');
  assert.equal(refused('-1'), '金额不能为负数');
  assert.equal(refused(' -0.01'), '金额不能为负数');
  assert.equal(refused(''), '请输入金额');
  assert.equal(refused('   '), '请输入金额');
  for (const bad of ['abc', '1e5', '12.3.4', '.5', '１２', '12 万', '0x10', 'NaN', 'Infinity'])
    assert.match(refused(bad), /金额应为数字/, bad);
});

test('parseWan with more decimals allowed reads down to one fen', () => {
  assert.equal(fen('12.345', 6), 12_345_000);
  assert.equal(fen('0.000001', 6), 1);
  assert.equal(fen('1.123456', 6), 1_123_456);
  assert.equal(refused('0.0000001', 6), '金额最多保留 6 位小数');
});

test('fenToWan gives two decimals, rounded half up', () => {
  assert.equal(fenToWan(0), '0.00');
  assert.equal(fenToWan(10_000), '0.01');
  assert.equal(fenToWan(4_999), '0.00');
  assert.equal(fenToWan(5_000), '0.01');
  assert.equal(fenToWan(14_999), '0.01');
  assert.equal(fenToWan(15_000), '0.02');
  assert.equal(fenToWan(1_234_500_000), '1234.50');
  assert.equal(fenToWan(999_995_000), '1000.00');
  assert.equal(fenToWan('10000'), '0.01');
  assert.equal(fenToWan(100_000_000_000_000n), '100000000.00');
});

test('fenToWan keeps the sign and never writes -0.00', () => {
  assert.equal(fenToWan(-10_000), '-0.01');
  assert.equal(fenToWan(-5_000), '-0.01');
  assert.equal(fenToWan(-4_999), '0.00');
  assert.equal(fenToWan(-1_234_567_890, { grouping: true }), '-1,234.57');
});

test('fenToWan groups thousands when asked', () => {
  assert.equal(fenToWan(123_456_789_012, { grouping: true }), '123,456.79');
  assert.equal(fenToWan(123_456_789_012), '123456.79');
  assert.equal(fenToWan(999_000_000, { grouping: true }), '999.00');
  assert.equal(fenToWan(1_000_000_000, { grouping: true }), '1,000.00');
  assert.equal(fenToWan(100_000_000_000_000, { grouping: true }), '100,000,000.00');
});

test('what fenToWan writes, parseWan reads back to the same fen', () => {
  for (const f of [0, 10_000, 990_000, 1_000_000, 12_340_000, 1_234_567_890_000, 100_000_000_000_000]) {
    assert.equal(fen(fenToWan(f)), f);
    assert.equal(fen(fenToWan(f, { grouping: true })), f);
  }
});

test('fenToWanExact loses no fen', () => {
  assert.equal(fenToWanExact(0), '0.00');
  assert.equal(fenToWanExact(1), '0.000001');
  assert.equal(fenToWanExact(10_000), '0.01');
  assert.equal(fenToWanExact(1_234_500_000), '1234.50');
  assert.equal(fenToWanExact(12_345_678), '12.345678');
  assert.equal(fenToWanExact(-1), '-0.000001');
  for (const f of [1, 999, 12_345_678, 100_000_000_000_000]) assert.equal(fen(fenToWanExact(f), 6), f);
});

test('fenToWanNumber is the rounded 万元 as a number', () => {
  assert.equal(fenToWanNumber(0), 0);
  assert.equal(fenToWanNumber(10_000), 0.01);
  assert.equal(fenToWanNumber(1_234_567), 1.23);
  assert.equal(fenToWanNumber(12_345_670_000), 12345.67);
  assert.equal(fenToWanNumber(5_000), 0.01);
});

test('fenToYi and readableTotal switch to 亿元 from 1 亿 up', () => {
  assert.equal(fenToYi(10_000_000_000), '1.00');
  assert.equal(fenToYi(150_000_000_000_000), '15,000.00');
  assert.equal(fenToYi(50_000_000), '0.01');  // 0.005 亿 rounds half up
  assert.equal(fenToYi(49_999_999), '0.00');
  assert.equal(fenToYi(12_345_678_900, 0), '1');
  assert.equal(fenToYi(-10_000_000_000), '-1.00');
  assert.deepEqual(readableTotal(10_000_000_000), { value: '1.00', unit: '亿元' });
  assert.deepEqual(readableTotal(-25_000_000_000), { value: '-2.50', unit: '亿元' });
  assert.deepEqual(readableTotal(9_990_000_000), { value: '9,990.00', unit: '万元' });
  assert.deepEqual(readableTotal(0), { value: '0.00', unit: '万元' });
});

test('wanLabel groups the API amount_wan and trims its zeros to at least two decimals', () => {
  assert.equal(wanLabel('12345.678900'), '12,345.6789');
  assert.equal(wanLabel('1.000000'), '1.00');
  assert.equal(wanLabel('0.500000'), '0.50');
  assert.equal(wanLabel('1234567'), '1,234,567.00');
  assert.equal(wanLabel('-1234.5'), '-1,234.50');
  assert.equal(wanLabel('abc'), 'abc');
});

test('formatBytes', () => {
  assert.equal(formatBytes(0), '0 B');
  assert.equal(formatBytes(812), '812 B');
  assert.equal(formatBytes(1023), '1023 B');
  assert.equal(formatBytes(1024), '1.0 KB');
  assert.equal(formatBytes(1536), '1.5 KB');
  assert.equal(formatBytes(5 * 1024 * 1024), '5.0 MB');
});
