// 导入自评表 over HTTP: filled 项目支出绩效自评表 (as web/src/utils/self_evaluation/
// selfEvaluationImport.ts reads them) saved into the unit's evaluations as the form saves them,
// all or nothing; every problem listed with the field of its cell; a project outside the unit's
// scope is as unknown as one that does not exist.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, unit, unit2, office, frameworks;
before(async () => {
  server = await startServer();
  [unit, unit2, office] = await Promise.all(['demo_unit', 'demo_unit2', 'demo_office'].map((u) => loggedIn(server.base, u)));
  const opened = await office.post('/api/v1/self-evaluations/rounds', { year: 2026, due: '2027-03-31' });
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  frameworks = (await office.get('/api/v1/frameworks')).body.items;
});
after(async () => { await server?.stop(); });

const count = (sql) => Number(server.db.query(sql));
// What a refused import must leave as it was: every evaluation, its answers and the audit log.
const snapshot = () => server.db.query(`SELECT (SELECT COUNT(*) FROM audit_log) || '/' ||
  (SELECT SUM(version) FROM self_evaluations) || '/' || (SELECT COALESCE(SUM(LENGTH(actual_value) +
  LENGTH(deviation_reason) + COALESCE(self_score, 0)), 0) FROM self_evaluation_indicators)`);

const importTables = (client, tables, year = 2026) => client.post('/api/v1/self-evaluations:import', { year, tables });

function labels(i) {
  for (const f of frameworks) {
    const c = f.categories.find((x) => x.key === i.category);
    const s = c?.subcategories.find((x) => x.key === i.subcategory);
    if (s) return [c.label, s.label];
  }
  return [i.category, i.subcategory];
}

// The table of an evaluation as its export reads back: the money as shown, every indicator met
// in its own words (a band by its label), nothing scored by hand.
function tableOf(v, sheet = v.name) {
  return {
    sheet, project_name: v.name, department: v.department_name, unit_name: v.unit_name,
    initial_wan: v.initial_wan, budget_wan: v.budget_wan, executed_wan: v.executed_wan,
    goal_expected: v.overall_goal, goal_achieved: '年度目标已完成',
    indicators: v.indicators.map((i) => {
      const [category, subcategory] = labels(i.indicator);
      const qualitative = i.indicator.comparator === 'qualitative';
      return { category, subcategory, name: i.indicator.name,
        target_value: i.indicator.value, actual_value: qualitative ? '达成年度指标' : i.indicator.value,
        weight: '', score: '', reason: '' };
    }),
    total: '', grade: '',
  };
}

const plain = (v) => /^\d+(\.\d+)?$/.test(v);
let mine;  // the unit's pending project evaluations, as the form shows them
async function pending(offset) {
  if (!mine) {
    const list = (await unit.get('/api/v1/self-evaluations?year=2026&kind=project&status=pending&limit=50')).body.items;
    mine = await Promise.all(list.map(async (e) => (await unit.get(`/api/v1/self-evaluations/${e.id}`)).body));
    mine = mine.filter((v) => v.indicators.some((i) => i.indicator.comparator !== 'qualitative' && plain(i.indicator.value)));
  }
  assert.ok(mine[offset], `the unit has ${mine.length} evaluations`);
  return (await unit.get(`/api/v1/self-evaluations/${mine[offset].id}`)).body;
}

test('tables are saved into the unit\'s evaluations as the form saves them: scored, audited, own scores where they differ', async () => {
  const [a, b] = [await pending(0), await pending(1)];
  const ta = tableOf(a);
  const tb = tableOf(b);
  // a: one indicator missed by half, with both parts of its reason; another not applicable.
  const missed = a.indicators.findIndex((i) => ['>=', '>'].includes(i.indicator.comparator) && plain(i.indicator.value) && Number(i.indicator.value) >= 2);
  assert.ok(missed >= 0);
  ta.indicators[missed].actual_value = String(Number(a.indicators[missed].indicator.value) / 2);
  ta.indicators[missed].reason = '偏差原因：报名人数不足\n改进措施：扩大宣传';
  const na = a.indicators.findIndex((i, k) => k !== missed);
  ta.indicators[na].actual_value = '不适用';
  ta.indicators[na].score = '—';
  const before = count('SELECT COUNT(*) FROM audit_log');
  let res = await importTables(unit, [ta, tb]);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.imported, 2);
  assert.deepEqual(res.body.evaluations.map((e) => [e.id, e.code, e.name]), [[a.id, a.code, a.name], [b.id, b.code, b.name]]);
  let va = (await unit.get(`/api/v1/self-evaluations/${a.id}`)).body;
  assert.equal(res.body.evaluations[0].computed_total, va.computed_total);
  assert.equal(res.body.evaluations[0].grade, va.grade);
  assert.ok(va.grade, 'every indicator answered: scored and graded');
  assert.equal(va.goal_achieved, '年度目标已完成');
  assert.equal(va.indicators[missed].deviation_reason, '报名人数不足');
  assert.equal(va.indicators[missed].improvement, '扩大宣传');
  assert.equal(va.indicators[missed].needs_reason, true);
  assert.equal(va.indicators[na].not_applicable, true);
  assert.ok(va.indicators.every((i) => i.self_score === null));
  const q = va.indicators.find((i) => i.indicator.comparator === 'qualitative');
  if (q) assert.equal(q.actual_value, 'achieved');
  let sum = va.execution.score;
  for (const i of va.indicators) sum += i.computed_score;
  assert.equal(va.computed_total, sum);
  // Audited as saves, one per evaluation.
  assert.equal(count('SELECT COUNT(*) FROM audit_log') - before, 2);
  assert.deepEqual((await unit.get(`/api/v1/self-evaluations/${a.id}/history`)).body.items.map((h) => h.action), ['save']);

  // Again with the table's 得分: where it is jixiao's score it is not the unit's own (the export
  // shows jixiao's where the unit gave none); where it differs, it is.
  const scored = va.indicators.findIndex((i, k) => k !== na && i.indicator.comparator !== 'qualitative' && i.computed_score > 0);
  ta.indicators.forEach((x, k) => { if (k !== na) x.score = va.indicators[k].computed_score_text; });
  ta.indicators[scored].score = String((va.indicators[scored].computed_score - 1) / 100);
  res = await importTables(unit, [ta]);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  va = (await unit.get(`/api/v1/self-evaluations/${a.id}`)).body;
  assert.deepEqual(va.indicators.map((i) => i.self_score), va.indicators.map((i, k) => (k === scored ? i.computed_score - 1 : null)));
  // The same table once more changes nothing and writes no audit entry.
  const version = va.version;
  const audits = count('SELECT COUNT(*) FROM audit_log');
  res = await importTables(unit, [ta]);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal((await unit.get(`/api/v1/self-evaluations/${a.id}`)).body.version, version);
  assert.equal(count('SELECT COUNT(*) FROM audit_log'), audits);
});

test('a value of the wrong type is an error at its cell, and nothing of any table is kept', async () => {
  const [a, b] = [await pending(2), await pending(3)];
  const tb = tableOf(b);
  const k = b.indicators.findIndex((i) => i.indicator.comparator !== 'qualitative' && plain(i.indicator.value));
  tb.indicators[k].actual_value = '很好';
  // A score that is no number is found with it: the form's checks run on the rest.
  const other = k === 0 ? 1 : 0;
  tb.indicators[other].score = '九十';
  const before = snapshot();
  const res = await importTables(unit, [tableOf(a), tb]);
  assert.equal(res.status, 400, JSON.stringify(res.body));
  assert.match(res.headers.get('content-type'), /application\/problem\+json/);
  assert.equal(res.body.code, 'import_invalid');
  assert.equal(res.body.field, 'tables');
  assert.deepEqual(res.body.errors.map((e) => e.field), [`tables[1].indicators[${other}].score`, `tables[1].indicators[${k}].actual_value`]);
  assert.ok(res.body.errors.every((e) => /[\u4e00-\u9fa5]/.test(e.message)));
  assert.equal(snapshot(), before);
});

test('a project outside the unit\'s scope is as unknown as one that does not exist', async () => {
  const theirs = (await unit2.get('/api/v1/self-evaluations?year=2026&kind=project&limit=1')).body.items[0];
  const v = (await unit2.get(`/api/v1/self-evaluations/${theirs.id}`)).body;
  const foreign = tableOf(v);
  const unknown = { ...tableOf(v), project_name: '不存在的项目', unit_name: '不存在的单位' };
  const before = snapshot();
  const res = await importTables(unit, [foreign, unknown]);
  assert.equal(res.status, 400, JSON.stringify(res.body));
  assert.deepEqual(res.body.errors, [
    { field: 'tables[0].project_name', message: '未找到该项目的自评任务' },
    { field: 'tables[1].project_name', message: '未找到该项目的自评任务' },
  ]);
  // By its code as well.
  const byCode = await importTables(unit, [{ ...foreign, code: v.code }]);
  assert.deepEqual(byCode.body.errors, [{ field: 'tables[0].project_name', message: '未找到该项目的自评任务' }]);
  // Nor is an evaluation of another year found.
  const otherYear = await importTables(unit, [tableOf(await pending(4))], 2025);
  assert.deepEqual(otherYear.body.errors, [{ field: 'tables[0].project_name', message: '未找到该项目的自评任务' }]);
  assert.equal(snapshot(), before);
});

test('a submitted evaluation, or one changed since it was read, is an error', async () => {
  const v = await pending(5);
  const t = tableOf(v);
  t.indicators.forEach((x) => { x.reason = '偏差原因：无\n改进措施：无'; });
  let res = await importTables(unit, [t]);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  // With the version the caller saw: a later one is stale.
  res = await importTables(unit, [{ ...t, version: v.version }]);
  assert.equal(res.status, 400);
  assert.deepEqual(res.body.errors.map((e) => e.field), ['tables[0].version']);
  res = await unit.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: v.version + 1, action: 'submit' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const before = snapshot();
  res = await importTables(unit, [t]);
  assert.equal(res.status, 400, JSON.stringify(res.body));
  assert.deepEqual(res.body.errors, [{ field: 'tables[0]', message: '该项目的自评当前为“待部门汇总”，不能导入修改' }]);
  assert.equal(snapshot(), before);
});

test('every problem of every table is listed, each at its field', async () => {
  const [a, b] = [await pending(2), await pending(3)];  // left as they were by a refused import
  const ta = tableOf(a);
  const tb = tableOf(b);
  const gone = ta.indicators.pop();  // a target's indicator missing from the table
  ta.indicators.push({ ...ta.indicators[0], name: '表中多出的指标' });
  ta.indicators[0].score = '十分';
  ta.executed_wan = String(Number(a.executed_wan) + 1);
  ta.budget_wan = '一百万';
  tb.indicators[0].category = tb.indicators[0].category === '效益指标' ? '产出指标' : '效益指标';  // in another place
  tb.indicators.push({ ...tb.indicators[1] });  // the same indicator twice
  const before = snapshot();
  const res = await importTables(unit, [ta, tb, { ...tableOf(b), project_name: '无此项目' }, { ...tableOf(b), sheet: '副本' },
    { ...tableOf(b), project_name: ' ' }]);
  assert.equal(res.status, 400, JSON.stringify(res.body));
  const last = ta.indicators.length - 1;
  const fields = res.body.errors.map((e) => e.field);
  assert.deepEqual(fields, [
    'tables[0].budget_wan', 'tables[0].executed_wan', 'tables[0].indicators[0].score', `tables[0].indicators[${last}]`,
    'tables[0].indicators',
    'tables[1].indicators[0]', `tables[1].indicators[${tb.indicators.length - 1}]`, 'tables[1].indicators',
    'tables[2].project_name', 'tables[3].project_name', 'tables[4].project_name',
  ], JSON.stringify(res.body.errors));
  const message = (f) => res.body.errors.find((e) => e.field === f).message;
  assert.match(message('tables[0].executed_wan'), /^全年执行数与系统中的 [\d.]+ 万元不一致：项目的全年执行数来自其支出数据/);
  assert.match(message('tables[0].indicators'), new RegExp(`表中缺少绩效目标的指标“${gone.name}”`));
  assert.equal(message(`tables[0].indicators[${last}]`), '绩效目标中没有指标“表中多出的指标”');
  assert.match(message('tables[1].indicators[0]'), /在绩效目标中属于/);
  assert.match(message(`tables[1].indicators[${tb.indicators.length - 1}]`), /填写了两次/);
  assert.equal(message('tables[3].project_name'), `与工作表“${b.name}”是同一个项目的自评`);
  assert.equal(message('tables[4].project_name'), '表中没有填写项目名称');
  assert.match(res.body.detail, /11 处错误/);
  assert.equal(snapshot(), before);
});

test('the money agrees to the decimals the table writes; bounds of the body', async () => {
  const v = await pending(4);
  const t = tableOf(v);
  // 万元 with one decimal: jixiao's figure rounded to it.
  const fen = v.budget_fen;
  t.budget_wan = String(Math.round(fen / 100000) / 10);
  t.initial_wan = '';
  let res = await importTables(unit, [t]);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const many = Array.from({ length: 2001 }, () => ({ indicators: [] }));
  res = await importTables(unit, many);
  assert.equal(res.status, 400);
  assert.equal(res.body.field, 'tables');
  res = await importTables(unit, [{ ...t, indicators: Array.from({ length: 201 }, () => t.indicators[0]) }]);
  assert.equal(res.status, 400);
  assert.equal(res.body.field, 'tables[0].indicators');
  res = await importTables(unit, []);
  assert.equal(res.status, 400);
  assert.equal(res.body.field, 'tables');
  // A field nobody reads is refused; so is the reader's cell map (kept in the browser).
  res = await unit.post('/api/v1/self-evaluations:import', { year: 2026, tables: [t], cells: {} });
  assert.equal(res.status, 400);
  assert.equal(res.body.field, 'cells');
  // Roles that fill no self-evaluation.
  for (const who of ['demo_viewer', 'demo_section']) {
    assert.equal((await importTables(await loggedIn(server.base, who), [t])).status, 403, who);
  }
});
