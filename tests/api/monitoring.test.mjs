// 绩效运行监控 over HTTP: a checkpoint opened by the office, the spending import (all or nothing,
// each bad row named), a report from its department through the section to the office, and bad
// input answered with the field and nothing changed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, unit2, department, section, office, county;
let checkpoint;
before(async () => {
  server = await startServer();
  [unit2, department, section, office, county] = await Promise.all(
    ['demo_unit2', 'demo_department', 'demo_section', 'demo_office', 'demo_county_office']
      .map((u) => loggedIn(server.base, u)));
  const c = await office.post('/api/v1/checkpoints',
    { year: 2026, name: '6月末监控', as_of: '2026-06-30', due: '2026-07-20' });
  assert.equal(c.status, 201, JSON.stringify(c.body));
  const o = await office.post(`/api/v1/checkpoints/${c.body.id}/open`, { version: c.body.version });
  assert.equal(o.status, 200, JSON.stringify(o.body));
  checkpoint = o.body;
});
after(async () => { await server?.stop(); });

const count = (sql) => Number(server.db.query(sql));

async function departmentReport() {
  const list = (await department.get(`/api/v1/monitoring-reports?checkpoint_id=${checkpoint.id}&limit=50`)).body;
  const item = list.items.find((r) => r.project_id && r.status === 'pending');
  assert.ok(item, JSON.stringify(list).slice(0, 300));
  return (await department.get(`/api/v1/monitoring-reports/${item.id}`)).body;
}

function answers(view, likelihood = 'certain') {
  return view.indicators.map((i) => ({ position: i.position,
    // A number where the target is one; else the target's own words or date, of its kind.
    value_so_far: /^[\d.]+$/.test(i.indicator.value) ? '1' : i.indicator.value,
    projected_value: i.indicator.value,
    likelihood, reason: likelihood === 'certain' ? '' : 'funding',
    correction: likelihood === 'certain' ? '' : '申请追加经费' }));
}

test('opening a checkpoint gives every monitored target one report, and the office sees them all', async () => {
  const monitored = count(`SELECT COUNT(*) FROM targets t LEFT JOIN projects p ON p.id = t.project_id
    WHERE t.year = 2026 AND t.status IN ('approved', 'adjusting') AND (p.id IS NULL OR p.status IN ('approved', 'executing', 'completed'))`);
  assert.equal(checkpoint.reports, monitored);
  assert.equal(checkpoint.status, 'open');
  assert.equal(checkpoint.status_label, '填报中');
  const all = (await office.get(`/api/v1/monitoring-reports?checkpoint_id=${checkpoint.id}&limit=1`)).body;
  assert.equal(all.total, monitored);
  // The county sees the checkpoint that covers it, and only its own reports.
  const seen = (await county.get('/api/v1/checkpoints?year=2026')).body.items;
  assert.deepEqual(seen.map((c) => c.as_of), ['2026-05-31', '2026-06-30', '2026-08-31', '2026-12-31']);
  const mine = (await county.get(`/api/v1/monitoring-reports?checkpoint_id=${checkpoint.id}&limit=1`)).body;
  const countyRegion = (await county.get('/api/v1/me')).body.user.region_id;
  const expected = count(`SELECT COUNT(*) FROM monitoring_reports WHERE checkpoint_id = ${checkpoint.id}
    AND region_id IN (SELECT id FROM regions WHERE path LIKE (SELECT path FROM regions WHERE id = ${countyRegion}) || '%')`);
  assert.equal(mine.total, expected);
  assert.ok(expected > 0 && expected < monitored);
});

test('checkpoint set-up refuses bad dates, an overlap and other roles, naming the field', async () => {
  const before = count('SELECT COUNT(*) FROM checkpoints');
  const cases = [
    [{ year: 2026, name: '错', as_of: '2025-05-31', due: '2026-06-20' }, 'as_of'],
    [{ year: 2026, name: '错', as_of: '2026-02-30', due: '2026-06-20' }, 'as_of'],
    [{ year: 2026, name: '错', as_of: '2026-08-31', due: '2026-08-01' }, 'due'],
    [{ year: 2026, name: '', as_of: '2026-08-31', due: '2026-09-20' }, 'name'],
  ];
  for (const [body, field] of cases) {
    const res = await office.post('/api/v1/checkpoints', body);
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.equal(res.body.field, field);
    assert.match(res.body.detail, /[\u4e00-\u9fa5]/);
  }
  const overlap = await county.post('/api/v1/checkpoints', { year: 2026, name: '县6月末', as_of: '2026-06-30', due: '2026-07-20' });
  assert.equal(overlap.status, 409);
  assert.equal(overlap.body.field, 'as_of');
  assert.equal((await department.post('/api/v1/checkpoints', { year: 2026, name: '部门', as_of: '2026-07-31', due: '2026-08-20' })).status, 403);
  assert.equal(count('SELECT COUNT(*) FROM checkpoints'), before);
});

test('the spending import writes every row or none, and the series shows on the project', async () => {
  const row = server.db.query(`SELECT p.code || '|' || p.id || '|' || p.amount_fen FROM projects p
    JOIN targets t ON t.project_id = p.id WHERE p.year = 2026 AND p.region_id = 1 AND t.status = 'approved'
    AND p.status IN ('approved', 'executing', 'completed')
    AND p.amount_fen > 10000000 ORDER BY p.id LIMIT 1`);
  const [code, id, amount] = row.split('|');
  const header = '项目编码,截至日期,累计支出（万元）\n';
  const before = count('SELECT COUNT(*) FROM executions');
  const over = (Number(amount) / 1_000_000 + 1).toFixed(2);
  const bad = await office.post('/api/v1/executions:import?year=2026',
    `${header}${code},2026-03-31,1\n${code},2026-13-01,1\nNOPE,2026-03-31,1\n${code},2026-04-30,${over}\n`,
    { headers: { 'content-type': 'text/csv' } });
  assert.equal(bad.status, 400, JSON.stringify(bad.body));
  assert.deepEqual(bad.body.errors.map((e) => [e.row, e.column]),
    [[3, '截至日期'], [4, '项目编码'], [5, '累计支出（万元）']]);
  assert.equal(count('SELECT COUNT(*) FROM executions'), before);
  const good = await office.post('/api/v1/executions:import?year=2026',
    `${header}${code},2026-03-31,1\n${code},2026-04-30,2.5\n`, { headers: { 'content-type': 'text/csv' } });
  assert.equal(good.status, 200, JSON.stringify(good.body));
  assert.equal(good.body.imported, 2);
  const series = (await office.get(`/api/v1/projects/${id}/executions`)).body.items;
  const figure = (d) => series.filter((e) => e.as_of === d).map((e) => [e.executed_fen, e.source_label]);
  assert.deepEqual(figure('2026-03-31'), [[1_000_000, '预算执行系统导入']]);
  assert.deepEqual(figure('2026-04-30'), [[2_500_000, '预算执行系统导入']]);
  assert.deepEqual(series.map((e) => e.as_of), [...series.map((e) => e.as_of)].sort());
  // A unit may not import; another unit never sees the series.
  assert.equal((await unit2.post('/api/v1/executions:import?year=2026', `${header}${code},2026-03-31,1\n`,
    { headers: { 'content-type': 'text/csv' } })).status, 403);
  assert.equal((await unit2.get(`/api/v1/projects/${id}/executions`)).status, 404);
});

test('a report goes from its department through the section to the office, every step on its timeline', async () => {
  let v = await departmentReport();
  assert.deepEqual(v.actions, ['edit', 'submit']);
  assert.equal(v.status_label, '待填报');
  assert.ok(v.indicators.length > 0 && v.indicators[0].indicator.name);
  const budget = v.budget_fen;
  // Incomplete: refused, naming the first indicator not filled.
  const early = await department.post(`/api/v1/monitoring-reports/${v.id}/steps`, { version: v.version, action: 'submit' });
  assert.equal(early.status, 400);
  assert.equal(early.body.field, 'indicators[0].value_so_far');
  const saved = await department.put(`/api/v1/monitoring-reports/${v.id}`, { version: v.version,
    executed_fen: Math.floor(budget / 4), spending_reason: '项目按计划推进', indicators: answers(v, 'possible') });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  v = saved.body;
  assert.equal(v.executed_fen, Math.floor(budget / 4));
  assert.equal(v.indicators[0].likelihood_label, '有可能');
  assert.equal(v.indicators[0].reason_label, '经费保障');
  // The figure entered by hand joined the project's series as of the checkpoint date.
  assert.ok(v.series.some((e) => e.as_of === '2026-06-30' && e.source === 'manual' &&
    e.executed_fen === Math.floor(budget / 4)));
  v = (await department.post(`/api/v1/monitoring-reports/${v.id}/steps`, { version: v.version, action: 'submit' })).body;
  assert.equal(v.status, 'submitted');
  // The office waits for the section in charge; the section passes it on.
  assert.ok(!(await office.get(`/api/v1/monitoring-reports/${v.id}`)).body.actions.includes('decide'));
  const queue = (await section.get(`/api/v1/monitoring-reports?checkpoint_id=${checkpoint.id}&queue=section&limit=500`)).body;
  assert.ok(queue.items.some((r) => r.id === v.id));
  v = (await section.post(`/api/v1/monitoring-reports/${v.id}/steps`, { version: v.version, action: 'check', decision: 'pass' })).body;
  assert.equal(v.status, 'checked');
  const back = await office.post(`/api/v1/monitoring-reports/${v.id}/steps`,
    { version: v.version, action: 'decide', decision: 'return', opinion: '请补充纠偏措施的时间安排' });
  assert.equal(back.status, 200);
  assert.equal(back.body.status, 'returned');
  assert.equal(back.body.opinion, '请补充纠偏措施的时间安排');
  const history = (await department.get(`/api/v1/monitoring-reports/${v.id}/history`)).body.items;
  assert.deepEqual(history.map((h) => h.action), ['save', 'submit', 'pass', 'return']);
});

test('bad input names its field and changes nothing; a stale version is a conflict', async () => {
  const v = await departmentReport();
  const base = { version: v.version, indicators: answers(v) };
  const before = server.db.query(`SELECT version || status FROM monitoring_reports WHERE id = ${v.id}`);
  const cases = [
    [{ ...base, executed_fen: -1 }, 'executed_fen', 400],
    [{ ...base, executed_fen: v.budget_fen + 1 }, 'executed_fen', 400],
    [{ ...base, indicators: [{ position: 0, likelihood: 'maybe' }] }, 'indicators[0].likelihood', 400],
    [{ ...base, indicators: [{ position: 0, reason: 'weather' }] }, 'indicators[0].reason', 400],
    [{ ...base, indicators: [{ position: 999 }] }, 'indicators[0].position', 400],
    [{ ...base, indicators: [{ position: 0 }, { position: 0 }] }, 'indicators[1].position', 400],
    [{ ...base, version: v.version + 5 }, 'version', 409],
  ];
  for (const [body, field, status] of cases) {
    const res = await department.put(`/api/v1/monitoring-reports/${v.id}`, body);
    assert.equal(res.status, status, `${field}: ${JSON.stringify(res.body)}`);
    assert.equal(res.body.field, field);
  }
  assert.equal(server.db.query(`SELECT version || status FROM monitoring_reports WHERE id = ${v.id}`), before);
  // Another unit's report is not there at all.
  assert.equal((await unit2.get(`/api/v1/monitoring-reports/${v.id}`)).status, 404);
  assert.equal((await unit2.put(`/api/v1/monitoring-reports/${v.id}`, base)).status, 404);
});

test('the warning rules answer a form without saving anything, under the caller region\'s rules', async () => {
  const before = server.db.query('SELECT COUNT(*) FROM audit_log');
  const body = { year: 2026, as_of: '2026-05-31', budget_fen: 100_000_000, executed_fen: 0, report_overdue: false,
    indicators: [{ category: 'output', subcategory: 'quantity', name: '培训人次', comparator: '>=', value: '200',
      unit: '人次', weight: 20, value_so_far: '80', likelihood: 'impossible', projected_value: '100' }] };
  const res = await department.post('/api/v1/monitoring:evaluate', body);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.colour, 'red');
  assert.equal(res.body.time_progress, '41.37');
  assert.equal(res.body.execution_rate, '0.00');
  assert.deepEqual(res.body.fired.map((f) => `${f.check}:${f.colour}`),
    ['spending_behind:red', 'schedule_floor:red', 'progress_mismatch:blue', 'indicator_impossible:red']);
  assert.ok(res.body.fired.every((f) => f.rule === 'R-MO-4' && /[\u4e00-\u9fa5]/.test(f.detail)));
  // The prefecture switches the spending rule off for the year: the answer follows.
  const rule = (await office.get('/api/v1/rules?year=2026')).body.items.find((r) => r.id === 'R-MO-4');
  const put = await office.put('/api/v1/rules/R-MO-4?year=2026', { params: { ...rule.params, spending_behind: false } });
  assert.equal(put.status, 200, JSON.stringify(put.body));
  const after = (await department.post('/api/v1/monitoring:evaluate', body)).body;
  assert.ok(!after.fired.some((f) => f.check === 'spending_behind'));
  await office.delete('/api/v1/rules/R-MO-4?year=2026');
  // Bad input names its field; nothing is ever written by this route.
  for (const [change, field] of [[{ as_of: '2025-12-31' }, 'as_of'], [{ executed_fen: -1 }, 'executed_fen'],
    [{ executed_fen: 100_000_001 }, 'executed_fen'],
    [{ indicators: [{ ...body.indicators[0], likelihood: 'maybe' }] }, 'indicators[0].likelihood']]) {
    const bad = await department.post('/api/v1/monitoring:evaluate', { ...body, ...change });
    assert.equal(bad.status, 400, JSON.stringify(bad.body));
    assert.equal(bad.body.field, field);
  }
  assert.equal(Number(server.db.query('SELECT COUNT(*) FROM audit_log')) - Number(before), 2);  // the rule's set and reset
});

test('a submitted report carries the colour its answers lead to, with every rule that fired', async () => {
  const v = await departmentReport();
  const saved = (await department.put(`/api/v1/monitoring-reports/${v.id}`, { version: v.version,
    executed_fen: 0, indicators: answers(v, 'impossible') })).body;
  const sent = (await department.post(`/api/v1/monitoring-reports/${v.id}/steps`, { version: saved.version, action: 'submit' })).body;
  assert.equal(sent.status, 'submitted', JSON.stringify(sent));
  assert.equal(sent.colour, 'red');
  assert.equal(sent.colour_label, '红色重要预警');
  assert.ok(sent.fired.some((f) => f.check === 'indicator_impossible'));
  assert.equal(sent.time_progress, '49.59');
  const row = (await office.get(`/api/v1/monitoring-reports?checkpoint_id=${checkpoint.id}&colour=red&limit=500`)).body;
  assert.ok(row.items.some((r) => r.id === v.id));
});

test('the office runs the warnings over a checkpoint in the background and the page follows it', async () => {
  assert.equal((await department.post(`/api/v1/checkpoints/${checkpoint.id}/run`)).status, 403);
  assert.equal((await county.post(`/api/v1/checkpoints/${checkpoint.id}/run`)).status, 403);
  const started = await office.post(`/api/v1/checkpoints/${checkpoint.id}/run`);
  assert.equal(started.status, 202, JSON.stringify(started.body));
  let c;
  for (let i = 0; i < 100; i++) {
    c = (await office.get(`/api/v1/checkpoints/${checkpoint.id}`)).body;
    if (!c.run.running && c.run.finished_at) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(c.run.finished_at, JSON.stringify(c));
  assert.equal(c.run.evaluated, checkpoint.reports);
  // Today is after the due date: the reports still with their units are missing, so red.
  const missing = count(`SELECT COUNT(*) FROM monitoring_reports WHERE checkpoint_id = ${checkpoint.id}
    AND status IN ('pending', 'returned')`);
  const red = (await office.get(`/api/v1/monitoring-reports?checkpoint_id=${checkpoint.id}&colour=red&limit=1`)).body;
  assert.ok(red.total >= missing && missing > 0, `${red.total} red, ${missing} missing`);
  assert.equal(count(`SELECT COUNT(*) FROM audit_log WHERE entity = 'checkpoint' AND entity_id = ${checkpoint.id}
    AND action = 'run'`), 1);
  // The county sees when the run on the checkpoint that covers it ended, not its counts over
  // the regions beside it.
  const seen = (await county.get(`/api/v1/checkpoints/${checkpoint.id}`)).body;
  assert.equal(seen.run.finished_at, c.run.finished_at);
  assert.equal(seen.partial, true);
  assert.equal(seen.run.evaluated, undefined);
  assert.equal(seen.run.changed, undefined);
});

test('a checkpoint counts the reports its reader can read: the whole region\'s for its office, its own for the rest', async () => {
  const total = count(`SELECT COUNT(*) FROM monitoring_reports WHERE checkpoint_id = ${checkpoint.id}`);
  const mine = async (client) => (await client.get(`/api/v1/monitoring-reports?checkpoint_id=${checkpoint.id}&limit=1`)).body.total;
  const seenBy = async (client) => {
    const listed = (await client.get('/api/v1/checkpoints?year=2026')).body.items.find((c) => c.id === checkpoint.id);
    const one = (await client.get(`/api/v1/checkpoints/${checkpoint.id}`)).body;
    assert.equal(listed.reports, one.reports);
    assert.equal(listed.partial, one.partial);
    return one;
  };
  const whole = await seenBy(office);
  assert.equal(whole.reports, total);
  assert.equal(whole.partial, false);
  for (const client of [county, section, department, unit2]) {
    const part = await seenBy(client);
    assert.equal(part.partial, true);
    assert.equal(part.reports, await mine(client));
    assert.ok(part.reports < total, `${part.reports} of ${total}`);
  }
  assert.ok(await mine(unit2) > 0);
  // A report's page carries its checkpoint as its reader sees it.
  const report = (await unit2.get(`/api/v1/monitoring-reports?checkpoint_id=${checkpoint.id}&limit=1`)).body.items[0];
  const page = (await unit2.get(`/api/v1/monitoring-reports/${report.id}`)).body;
  assert.equal(page.checkpoint.reports, await mine(unit2));
  assert.equal(page.checkpoint.partial, true);
});

test('the home page\'s to-dos count the reports waiting for each, and link to them', async () => {
  // One more report submitted, so that the section has one to check.
  const v = await departmentReport();
  const saved = await department.put(`/api/v1/monitoring-reports/${v.id}`, { version: v.version, indicators: answers(v) });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const sent = await department.post(`/api/v1/monitoring-reports/${v.id}/steps`, { version: saved.body.version, action: 'submit' });
  assert.equal(sent.status, 200, JSON.stringify(sent.body));
  const todos = async (client) => (await client.get('/api/v1/todos?year=2026')).body.items;
  const total = async (client, q) => (await client.get(`/api/v1/monitoring-reports?year=2026&${q}&limit=1`)).body.total;
  const mine = await todos(department);
  const pending = mine.find((t) => t.kind === 'pending_monitoring_reports');
  assert.equal(pending.count, await total(department, 'status=pending'));
  assert.equal(pending.link, '/monitoring/reports?status=pending');
  // The report the office returned waits for its department again.
  const returned = mine.find((t) => t.kind === 'returned_monitoring_reports');
  assert.ok(returned.count >= 1);
  assert.equal(returned.count, await total(department, 'status=returned'));
  // Finance's queues: what waits for the section's check and the office's decision.
  for (const [client, kind, queue] of [[section, 'section_monitoring_reports', 'section'], [office, 'office_monitoring_reports', 'office']]) {
    const expected = await total(client, `queue=${queue}`);
    const todo = (await todos(client)).find((t) => t.kind === kind);
    assert.equal(todo?.count ?? 0, expected, kind);
    if (todo) assert.equal(todo.link, `/monitoring/reports?queue=${queue}`);
  }
  assert.ok((await todos(section)).some((t) => t.kind === 'section_monitoring_reports'), 'the section has one to check');
  // Filling reports is not the office's to-do.
  assert.ok(!(await todos(office)).some((t) => t.kind === 'pending_monitoring_reports'));
});

test('a month ahead, the office forecasts a planned checkpoint from each project\'s pace, and units see their own', async () => {
  // The demo's year-end checkpoint was forecast on 1 December.
  const year = (await office.get('/api/v1/checkpoints?year=2026')).body.items;
  const december = year.find((c) => c.as_of === '2026-12-31');
  assert.equal(december.status, 'planned');
  const all = (await office.get(`/api/v1/checkpoints/${december.id}/early-warnings?limit=5`)).body;
  assert.ok(all.total > 0);
  const w = all.items[0];
  assert.equal(w.projected, true);
  assert.ok(['blue', 'red'].includes(w.colour));
  assert.ok(w.projected_fen >= w.executed_fen && w.projected_fen <= w.budget_fen);
  assert.ok(w.fired.length > 0 && w.fired.every((f) => f.rule === 'R-MO-4'));
  // A forecast again replaces the rows; today is still before the checkpoint date.
  const again = await office.post(`/api/v1/checkpoints/${december.id}/forecast`);
  assert.equal(again.status, 200, JSON.stringify(again.body));
  assert.equal(again.body.blue + again.body.red,
    (await office.get(`/api/v1/checkpoints/${december.id}/early-warnings?limit=1`)).body.total);
  // A department reads only its own projects' early warnings; the forecast is the office's.
  const mine = (await department.get(`/api/v1/checkpoints/${december.id}/early-warnings?limit=200`)).body;
  const me = (await department.get('/api/v1/me')).body.user;
  assert.ok(mine.items.every((x) => x.department_id === me.department_id));
  assert.equal((await department.post(`/api/v1/checkpoints/${december.id}/forecast`)).status, 403);
  // An open checkpoint is measured, not forecast.
  assert.equal((await office.post(`/api/v1/checkpoints/${checkpoint.id}/forecast`)).status, 422);
});

test('before saving new thresholds, the office sees how many projects and how much money would change colour', async () => {
  const rule = (await office.get('/api/v1/rules?year=2026')).body.items.find((r) => r.id === 'R-MO-4');
  const before = server.db.query('SELECT COUNT(*) FROM rule_settings');
  const res = await office.post('/api/v1/monitoring:preview-rules',
    { year: 2026, params: { ...rule.params, spending_behind: false, schedule_floor: false } });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const p = res.body;
  assert.ok(p.checkpoint.id);
  const sum = (key) => p.by_department.reduce((n, r) => n + r[key], 0);
  assert.equal(sum('reports'), p.total.reports);
  assert.equal(sum('changed'), p.total.changed);
  assert.equal(p.total.now.none + p.total.now.blue + p.total.now.red, p.total.reports);
  assert.equal(p.total.proposed.none + p.total.proposed.blue + p.total.proposed.red, p.total.reports);
  // Switching the spending rules off clears warnings, never adds red ones.
  assert.ok(p.total.changed > 0);
  assert.ok(p.total.proposed.red <= p.total.now.red);
  assert.ok(p.by_department[0].changed > 0 && p.by_department[0].department_name);
  // Nothing was saved; bad thresholds are named; only the office previews.
  assert.equal(server.db.query('SELECT COUNT(*) FROM rule_settings'), before);
  const bad = await office.post('/api/v1/monitoring:preview-rules',
    { year: 2026, params: { ...rule.params, spending_behind_blue_points: 50 } });
  assert.equal(bad.status, 400);
  assert.match(bad.body.field, /^params\.spending_behind/);
  assert.equal((await department.post('/api/v1/monitoring:preview-rules', { year: 2026, params: rule.params })).status, 403);
});

test('early warnings page by cursor or offset alike, and a unit\'s to-do counts its own warned projects', async () => {
  const december = (await office.get('/api/v1/checkpoints?year=2026')).body.items.find((c) => c.as_of === '2026-12-31');
  const path = `/api/v1/checkpoints/${december.id}/early-warnings`;
  const first = (await office.get(`${path}?limit=7`)).body;
  assert.ok(first.total > 14 && first.next_cursor, JSON.stringify(first).slice(0, 200));
  const byCursor = (await office.get(`${path}?limit=7&cursor=${encodeURIComponent(first.next_cursor)}`)).body;
  const byOffset = (await office.get(`${path}?limit=7&offset=7`)).body;
  assert.deepEqual(byOffset.items.map((w) => w.project_id), byCursor.items.map((w) => w.project_id));
  assert.ok(byOffset.items[0].project_id > first.items.at(-1).project_id);
  assert.equal((await office.get(`${path}?offset=-1`)).status, 400);
  // Units and departments are told of their projects the forecast would warn; finance is not.
  const todos = async (client) => (await client.get('/api/v1/todos?year=2026')).body.items;
  let told = 0;
  for (const client of [unit2, department]) {
    const expected = (await client.get(`${path}?limit=1`)).body.total;
    const todo = (await todos(client)).find((t) => t.kind === 'early_warnings');
    assert.equal(todo?.count ?? 0, expected);
    if (todo) {
      told += 1;
      assert.equal(todo.link, `/monitoring/checkpoints/${december.id}`);
      assert.match(todo.title, /^“12月末监控”提前预警/);
    }
  }
  assert.ok(told > 0, 'a demo unit has early warnings');
  assert.ok(!(await todos(office)).some((t) => t.kind === 'early_warnings'));
  // Once the checkpoint opens, its measured colours take over: no more to-do.
  server.db.query(`UPDATE checkpoints SET status = 'open' WHERE id = ${december.id}`);
  try {
    assert.ok(!(await todos(department)).some((t) => t.kind === 'early_warnings'));
  } finally {
    server.db.query(`UPDATE checkpoints SET status = 'planned' WHERE id = ${december.id}`);
  }
});

test('a checkpoint\'s notices carry their due date and how many findings are open past it', async () => {
  const august = (await office.get('/api/v1/checkpoints?year=2026')).body.items.find((c) => c.name === '8月末监控');
  const notices = (await office.get(`/api/v1/checkpoints/${august.id}/notices`)).body.items;
  assert.ok(notices.length > 0);
  const today = new Date().toISOString().slice(0, 10);
  for (const n of notices) {
    assert.match(n.due, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(n.findings, n.open + n.answered + n.closed);
    assert.equal(n.overdue, count(`SELECT COUNT(*) FROM findings WHERE document_id = ${n.id} AND status = 'open' AND due < '${today}'`));
    assert.equal(n.due, server.db.query(`SELECT MAX(due) FROM findings WHERE document_id = ${n.id}`));
  }
  // Past its due date, an open finding makes its notice overdue.
  const n = notices.find((x) => x.open > 0);
  assert.ok(n, 'a notice with open findings');
  server.db.query(`UPDATE findings SET due = '2026-01-31' WHERE document_id = ${n.id}`);
  const after = (await office.get(`/api/v1/checkpoints/${august.id}/notices`)).body.items.find((x) => x.id === n.id);
  assert.equal(after.overdue, after.open);
  assert.equal(after.due, '2026-01-31');
  // A department lists only the notices addressed within its scope.
  const mine = (await department.get(`/api/v1/checkpoints/${august.id}/notices`)).body.items;
  assert.ok(mine.length < notices.length && mine.every((x) => notices.some((y) => y.id === x.id)));
});
