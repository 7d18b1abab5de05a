// Rule parameters as the rules page edits them, checked as the server checks them. The cases of
// tests/cases/rule_params.json are the server's rule kinds' too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';
import { cases, nationalParams } from './cases.mjs';

const { checkParams, paramKind, sheetSum, cloneParams } = await load('targets/ruleParams');

const sheet = (maxes) => maxes.map((max, i) => ({ key: 'k' + i, label: 'L' + i, max, hint: 'h' }));

test('parameter kinds follow the defaults', () => {
  assert.equal(paramKind(60), 'number');
  assert.equal(paramKind('2021'), 'text');
  assert.equal(paramKind(['有效提升']), 'texts');
  assert.equal(paramKind(sheet([100])), 'table');
});

// The national defaults of the case's rule with its changes (a null removes a parameter;
// sheet_max gives the sheet's maxima, items past the defaults repeating the last one).
function paramsOf(c) {
  const p = cloneParams(nationalParams(c.rule));
  if (c.sheet_max) p.sheet = c.sheet_max.map((max, i) => ({ ...p.sheet[Math.min(i, p.sheet.length - 1)], max }));
  for (const [k, v] of Object.entries(c.change ?? {})) {
    if (v === null) delete p[k];
    else p[k] = v;
  }
  return p;
}

test('rule parameters of tests/cases/rule_params.json', () => {
  const all = cases('rule_params').cases;
  assert.ok(all.length > 0);
  for (const c of all) {
    const errors = checkParams(c.rule, paramsOf(c));
    assert.deepEqual(Object.keys(errors).sort(), [...c.web].sort(), `${c.note}: ${JSON.stringify(errors)}`);
    for (const [k, fragment] of Object.entries(c.web_message ?? {})) assert.ok(errors[k].includes(fragment), c.note);
  }
});

test('the sum of a sheet is written with two decimals', () => {
  assert.equal(sheetSum(sheet([0.1, 0.2, 99.7])), '100.00');
});

test('empty texts and lists are refused; edits do not touch the original', () => {
  assert.ok(checkParams('R-IND-1', { framework: ' ' }).framework);
  assert.ok(checkParams('R-IND-4', { min_indicators: 3, vague_phrases: [] }).vague_phrases);
  const original = { sheet: sheet([100]) };
  const copy = cloneParams(original);
  copy.sheet[0].max = 50;
  assert.equal(original.sheet[0].max, 100);
});

// What the rules page shows people: every parameter of every shipped rule has a Chinese name,
// and every source reads without its bracketed marks or English words.
test('every shipped rule shows Chinese names for its parameters and its source', async () => {
  const { paramLabel, sourceText } = await load('targets/ruleParams');
  const { readdirSync, readFileSync } = await import('node:fs');
  const dir = new URL('../../data/rules/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const rules = JSON.parse(readFileSync(new URL(file, dir), 'utf8')).rules;
    for (const r of rules) {
      for (const [k, v] of Object.entries(r.params ?? {})) {
        assert.match(paramLabel(k, r.id), /[\u4e00-\u9fa5]/, `${r.id} ${k}`);
        if (Array.isArray(v) && typeof v[0] === 'object')
          for (const col of Object.keys(v[0])) assert.match(paramLabel(col), /[\u4e00-\u9fa5]/, `${r.id} ${k}.${col}`);
      }
      const text = sourceText(r.source);
      assert.doesNotMatch(text, /[[\]]|[A-Za-z]{2,}/, `${r.id}: ${text}`);
    }
  }
  assert.equal(sourceText('[practice] 财预〔2021〕101号'), '通行做法：财预〔2021〕101号');
  assert.equal(sourceText('[local: 001 西双版纳]；评分表 [jixiao]'), '地方规定（西双版纳）；评分表 系统默认');
  assert.equal(sourceText('[national; 财预〔2015〕88号]'), '国家规定（财预〔2015〕88号）');
  assert.equal(sourceText('[jixiao]'), '系统默认');
});
