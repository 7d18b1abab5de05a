// The registries' 导出 Excel (web/src/utils/key_evaluation/registryExport.ts): Chinese headers in
// the table's order, and each row's cells as a person reads them (names, labels, no codes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { AGENCY_COLUMNS, EXPERT_COLUMNS, avoidText } = await load('key_evaluation/registryExport');
const cells = (columns, row) => columns.map((c) => c.value(row));

test('an agency exports as the table shows it', () => {
  assert.deepEqual(AGENCY_COLUMNS.map((c) => c.header),
    ['机构名称', '统一社会信用代码', '资质情况', '从业人数', '联系人', '联系电话', '登记地区', '状态', '更新时间']);
  assert.ok(AGENCY_COLUMNS.every((c) => !c.money));
  const row = cells(AGENCY_COLUMNS, {
    id: 7, region_id: 2, region_name: '红河州', name: '云岭正信评价事务所有限公司', credit_code: '91539900MA6KQ3R1X1',
    qualifications: '财政支出绩效评价', staff_count: 26, contact_person: '李明', contact_phone: '0873-1234567',
    status: 'suspended', status_label: '已暂停', version: 3, created_at: '2026-03-01T02:00:00Z', updated_at: 'x', actions: [],
  });
  assert.deepEqual(row, ['云岭正信评价事务所有限公司', '91539900MA6KQ3R1X1', '财政支出绩效评价', 26, '李明', '0873-1234567',
    '红河州', '已暂停', 'x']);
});

test('an expert exports with fields and relations to avoid joined into one cell each', () => {
  assert.deepEqual(EXPERT_COLUMNS.map((c) => c.header),
    ['姓名', '专业领域', '职称', '工作单位', '联系电话', '回避关系', '登记地区', '状态', '更新时间']);
  const expert = {
    id: 3, region_id: 2, region_name: '红河州', user_id: 0, username: '', name: '普丽华', fields: ['教育', '财务管理'],
    title: '高级会计师', employer: '红河学院', phone: '13800000000',
    avoid: [{ unit_id: 12, name: '州第一中学', reason: '任该校财务顾问' }, { unit_id: 0, name: '州审计局', reason: '原工作单位' }],
    status: 'active', status_label: '在库', version: 1, created_at: '', updated_at: '', actions: ['edit'],
  };
  assert.deepEqual(cells(EXPERT_COLUMNS, expert), ['普丽华', '教育、财务管理', '高级会计师', '红河学院', '13800000000',
    '州第一中学（任该校财务顾问）；州审计局（原工作单位）', '红河州', '在库', '']);
  assert.equal(avoidText({ avoid: [] }), '');
});
