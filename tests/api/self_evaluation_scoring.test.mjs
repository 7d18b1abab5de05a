// 绩效自评重新计分 over HTTP: the office changes the year's R-SE-1 and scores its round again in
// the background; the round's page follows the job's progress to its end, answered evaluations
// carry the new scores and the audit log names them in batches; only the round's own office may
// start it; the command line runs the same job and goes on from a job stopped part way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, jixiaoResult } from './harness.mjs';

let server, office, county, unit, unit2;
let round;
const answered = [];

before(async () => {
  server = await startServer();
  [office, county, unit, unit2] = await Promise.all(
    ['demo_office', 'demo_county_office', 'demo_unit', 'demo_unit2'].map((u) => loggedIn(server.base, u)));
  const opened = await office.post('/api/v1/self-evaluations/rounds', { year: 2026, due: '2027-03-31' });
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  round = opened.body;
  // Two of demo_unit's forms answered at every target.
  const list = (await unit.get('/api/v1/self-evaluations?year=2026&kind=project&status=pending&limit=2')).body;
  for (const item of list.items) {
    const v = (await unit.get(`/api/v1/self-evaluations/${item.id}`)).body;
    const indicators = v.indicators.map((i) => (/^\d+(\.\d+)?$/.test(i.indicator.value) || /^\d{4}-\d{2}-\d{2}$/.test(i.indicator.value)
      ? { position: i.position, actual_value: i.indicator.value } : { position: i.position, not_applicable: true }));
    const saved = await unit.put(`/api/v1/self-evaluations/${item.id}`, { version: v.version, indicators });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    answered.push(saved.body);
  }
});
after(async () => { await server?.stop(); });

const count = (sql) => Number(server.db.query(sql));

async function finished(id) {
  for (let i = 0; i < 600; i++) {
    const r = (await office.get(`/api/v1/self-evaluations/rounds/${id}`)).body;
    if (!r.scoring.running && r.scoring.finished_at) return r;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('the job did not finish');
}

test('the round shows no job before one is started; other roles may not start it', async () => {
  const r = (await county.get(`/api/v1/self-evaluations/rounds/${round.id}`));
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.deepEqual(r.body.scoring, { running: false, done: 0, total: 0, changed: 0, unanswered: 0,
    refused: 0, started_at: '', finished_at: '', by: 0, by_name: '' });
  const audits = count('SELECT COUNT(*) FROM audit_log');
  // The county's office sees its prefecture's round but did not open it; units may not at all.
  for (const [client, status] of [[county, 403], [unit, 403], [unit2, 403]]) {
    const res = await client.post(`/api/v1/self-evaluations/rounds/${round.id}/score`);
    assert.equal(res.status, status, JSON.stringify(res.body));
  }
  assert.equal((await office.post('/api/v1/self-evaluations/rounds/999999/score')).status, 404);
  assert.equal(count('SELECT COUNT(*) FROM audit_log'), audits);
  assert.equal(count(`SELECT COUNT(*) FROM self_evaluation_rounds WHERE score_started_at IS NOT NULL`), 0);
});

test('after R-SE-1 changes the office scores the round again and follows its progress', async () => {
  const put = await office.put('/api/v1/rules/R-SE-1?year=2026', { params: { execution_points: 20,
    output_points: 40, benefit_points: 30, satisfaction_points: 10, cost_points: 0 } });
  assert.equal(put.status, 200, JSON.stringify(put.body));
  const started = await office.post(`/api/v1/self-evaluations/rounds/${round.id}/score`);
  assert.equal(started.status, 202, JSON.stringify(started.body));
  assert.equal(started.body.scoring.running, true);
  const r = await finished(round.id);
  const me = (await office.get('/api/v1/me')).body.user;
  assert.equal(r.scoring.total, round.evaluations);
  assert.equal(r.scoring.done, round.evaluations);
  assert.equal(r.scoring.changed, answered.length);
  assert.equal(r.scoring.unanswered, round.evaluations - answered.length);
  assert.equal(r.scoring.refused, 0);
  assert.equal(r.scoring.by, me.id);
  assert.match(r.scoring.by_name, /张敏/);
  assert.ok(r.scoring.started_at <= r.scoring.finished_at);
  // The list of rounds carries it too.
  const listed = (await office.get('/api/v1/self-evaluations/rounds?year=2026')).body.items.find((x) => x.id === round.id);
  assert.equal(listed.scoring.done, round.evaluations);
  // The answered forms carry the new weights: execution 20 points, the version as the unit left it.
  for (const before of answered) {
    const v = (await unit.get(`/api/v1/self-evaluations/${before.id}`)).body;
    assert.equal(v.version, before.version);
    assert.equal(v.execution.weight, 2000);
    assert.notEqual(v.execution.weight, before.execution.weight);
    assert.equal(v.computed_total, v.execution.score + v.indicators.reduce((a, i) => a + i.computed_score, 0));
  }
  // One audit record per batch that changed scores, naming the evaluations; one for the job.
  const batches = server.db.query(`SELECT after_json FROM audit_log WHERE entity = 'self_evaluation_round'
    AND action = 'score_batch'`).split('\n').filter(Boolean).map((j) => JSON.parse(j));
  assert.deepEqual(batches.flatMap((b) => b.changed.map((c) => c.id)).sort(), answered.map((a) => a.id).sort());
  assert.equal(count(`SELECT COUNT(*) FROM audit_log WHERE entity = 'self_evaluation_round' AND action = 'score'`), 1);
  // Again: nothing changes.
  assert.equal((await office.post(`/api/v1/self-evaluations/rounds/${round.id}/score`)).status, 202);
  assert.equal((await finished(round.id)).scoring.changed, 0);
});

test('the command line runs the same job, and goes on from one stopped part way', async () => {
  const code = server.db.query(`SELECT code FROM regions WHERE id = ${round.region_id}`);
  // A job stopped after its first evaluations, as a shutdown leaves it.
  const first = count(`SELECT MIN(id) FROM self_evaluations WHERE round_id = ${round.id}`);
  server.db.query(`UPDATE self_evaluation_rounds SET score_after_id = ${first}, score_done = 1, score_changed = 0,
    score_finished_at = NULL WHERE id = ${round.id}`);
  const out = jixiaoResult(['self-evaluation', 'score', '--db', server.db.url, '--region', code, '--round', String(round.id)]);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, new RegExp(`scored ${round.evaluations - 1} evaluations .* 0 changed \\(went on from a stopped job\\)`));
  const r = (await office.get(`/api/v1/self-evaluations/rounds/${round.id}`)).body;
  assert.equal(r.scoring.done, round.evaluations);
  assert.ok(r.scoring.finished_at);
  const wrong = jixiaoResult(['self-evaluation', 'score', '--db', server.db.url, '--region', '000000', '--round', String(round.id)]);
  assert.equal(wrong.status, 2);
});
