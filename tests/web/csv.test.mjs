// CSV as spreadsheets write it: quotes, a byte order mark, CRLF, line breaks inside fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { parseCsv, toCsv, CsvError } = await load('csv');

test('plain rows, with or without a final line end', () => {
  assert.deepEqual(parseCsv('a,b\nc,d\n'), [['a', 'b'], ['c', 'd']]);
  assert.deepEqual(parseCsv('a,b\nc,d'), [['a', 'b'], ['c', 'd']]);
  assert.deepEqual(parseCsv(''), []);
});

test('a UTF-8 byte order mark is dropped', () => {
  assert.deepEqual(parseCsv('\uFEFF项目编码,项目名称\r\nXM1,学校\r\n'), [['项目编码', '项目名称'], ['XM1', '学校']]);
  // Only at the very start.
  assert.deepEqual(parseCsv('a,\uFEFFb'), [['a', '\uFEFFb']]);
});

test('CRLF and LF line ends both end a row', () => {
  assert.deepEqual(parseCsv('a,b\r\nc,d\r\n'), [['a', 'b'], ['c', 'd']]);
  assert.deepEqual(parseCsv('a\r\nb\nc'), [['a'], ['b'], ['c']]);
  // A lone CR is part of the field.
  assert.deepEqual(parseCsv('a\rb,c'), [['a\rb', 'c']]);
});

test('quoted fields keep commas, doubled quotes and line breaks', () => {
  assert.deepEqual(parseCsv('"a,b","say ""hi""",c\n'), [['a,b', 'say "hi"', 'c']]);
  assert.deepEqual(parseCsv('"line 1\nline 2",x\n'), [['line 1\nline 2', 'x']]);
  assert.deepEqual(parseCsv('"line 1\r\nline 2",x\r\nnext,row\r\n'), [['line 1\r\nline 2', 'x'], ['next', 'row']]);
  assert.deepEqual(parseCsv('"",x'), [['', 'x']]);
  assert.deepEqual(parseCsv('""""'), [['"']]);
});

test('a quote inside an unquoted field is an ordinary character', () => {
  assert.deepEqual(parseCsv('a"b,c'), [['a"b', 'c']]);
});

test('empty fields are kept; blank lines are skipped', () => {
  assert.deepEqual(parseCsv(',,\n'), [['', '', '']]);
  assert.deepEqual(parseCsv('a,\n'), [['a', '']]);
  assert.deepEqual(parseCsv('a\n\n\r\n\nb\n\n'), [['a'], ['b']]);
});

test('an unclosed quote is an error naming the line it opened on', () => {
  assert.throws(() => parseCsv('a,b\n"c,d\ne,f\n'), (e) => e instanceof CsvError && e.message === '第 2 行的引号没有闭合');
  assert.throws(() => parseCsv('"x\ny",z\n"open'), (e) => e instanceof CsvError && /第 3 行/.test(e.message));
});

test('toCsv quotes what needs it and ends lines with CRLF', () => {
  assert.equal(toCsv([['a', 'b']]), 'a,b\r\n');
  assert.equal(toCsv([['a,b', 'say "hi"', ' lead', 'trail ', 'two\nlines', '中文']]),
    '"a,b","say ""hi"""," lead","trail ","two\nlines",中文\r\n');
  assert.equal(toCsv([['x'], ['y']]), 'x\r\ny\r\n');
});

test('what toCsv writes, parseCsv reads back', () => {
  const rows = [
    ['项目编码', '项目名称', '金额（万元）'],
    ['XM-1', '名称含,逗号', '12.34'],
    ['XM-2', '名称含"引号"', '0.01'],
    ['XM-3', '两行\r\n名称', ''],
    ['', ' 空格 ', 'a\nb'],
  ];
  assert.deepEqual(parseCsv(toCsv(rows)), rows);
  assert.deepEqual(parseCsv('\uFEFF' + toCsv(rows)), rows);
});
