// 绩效自评 over HTTP: the office opens the year, a unit fills its evaluation (scored at every
// save, each score with its rule), submits it, its department consolidates it and the office
// returns and accepts it; bad input is answered with the field at fault and nothing changed; a
// unit of another department finds none of it. The demo's own round of the year before stands
// beside it, in every state, with each account's part of the work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, unit, unit2, department, office, county;
let round, departmentTarget;
before(async () => {
  server = await startServer();
  [unit, unit2, department, office, county] = await Promise.all(
    ['demo_unit', 'demo_unit2', 'demo_department', 'demo_office', 'demo_county_office']
      .map((u) => loggedIn(server.base, u)));
  // demo_department's department-overall target of the year, its first indicator made
  // qualitative (the demo writes none) and its amount a round one.
  const me = (await department.get('/api/v1/me')).body.user;
  const id = Number(server.db.query(`SELECT id FROM targets WHERE kind = 'department' AND year = 2026
    AND department_id = ${me.department_id}`));
  assert.ok(id > 0, 'the demo gives each department its overall target');
  server.db.query(`UPDATE targets SET amount_fen = 500000000 WHERE id = ${id}`);
  server.db.query(`UPDATE target_indicators SET comparator = 'qualitative', value = '达成', unit = ''
    WHERE target_id = ${id} AND position = 0`);
  departmentTarget = id;
  const opened = await office.post('/api/v1/self-evaluations/rounds', { year: 2026, due: '2027-03-31' });
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  round = opened.body;
});
after(async () => { await server?.stop(); });

const count = (sql) => Number(server.db.query(sql));
// What a refused request must leave as it was: the evaluation, its answers and the audit log.
const snapshot = (id) => server.db.query(`SELECT e.version || '/' || e.status || '/' || e.computed_total || '/' ||
  e.problems || '/' || (SELECT COUNT(*) FROM audit_log) || '/' || (SELECT COALESCE(SUM(LENGTH(actual_value) +
  LENGTH(deviation_reason) + COALESCE(self_score, 0)), 0) FROM self_evaluation_indicators WHERE evaluation_id = ${id})
  FROM self_evaluations e WHERE e.id = ${id}`);

const plain = (v) => /^\d+(\.\d+)?$/.test(v);

// Every indicator at its target (its own words), but the first higher-is-better number at half
// of it: missed, so R-SE-7 asks its reason.
function answers(view, { reasons = false } = {}) {
  let missed = null;
  const items = view.indicators.map((i) => {
    const a = { position: i.position };
    const { comparator, value } = i.indicator;
    if (comparator === 'qualitative') a.actual_value = 'achieved';
    else if (missed === null && ['>=', '>'].includes(comparator) && plain(value) && Number(value) >= 2) {
      a.actual_value = String(Number(value) / 2);
      missed = i.position;
    } else a.actual_value = value;
    if (reasons) Object.assign(a, { deviation_reason: '原因', improvement: '措施' });
    return a;
  });
  return { items, missed };
}

async function pendingOf(client, kind = 'project', offset = 0) {
  const list = (await client.get(`/api/v1/self-evaluations?year=2026&kind=${kind}&status=pending&limit=50`)).body;
  const item = list.items.filter((e) => e.unit_id === list.items[0].unit_id)[offset];
  assert.ok(item, JSON.stringify(list).slice(0, 300));
  return (await client.get(`/api/v1/self-evaluations/${item.id}`)).body;
}

test('opening the year gives every approved target one evaluation, once', async () => {
  const expected = count(`SELECT COUNT(*) FROM targets t LEFT JOIN projects p ON p.id = t.project_id
    WHERE t.year = 2026 AND t.status IN ('approved', 'adjusting') AND (p.id IS NULL OR p.status IN ('approved', 'executing', 'completed'))`);
  assert.equal(round.evaluations, expected);
  assert.equal(round.year, 2026);
  const all = (await office.get('/api/v1/self-evaluations?year=2026&limit=1')).body;
  assert.equal(all.total, expected);
  assert.ok(all.next_cursor);
  const departments = (await office.get('/api/v1/self-evaluations?year=2026&kind=department&limit=1')).body;
  assert.ok(departments.total > 0);
  assert.equal(departments.items[0].kind_label, '部门整体');
  // Again, or by the county under it: 409 on the year; by a unit: 403; a due inside the year: 400.
  for (const [client, status, field] of [[office, 409, 'year'], [county, 409, 'year'], [unit, 403, undefined]]) {
    const again = await client.post('/api/v1/self-evaluations/rounds', { year: 2026, due: '2027-03-31' });
    assert.equal(again.status, status, JSON.stringify(again.body));
    assert.equal(again.body.field, field);
  }
  const early = await office.post('/api/v1/self-evaluations/rounds', { year: 2025, due: '2025-12-01' });
  assert.equal(early.status, 400);
  assert.equal(early.body.field, 'due');
  // The demo's own round of the year before stands apart.
  assert.equal(count('SELECT COUNT(*) FROM self_evaluations WHERE year = 2026'), expected);
  assert.equal(count('SELECT COUNT(*) FROM self_evaluation_rounds WHERE year = 2026'), 1);
  const rounds = (await county.get('/api/v1/self-evaluations/rounds?year=2026')).body;
  assert.deepEqual(rounds.items.map((r) => r.id), [round.id]);
});

test('a unit fills, submits; its department consolidates; the office returns and accepts', async () => {
  let v = await pendingOf(unit);
  assert.deepEqual(v.actions, ['edit', 'submit']);
  assert.equal(v.execution.rule, 'R-SE-3');
  assert.equal(v.computed_total, v.execution.score);
  assert.deepEqual(v.bands.map((b) => b.label), ['达成年度指标', '部分达成并具有一定效果', '未达成且效果较差']);
  assert.equal(v.executed_editable, false);
  const { items, missed } = answers(v);
  assert.notEqual(missed, null);
  let res = await unit.put(`/api/v1/self-evaluations/${v.id}`, { version: v.version, goal_achieved: '基本完成',
    problems: '招生不足', improvements: '加强宣传', indicators: items });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  v = res.body;
  // Each score with the rule and inputs that produced it; the total is the sum of the parts.
  let sum = v.execution.score;
  for (const i of v.indicators) {
    assert.ok(i.rule.startsWith('R-SE-'), JSON.stringify(i));
    assert.ok(i.detail.length > 0);
    sum += i.computed_score;
  }
  assert.equal(v.computed_total, sum);
  assert.ok(v.grade_label);
  assert.equal(v.indicators.find((i) => i.position === missed).needs_reason, true);
  // Missed without a reason: 422 naming it, nothing changed.
  const before = snapshot(v.id);
  res = await unit.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: v.version, action: 'submit' });
  assert.equal(res.status, 422, JSON.stringify(res.body));
  assert.equal(res.body.field, `indicators[${missed}].deviation_reason`);
  assert.equal(snapshot(v.id), before);
  res = await unit.put(`/api/v1/self-evaluations/${v.id}`, { version: v.version, goal_achieved: '基本完成',
    indicators: answers(v, { reasons: true }).items });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  res = await unit.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: res.body.version, action: 'submit' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.status, 'submitted');
  assert.equal(res.body.status_label, '待部门汇总');
  // The department's queue holds it; it consolidates it in a batch.
  const queue = (await department.get('/api/v1/self-evaluations?queue=department&limit=500')).body;
  assert.ok(queue.items.some((e) => e.id === v.id));
  res = await department.post('/api/v1/self-evaluations:consolidate', { ids: [v.id], versions: [res.body.version] });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.items[0].status, 'consolidated');
  // The office returns it with words (without: 400 on opinion), then accepts it.
  v = (await office.get(`/api/v1/self-evaluations/${v.id}`)).body;
  assert.deepEqual(v.actions, ['decide']);
  res = await office.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: v.version, action: 'decide', decision: 'return' });
  assert.equal(res.status, 400);
  assert.equal(res.body.field, 'opinion');
  res = await office.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: v.version, action: 'decide',
    decision: 'return', opinion: '请补充佐证材料' });
  assert.equal(res.body.status, 'returned');
  res = await unit.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: res.body.version, action: 'submit' });
  res = await department.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: res.body.version,
    action: 'consolidate', decision: 'pass' });
  assert.equal(res.body.status, 'consolidated');
  res = await office.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: res.body.version, action: 'decide', decision: 'accept' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.status, 'accepted');
  // Every step on its timeline and on its project's.
  const history = (await unit.get(`/api/v1/self-evaluations/${v.id}/history`)).body.items;
  assert.deepEqual(history.map((h) => h.action), ['save', 'save', 'submit', 'pass', 'return', 'submit', 'pass', 'accept']);
  const project = (await unit.get(`/api/v1/projects/${v.project_id}/history`)).body.items;
  assert.equal(project.filter((h) => h.entity === 'self_evaluation').length, 8);
});

test('bad input names its field and changes nothing', async () => {
  const v = await pendingOf(unit, 'project', 1);
  const before = snapshot(v.id);
  const put = (body) => unit.put(`/api/v1/self-evaluations/${v.id}`, { version: v.version, ...body });
  const numeric = v.indicators.find((i) => i.indicator.comparator !== 'qualitative' && plain(i.indicator.value));
  assert.ok(numeric, 'an indicator with a number target');
  const cases = [
    // An actual value of the wrong type, or a percent where the unit is none.
    [{ indicators: [{ position: numeric.position, actual_value: '很好' }] }, 400, 'indicators[0].actual_value'],
    [{ indicators: [{ position: numeric.position, actual_value: '-5' }] }, 400, 'indicators[0].actual_value'],
    [{ indicators: [{ position: 99 }] }, 400, 'indicators[0].position'],
    [{ indicators: [{ position: numeric.position }, { position: numeric.position }] }, 400, 'indicators[1].position'],
    [{ indicators: [{ position: numeric.position, actual_value: 1 }] }, 400, 'indicators[0].actual_value'],
    [{ indicators: [{ position: numeric.position, not_applicable: true, actual_value: '1' }] }, 400, 'indicators[0].actual_value'],
    [{ indicators: [{ position: numeric.position, self_score: -1 }] }, 400, 'indicators[0].self_score'],
    [{ indicators: [{ position: numeric.position, actual_value: numeric.indicator.value, self_score: 10000 }] }, 400, 'indicators[0].self_score'],
    // A project's spending comes from its series; an unknown field is refused.
    [{ executed_fen: 100 }, 400, 'executed_fen'],
    [{ grade: 'excellent' }, 400, 'grade'],
    // A stale version.
    [{ version: v.version + 5 }, 409, 'version'],
  ];
  for (const [body, status, field] of cases) {
    const res = await put(body);
    assert.equal(res.status, status, `${JSON.stringify(body)} -> ${JSON.stringify(res.body)}`);
    assert.equal(res.body.field, field, JSON.stringify(res.body));
    assert.equal(snapshot(v.id), before, JSON.stringify(body));
  }
  // A percent unit: never above 100% (R-IND-5).
  const rate = v.indicators.find((i) => ['%', '％'].includes(i.indicator.unit));
  if (rate) {
    const res = await put({ indicators: [{ position: rate.position, actual_value: '150' }] });
    assert.equal(res.status, 400);
    assert.equal(res.body.field, 'indicators[0].actual_value');
  }
  // Submitting an empty form names the first indicator not answered.
  const res = await unit.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: v.version, action: 'submit' });
  assert.equal(res.status, 422);
  assert.match(res.body.field, /^indicators\[\d+\]\.actual_value$/);
  assert.equal(snapshot(v.id), before);
});

test('a qualitative score outside its band is refused', async () => {
  const id = count(`SELECT id FROM self_evaluations WHERE target_id = ${departmentTarget}`);
  const v = (await department.get(`/api/v1/self-evaluations/${id}`)).body;
  const q = v.indicators.find((i) => i.indicator.comparator === 'qualitative');
  assert.equal(v.kind, 'department');
  assert.equal(v.executed_editable, true);
  const before = snapshot(id);
  // 未达成且效果较差 lies below 60 % of the indicator's points (R-SE-5): never all of them.
  const full = answers(v).items.map((a) => (a.position === q.position
    ? { ...a, actual_value: 'not_achieved', self_score: 500, self_score_reason: '效果较差' } : a));
  let res = await department.put(`/api/v1/self-evaluations/${id}`, { version: v.version, indicators: full });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const weight = res.body.indicators.find((i) => i.position === q.position).computed_weight;
  assert.ok(weight > 0);
  const again = res.body;
  res = await department.put(`/api/v1/self-evaluations/${id}`, { version: again.version,
    indicators: full.map((a) => (a.position === q.position ? { ...a, self_score: weight } : a)) });
  assert.equal(res.status, 400, JSON.stringify(res.body));
  assert.equal(res.body.field, `indicators[${full.findIndex((a) => a.position === q.position)}].self_score`);
  assert.equal((await department.get(`/api/v1/self-evaluations/${id}`)).body.version, again.version);
  assert.notEqual(snapshot(id), before);
  // The department types its own spending; its submission skips consolidation.
  res = await department.put(`/api/v1/self-evaluations/${id}`, { version: again.version, executed_fen: 250000000,
    goal_achieved: '完成', indicators: answers(v, { reasons: true }).items });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.executed_fen, 250000000);
  assert.equal(res.body.execution.score, 500);
  res = await department.post(`/api/v1/self-evaluations/${id}/steps`, { version: res.body.version, action: 'submit' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.status, 'consolidated');
});

test('evidence attaches to an evaluation its author may edit, within the size limit', async () => {
  const v = await pendingOf(unit, 'project', 2);
  const path = `/api/v1/evidence?document_type=self_evaluation&document_id=${v.id}`;
  const pdf = (bytes) => {
    const fd = new FormData();
    fd.append('file', new Blob([Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(bytes)])],
      { type: 'application/pdf' }), '佐证.pdf');
    return fd;
  };
  assert.equal((await unit2.post(path, pdf(10))).status, 404);
  const files = () => count(`SELECT COUNT(*) FROM evidence_files WHERE document_type = 'self_evaluation'`);
  const big = await unit.post(path, pdf(20 * 1024 * 1024));
  assert.equal(big.status, 413);
  assert.equal(files(), 0);
  const up = await unit.post(path, pdf(10));
  assert.equal(up.status, 201, JSON.stringify(up.body));
  assert.equal((await office.get(path)).body.items.length, 1);
  assert.equal(files(), 1);
});

test('another unit finds none of it; to-dos and menus follow the workflow', async () => {
  const v = await pendingOf(unit, 'project', 3);
  const before = snapshot(v.id);
  assert.equal((await unit2.get(`/api/v1/self-evaluations/${v.id}`)).status, 404);
  assert.equal((await unit2.put(`/api/v1/self-evaluations/${v.id}`, { version: v.version })).status, 404);
  assert.equal((await unit2.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: v.version, action: 'submit' })).status, 404);
  assert.equal((await unit2.post('/api/v1/self-evaluations:consolidate', { ids: [v.id] })).status, 404);
  assert.equal(snapshot(v.id), before);
  const theirs = (await unit2.get('/api/v1/self-evaluations?limit=500')).body.items;
  assert.ok(theirs.length > 0 && theirs.every((e) => e.unit_id !== v.unit_id));
  const todo = (await unit.get('/api/v1/todos?year=2026')).body.items
    .find((t) => t.kind === 'pending_self_evaluations' && t.link.endsWith('year=2026'));
  assert.equal(todo.count, (await unit.get('/api/v1/self-evaluations?year=2026&status=pending&limit=1')).body.total);
  // Each role's entries: the unit fills; its department fills and consolidates; the office also
  // accepts, opens the year and reads its statistics; the to-dos' links are pages of the menu.
  const titles = async (client) => (await client.get('/api/v1/menu')).body.groups.find((g) => g.title === '绩效自评')
    .items.map((i) => i.title);
  assert.deepEqual(await titles(unit), ['自评填报']);
  assert.deepEqual(await titles(department), ['自评填报', '自评汇总']);
  assert.deepEqual(await titles(office), ['自评填报', '自评汇总', '自评审核', '自评任务', '自评统计']);
  const paths = (await department.get('/api/v1/menu')).body.groups.flatMap((g) => g.items.map((i) => i.path));
  for (const t of (await department.get('/api/v1/todos?year=2026')).body.items.filter((x) => x.kind.includes('self_evaluations')))
    assert.ok(paths.includes(t.link.split('?')[0]), t.link);
});

test('the demo year before is self-evaluated: every state, each account\'s work, scores as a save gives them', async () => {
  const rounds = (await office.get('/api/v1/self-evaluations/rounds?year=2025')).body.items;
  assert.equal(rounds.length, 1);
  assert.equal(rounds[0].evaluations, count(`SELECT COUNT(*) FROM targets WHERE year = 2025 AND status = 'approved'`));
  for (const status of ['pending', 'returned', 'submitted', 'consolidated', 'accepted']) {
    const page = (await office.get(`/api/v1/self-evaluations?year=2025&status=${status}&limit=1`)).body;
    assert.ok(page.total > 0, status);
  }
  // Logged in, each finds its part of the year's work among its to-dos.
  const todos = async (client) => (await client.get('/api/v1/todos?year=2025')).body.items.map((t) => t.kind);
  const mine = await todos(unit);
  assert.ok(mine.includes('pending_self_evaluations') && mine.includes('returned_self_evaluations'), mine.join());
  assert.ok((await todos(department)).includes('department_self_evaluations'));
  assert.ok((await todos(office)).includes('office_self_evaluations'));
  // Done in the spring after: working in 2026, each finds the year before's among its to-dos
  // beside 2026's, each linking to its list of that year.
  const total = async (client, path) => (await client.get(path)).body.total;
  const listed = '/api/v1/self-evaluations?year=2025&limit=1';
  for (const [client, kind, title, link, path] of [
    [unit, 'pending_self_evaluations', '2025 年度绩效自评待填报', '/self-evaluations?status=pending&year=2025', `${listed}&status=pending`],
    [unit, 'returned_self_evaluations', '2025 年度被退回的绩效自评待修改', '/self-evaluations?status=returned&year=2025', `${listed}&status=returned`],
    [department, 'department_self_evaluations', '2025 年度下属单位的绩效自评待部门汇总', '/self-evaluations/department?year=2025', `${listed}&queue=department`],
    [office, 'office_self_evaluations', '2025 年度绩效自评待绩效科确认', '/self-evaluations/office?year=2025', `${listed}&queue=office`],
  ]) {
    const items = (await client.get('/api/v1/todos?year=2026')).body.items.filter((t) => t.kind === kind);
    assert.deepEqual(items.find((t) => t.title === title), { kind, title, count: await total(client, path), link }, kind);
  }
  assert.ok((await unit.get('/api/v1/todos?year=2026')).body.items.some((t) => t.title.startsWith('2026 年度绩效自评')));
  // A returned form carries the office's words; saved again as it stands, nothing changes: its
  // scores are what the scoring gives.
  const returned = (await unit.get('/api/v1/self-evaluations?year=2025&status=returned&limit=1')).body.items[0];
  const v = (await unit.get(`/api/v1/self-evaluations/${returned.id}`)).body;
  assert.ok(v.opinion.length > 0);
  assert.ok(v.indicators.every((i) => i.not_applicable || i.rule.startsWith('R-SE-')));
  const same = v.indicators.map((i) => ({ position: i.position, actual_value: i.actual_value,
    not_applicable: i.not_applicable, deviation_reason: i.deviation_reason, improvement: i.improvement,
    self_score: i.self_score, self_score_reason: i.self_score_reason }));
  const saved = await unit.put(`/api/v1/self-evaluations/${v.id}`, { version: v.version, indicators: same });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.equal(saved.body.version, v.version);
  assert.equal(saved.body.computed_total, v.computed_total);
  // Some units scored themselves above what the rules give: the cases a review looks at.
  const all = (await office.get('/api/v1/self-evaluations?year=2025&status=accepted&limit=500')).body.items;
  assert.ok(all.some((e) => e.self_total !== null && e.self_total > e.computed_total));
  assert.ok(all.some((e) => e.grade !== 'excellent'));
});
