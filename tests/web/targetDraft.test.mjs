// The target editor's bodies: what lint and PATCH receive from the working copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { toEditor, lintBody, updateBody, fingerprint, fromLibrary, moveRow, weightTotal, blankIndicator } = await load('targets/draft');
const { indicatorValueText, comparatorCode, withUnit, isDateValue } = await load('targets/fields');

const stored = {
  overall_goal: '完成培训', medium_term_goal: '', duties: '', tasks: [],
  indicators: [{ category: 'output', subcategory: 'quantity', name: ' 培训人次 ', comparator: '>=', value: '200', unit: '人次', weight: 20,
    category_label: '产出指标' }],
};

test('lint and update bodies carry the contract fields only, trimmed', () => {
  const s = toEditor(stored);
  const lint = lintBody(s, { kind: 'project', project_id: 7, amount_fen: 3_000_000 });
  assert.deepEqual(lint, {
    kind: 'project', project_id: 7, amount_fen: 3_000_000, overall_goal: '完成培训',
    indicators: [{ category: 'output', subcategory: 'quantity', name: '培训人次', comparator: '>=', value: '200', unit: '人次', weight: 20 }],
  });
  const patch = updateBody(s, { kind: 'project', version: 3 });
  assert.equal(patch.version, 3);
  assert.equal(patch.tasks, undefined);
  assert.equal(patch.indicators[0].category_label, undefined);
});

test('department targets send duties and tasks with amounts in fen', () => {
  const s = toEditor({ ...stored, duties: '教育管理', tasks: [{ duty: '教育', name: '保障', amount_fen: 1_205_000, project_ids: [1] }] });
  assert.equal(s.tasks[0].amount, '1.205');
  s.tasks[0].amount = '12.5';
  const body = lintBody(s, { kind: 'department', project_id: null, amount_fen: null });
  assert.deepEqual(body.tasks, [{ duty: '教育', name: '保障', amount_fen: 12_500_000, project_ids: [1] }]);
  assert.equal(body.duties, '教育管理');
});

test('the fingerprint changes with an edit and not with a row key', () => {
  const s = toEditor(stored);
  const before = fingerprint(s, 'project');
  s.indicators[0].key = 999;
  assert.equal(fingerprint(s, 'project'), before);
  s.indicators[0].value = '300';
  assert.notEqual(fingerprint(s, 'project'), before);
});

test('a library indicator becomes a row with its typical value and definition', () => {
  const row = fromLibrary({ name: '培训合格率', category: 'output', subcategory: 'quality', comparator: '≥', typical_value: '95', unit: '%', definition: '合格人数÷参训人数' });
  assert.equal(row.comparator, '>=');
  assert.equal(row.value, '95');
  assert.equal(row.explanation, '合格人数÷参训人数');
  assert.equal(row.weight, 0);
});

test('rows move within bounds; weights add up in hundredths', () => {
  const rows = [1, 2, 3];
  assert.equal(moveRow(rows, 0, -1), false);
  assert.equal(moveRow(rows, 0, 1), true);
  assert.deepEqual(rows, [2, 1, 3]);
  assert.equal(moveRow(rows, 2, 1), false);
  assert.equal(weightTotal([{ weight: 0.1 }, { weight: 0.2 }, { weight: '19.7' }]), 2000);
  assert.equal(blankIndicator('cost', 'economic_cost').comparator, '>=');
});

test('indicator values read as the form writes them', () => {
  assert.equal(indicatorValueText({ comparator: '>=', value: '200', unit: '人次' }), '≥200人次');
  assert.equal(indicatorValueText({ comparator: 'qualitative', value: '优', unit: '' }), '优');
  // A date stands alone: the library's dates carry the unit 日期.
  assert.equal(indicatorValueText({ comparator: '<=', value: '2026-12-15', unit: '日期' }), '≤2026-12-15');
  assert.equal(withUnit('97.5%', '%'), '97.5%');
  assert.equal(withUnit('186', '人次'), '186人次');
  assert.equal(isDateValue(' 2026-10-31 '), true);
  assert.equal(isDateValue('2026-10'), false);
  assert.equal(comparatorCode('不低于'), '>=');
  assert.equal(comparatorCode('?'), null);
});
