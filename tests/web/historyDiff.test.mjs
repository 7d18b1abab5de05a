// A project's history: what an update changed, field by field, in Chinese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { diffProject, actionLabel, historySubject } = await load('historyDiff');

const BEFORE = {
  id: 7, version: 3, year: 2026, code: 'XM1', name: '学校公用经费', unit_id: 12, unit_name: '州第一中学',
  fund_type: 'general', amount_fen: 12_340_000, function_class: '2050202', category: 'continuing',
  parent_id: null, tags: ['transfer'], status: 'draft', updated_at: '2026-03-01T00:00:00Z',
};

test('nothing changed, nothing listed (bookkeeping fields are not shown)', () => {
  assert.deepEqual(diffProject(BEFORE, { ...BEFORE }), []);
  assert.deepEqual(diffProject(BEFORE, { ...BEFORE, version: 4, updated_at: '2026-03-02T00:00:00Z' }), []);
});

test('an amount reads in 万元 with separators', () => {
  assert.deepEqual(diffProject(BEFORE, { ...BEFORE, amount_fen: 20_000_000 }),
    [{ field: 'amount_fen', label: '金额（万元）', from: '12.34', to: '20.00' }]);
  assert.deepEqual(diffProject(BEFORE, { ...BEFORE, amount_fen: 1_234_567_890_000 })[0].to, '1,234,567.89');
  // Below a hundredth of a 万元 the two read the same: not a change worth showing.
  assert.deepEqual(diffProject(BEFORE, { ...BEFORE, amount_fen: 12_340_001 }), []);
});

test('coded fields read as their labels', () => {
  const after = { ...BEFORE, fund_type: 'gov_fund', category: 'new', status: 'declared', tags: ['transfer', 'ppp'] };
  assert.deepEqual(diffProject(BEFORE, after), [
    { field: 'fund_type', label: '资金类型', from: '一般公共预算', to: '政府性基金预算' },
    { field: 'category', label: '项目类别', from: '延续项目', to: '新增项目' },
    { field: 'tags', label: '项目标签', from: '转移支付', to: '转移支付、PPP' },
    { field: 'status', label: '项目状态', from: '草稿', to: '已申报' },
  ]);
});

test('no tags and no parent read as 无; an empty value as （空）', () => {
  assert.deepEqual(diffProject(BEFORE, { ...BEFORE, tags: [], parent_id: 5 }), [
    { field: 'parent_id', label: '所属一级项目', from: '无', to: '5' },
    { field: 'tags', label: '项目标签', from: '转移支付', to: '无' },
  ]);
  assert.deepEqual(diffProject(BEFORE, { ...BEFORE, name: '' }), [{ field: 'name', label: '项目名称', from: '学校公用经费', to: '（空）' }]);
});

test('the unit reads by name, or by id when the name is missing', () => {
  assert.deepEqual(diffProject(BEFORE, { ...BEFORE, unit_id: 13, unit_name: '州实验小学' }),
    [{ field: 'unit_name', label: '单位', from: '州第一中学', to: '州实验小学' }]);
  const { unit_name: _, ...noName } = BEFORE;
  assert.deepEqual(diffProject(noName, { ...noName, unit_id: 13 }), [{ field: 'unit_name', label: '单位', from: '12', to: '13' }]);
});

test('changes come in the order of the form', () => {
  const after = { ...BEFORE, status: 'approved', name: '新名称', year: 2027, code: 'XM2' };
  assert.deepEqual(diffProject(BEFORE, after).map((c) => c.field), ['year', 'code', 'name', 'status']);
});

test('an unknown code is shown as it is', () => {
  assert.deepEqual(diffProject(BEFORE, { ...BEFORE, fund_type: 'other' })[0], { field: 'fund_type', label: '资金类型', from: '一般公共预算', to: 'other' });
});

test('without two objects there is nothing to compare', () => {
  assert.deepEqual(diffProject(null, BEFORE), []);
  assert.deepEqual(diffProject(BEFORE, undefined), []);
  assert.deepEqual(diffProject([], BEFORE), []);
  assert.deepEqual(diffProject('x', 'y'), []);
});

test('actions and their subjects', () => {
  assert.equal(actionLabel('create'), '创建');
  assert.equal(actionLabel('update'), '修改');
  assert.equal(actionLabel('delete'), '删除');
  assert.equal(actionLabel('evidence_upload'), '上传佐证材料');
  assert.equal(actionLabel('evidence_delete'), '删除佐证材料');
  assert.equal(actionLabel('something_new'), '其他操作');
  // The project's workflow steps and its target's steps read in Chinese, the target's named as such.
  assert.equal(actionLabel('declare'), '申报');
  assert.equal(actionLabel('approve'), '批复');
  assert.equal(actionLabel('return'), '退回修改');
  assert.equal(actionLabel('create', 'target'), '绩效目标：新建');
  assert.equal(actionLabel('select', 'assessment'), '事前绩效评估：选为重点评估');
  assert.equal(actionLabel('accept_suggestions', 'assessment'), '事前绩效评估：采纳评估建议');
  assert.equal(actionLabel('mark_major'), '标记为重大项目（须事前绩效评估）');
  assert.equal(actionLabel('pass', 'target'), '绩效目标：通过');
  assert.equal(actionLabel('update', 'target'), '绩效目标：修改');
  // Evidence filed under a finding reads as such, not as an unknown step.
  assert.equal(actionLabel('evidence_upload', 'finding'), '整改问题：上传佐证材料');
  assert.equal(actionLabel('evidence_delete', 'assessment'), '事前绩效评估：删除佐证材料');
  assert.equal(actionLabel('something_new', 'finding'), '整改问题：其他操作');
  assert.equal(historySubject('evidence_upload', null, { filename: '立项依据.pdf' }), '立项依据.pdf');
  assert.equal(historySubject('evidence_delete', { filename: '旧.pdf' }, null), '旧.pdf');
  assert.equal(historySubject('create', null, BEFORE), 'XM1 学校公用经费');
  assert.equal(historySubject('delete', BEFORE, null), 'XM1 学校公用经费');
  assert.equal(historySubject('update', BEFORE, BEFORE), '');
  assert.equal(historySubject('create', null, null), '');
});
