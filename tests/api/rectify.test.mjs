// 整改台账 and 预警纠偏告知函 over HTTP: the office issues notices at a checkpoint once, the unit
// answers its finding, the office closes and reopens it; a unit never sees another unit's
// finding, bad input names its field, a stale version is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, unit2, department, office, county;
before(async () => {
  server = await startServer();
  [unit2, department, office, county] = await Promise.all(
    ['demo_unit2', 'demo_department', 'demo_office', 'demo_county_office']
      .map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

const count = (sql) => Number(server.db.query(sql));
const unitOf = (name) => count(`SELECT unit_id FROM users WHERE username = '${name}'`);

test('the office issues notices at a checkpoint once: one per unit, a finding per warned report', async () => {
  const c = await office.post('/api/v1/checkpoints',
    { year: 2026, name: '7月末监控', as_of: '2026-07-31', due: '2026-08-20' });
  assert.equal(c.status, 201, JSON.stringify(c.body));
  const opened = await office.post(`/api/v1/checkpoints/${c.body.id}/open`, { version: c.body.version });
  assert.equal(opened.status, 200, JSON.stringify(opened.body));
  server.db.query(`UPDATE monitoring_reports SET colour = 'red', fired = '[{"rule":"R-MO-4","check":"idle_money","colour":"red","detail":"资金闲置","inputs":{}}]'
    WHERE id IN (SELECT MIN(id) FROM monitoring_reports WHERE checkpoint_id = ${c.body.id} AND project_id IS NOT NULL GROUP BY unit_id ORDER BY unit_id LIMIT 2)`);
  // Not the department's to issue, nor a county's.
  assert.equal((await department.post(`/api/v1/checkpoints/${c.body.id}/notices`, {})).status, 403);
  assert.ok([403, 404].includes((await county.post(`/api/v1/checkpoints/${c.body.id}/notices`, {})).status));
  const first = await office.post(`/api/v1/checkpoints/${c.body.id}/notices`, {});
  assert.equal(first.status, 200, JSON.stringify(first.body));
  assert.equal(first.body.issued, 2);
  assert.equal(first.body.documents.length, 2);
  assert.equal(first.body.documents[0].kind, 'warning_notice');
  assert.match(first.body.documents[0].number, /财绩预〔2026〕\d+号$/);
  const again = await office.post(`/api/v1/checkpoints/${c.body.id}/notices`, {});
  assert.equal(again.body.issued, 0);
  const listed = (await office.get(`/api/v1/checkpoints/${c.body.id}/notices`)).body;
  assert.equal(listed.items.length, 2);
  assert.deepEqual(listed.items.map((n) => [n.findings, n.open]), [[1, 1], [1, 1]]);
  assert.equal(count(`SELECT COUNT(*) FROM findings f JOIN monitoring_reports r ON r.id = f.source_id
    WHERE f.source = 'monitoring_warning' AND r.checkpoint_id = ${c.body.id}`), 2);
  // The printed notice lists the colour and the rule's words.
  const html = await office.get(`/api/v1/documents/${first.body.documents[0].id}`);
  assert.equal(html.status, 200);
  assert.match(JSON.stringify(html.body), /红色重要预警/);
});

test('a finding goes from the unit to the office and back, each step on its timeline', async () => {
  // An open finding of demo_department's own projects (its department answers it).
  const id = count(`SELECT MIN(id) FROM findings WHERE status = 'open' AND unit_id = ${unitOf('demo_department')}`);
  assert.ok(id > 0, 'demo_department has no open finding');
  // Another unit never sees it.
  assert.equal((await unit2.get(`/api/v1/findings/${id}`)).status, 404);
  const theirs = (await unit2.get('/api/v1/findings?year=2026&limit=500')).body.items;
  assert.ok(theirs.every((f) => f.unit_id === unitOf('demo_unit2')), 'a foreign finding listed');
  assert.equal((await unit2.post(`/api/v1/findings/${id}/steps`, { version: 1, action: 'answer', answer: '越权' })).status, 404);

  let f = (await department.get(`/api/v1/findings/${id}`)).body;
  assert.deepEqual(f.actions, ['answer']);
  assert.equal(f.source_label, '监控预警');
  assert.ok(f.document_number);
  const empty = await department.post(`/api/v1/findings/${id}/steps`, { version: f.version, action: 'answer', answer: '' });
  assert.equal(empty.status, 400);
  assert.equal(empty.body.field, 'answer');
  const bad = await department.post(`/api/v1/findings/${id}/steps`, { version: f.version, action: 'approve' });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'action');
  const answered = await department.post(`/api/v1/findings/${id}/steps`,
    { version: f.version, action: 'answer', answer: '已加快支付，完成采购' });
  assert.equal(answered.status, 200, JSON.stringify(answered.body));
  assert.equal(answered.body.status, 'answered');
  // A stale version: 409, nothing changed.
  const stale = await office.post(`/api/v1/findings/${id}/steps`, { version: f.version, action: 'close' });
  assert.equal(stale.status, 409);
  assert.equal(stale.body.field, 'version');
  f = answered.body;
  // The department may not close its own finding.
  assert.equal((await department.post(`/api/v1/findings/${id}/steps`, { version: f.version, action: 'close' })).status, 422);
  const noReason = await office.post(`/api/v1/findings/${id}/steps`, { version: f.version, action: 'reopen' });
  assert.equal(noReason.status, 400);
  assert.equal(noReason.body.field, 'opinion');
  const closed = await office.post(`/api/v1/findings/${id}/steps`, { version: f.version, action: 'close', opinion: '核实到位' });
  assert.equal(closed.body.status, 'closed');
  const reopened = await office.post(`/api/v1/findings/${id}/steps`,
    { version: closed.body.version, action: 'reopen', opinion: '整改不实' });
  assert.equal(reopened.body.status, 'open');
  assert.equal(reopened.body.opinion, '整改不实');
  const history = (await department.get(`/api/v1/findings/${id}/history`)).body.items;
  assert.deepEqual(history.slice(-3).map((h) => h.action), ['answer', 'close', 'reopen']);
});

test('lists filter by status, source and overdue, and bad filters name the parameter', async () => {
  const overdue = (await office.get('/api/v1/findings?year=2026&overdue=1&limit=500')).body;
  assert.ok(overdue.total > 0);
  assert.ok(overdue.items.every((f) => f.overdue && f.status === 'open'));
  const answered = (await office.get('/api/v1/findings?year=2026&status=answered&source=monitoring_warning&limit=5')).body;
  assert.ok(answered.items.every((f) => f.status === 'answered'));
  const bad = await office.get('/api/v1/findings?status=done');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'status');
});

test('statistics: closed ÷ due per R-RA-1, "—" when nothing is due', async () => {
  const st = (await office.get('/api/v1/findings/statistics?year=2026')).body;
  assert.equal(st.total, count('SELECT COUNT(*) FROM findings WHERE year = 2026'));
  assert.ok(st.due > 0);
  assert.equal(st.rate, (Math.round(st.closed * 10000 / st.due) / 100).toFixed(2));
  assert.ok(st.by_department.length > 0);
  const none = (await office.get('/api/v1/findings/statistics?year=2030')).body;
  assert.equal(none.rate, null);
  assert.equal(none.rate_text, '—');
  const missing = await office.get('/api/v1/findings/statistics');
  assert.equal(missing.status, 400);
  assert.equal(missing.body.field, 'year');
});

test('evidence attaches to an open finding by those who answer it, and not once it is answered', async () => {
  const id = count(`SELECT MAX(id) FROM findings WHERE status = 'open' AND unit_id = ${unitOf('demo_department')}`);
  const path = `/api/v1/evidence?document_type=finding&document_id=${id}`;
  const pdf = () => {
    const fd = new FormData();
    fd.append('file', new Blob([Buffer.from('%PDF-1.7\n整改佐证')], { type: 'application/pdf' }), '支付凭证.pdf');
    return fd;
  };
  assert.equal((await unit2.post(path, pdf())).status, 404);
  const up = await department.post(path, pdf());
  assert.equal(up.status, 201, JSON.stringify(up.body));
  assert.equal((await office.get(path)).body.items.length, 1);
  const f = (await department.get(`/api/v1/findings/${id}`)).body;
  await department.post(`/api/v1/findings/${id}/steps`, { version: f.version, action: 'answer', answer: '已支付' });
  assert.equal((await department.post(path, pdf())).status, 403);
});

test('to-dos: open findings wait for those who answer them, answered ones for the office', async () => {
  const mine = (await department.get('/api/v1/todos?year=2026')).body.items.find((t) => t.kind === 'open_findings');
  assert.ok(mine, 'the department has open findings to answer');
  assert.equal(mine.count, (await department.get('/api/v1/findings?year=2026&status=open&limit=1')).body.total);
  assert.equal(mine.link, '/findings?status=open');
  const office_ = (await office.get('/api/v1/todos?year=2026')).body.items.find((t) => t.kind === 'answered_findings');
  assert.ok(office_.count > 0);
  assert.equal((await unit2.get('/api/v1/todos?year=2026')).body.items.find((t) => t.kind === 'answered_findings'), undefined);
});
