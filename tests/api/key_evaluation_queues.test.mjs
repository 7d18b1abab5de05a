// What waits for whom in a key evaluation (the list's waiting=1 and the home page's to-dos): the
// agency its commissions to work on, the expert the plans and reports it has not scored in their
// current round, the office the reviews whose every sheet is in, the final reports and the
// results to send; and the final report's score sheets with the score and grade (R-KE-1, R-GR-1).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, office, agency, expert, section;
before(async () => {
  server = await startServer();
  [office, agency, expert, section] = await Promise.all(
    ['demo_office', 'demo_agency', 'demo_expert', 'demo_section'].map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

const q = (sql) => server.db.query(sql);
const now = '2026-03-01T08:00:00Z';
const FREE = `WHERE region_id = 1 AND year = 2025 AND id NOT IN (SELECT project_id FROM assessments)
  AND unit_id NOT IN (SELECT unit_id FROM users WHERE username IN ('demo_unit', 'demo_unit2'))
  AND unit_id NOT IN (SELECT id FROM units WHERE name LIKE '%财经%') ORDER BY amount_fen DESC, id`;
let planned = 0;
function plan() {
  const p = q(`SELECT id || '|' || unit_id || '|' || department_id || '|' || amount_fen FROM projects ${FREE} LIMIT 1 OFFSET ${planned}`)
    .split('|').map(Number);
  const name = `待办测试${++planned}`;
  const officeId = Number(q("SELECT id FROM users WHERE username = 'demo_office'"));
  q(`INSERT INTO key_evaluations (region_id, year, kind, name, project_id, department_id, unit_id, fund_type,
     budget_fen, due, mode, status, created_by, created_at, updated_at) VALUES (1, 2025, 'project', '${name}',
     ${p[0]}, ${p[2]}, ${p[1]}, 'general', ${p[3]}, '2026-09-30', 'agency', 'planned', ${officeId}, '${now}', '${now}')`);
  return { id: Number(q(`SELECT id FROM key_evaluations WHERE name = '${name}'`)), version: 1 };
}
const agencyId = () => Number(q("SELECT agency_id FROM agency_users au JOIN users u ON u.id = au.user_id WHERE u.username = 'demo_agency'"));
const expertId = () => Number(q("SELECT e.id FROM experts e JOIN users u ON u.id = e.user_id WHERE u.username = 'demo_expert'"));
async function step(client, e, body) {
  const res = await client.post(`/api/v1/key-evaluations/${e.id}/steps`, { version: e.version, ...body });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  e.version = res.body.version;
}
const waiting = async (client) => (await client.get('/api/v1/key-evaluations?waiting=1&limit=200')).body.items.map((x) => x.id);
const todo = async (client, kind) => (await client.get('/api/v1/todos?year=2026')).body.items.find((t) => t.kind === kind);
const sheet = { format: 9, completeness: 22, performance: 26, evidence: 18, language: 13 };

test('each step hands the evaluation to whom it waits for, in the list and the to-dos', async () => {
  const e = plan();
  assert.ok(!(await waiting(office)).includes(e.id), 'a planned subject is the plan page\'s');
  await step(office, e, { action: 'commission', agency_id: agencyId(), contract_fee_fen: 1_000_000 });
  assert.ok((await waiting(agency)).includes(e.id));
  const agencyTodo = await todo(agency, 'agency_key_evaluations');
  assert.ok(agencyTodo.count >= 1);
  assert.equal(agencyTodo.link, '/key-evaluations/commissions?waiting=1');
  assert.equal(agencyTodo.count, (await waiting(agency)).length);

  assert.equal((await office.post(`/api/v1/key-evaluations/${e.id}/experts`, { expert_id: expertId() })).status, 200);
  const fd = new FormData();
  fd.append('file', new Blob([Buffer.from('%PDF-1.7\n方案\n')], { type: 'application/pdf' }), '实施方案.pdf');
  assert.equal((await agency.post(`/api/v1/evidence?document_type=key_evaluation&document_id=${e.id}`, fd)).status, 201);
  await step(agency, e, { action: 'submit_plan' });
  // In review: the expert's, not yet the office's.
  assert.ok(!(await waiting(agency)).includes(e.id));
  assert.ok((await waiting(expert)).includes(e.id));
  assert.ok(!(await waiting(office)).includes(e.id));
  const expertTodo = await todo(expert, 'expert_key_evaluations');
  assert.equal(expertTodo.link, '/key-evaluations/reviews?waiting=1');
  assert.equal(expertTodo.count, (await waiting(expert)).length);

  assert.equal((await expert.put(`/api/v1/key-evaluations/${e.id}/quality-sheets/plan`, { scores: sheet })).status, 200);
  assert.ok(!(await waiting(expert)).includes(e.id));
  assert.ok((await waiting(office)).includes(e.id));
  const officeTodo = await todo(office, 'office_key_evaluations');
  assert.equal(officeTodo.link, '/key-evaluations?waiting=1');
  assert.equal(officeTodo.count, (await waiting(office)).length);

  // Sent back and submitted again: a new round, the expert's sheet owed afresh.
  await step(office, e, { action: 'close_plan_review', decision: 'return', opinion: '补充指标' });
  assert.ok((await waiting(agency)).includes(e.id));
  await step(agency, e, { action: 'submit_plan' });
  assert.ok((await waiting(expert)).includes(e.id));
  assert.ok(!(await waiting(office)).includes(e.id));
  // A business section has no queue: waiting=1 lists nothing, and no to-do.
  assert.deepEqual(await waiting(section), []);
  assert.equal(await todo(section, 'office_key_evaluations'), undefined);
});

test('the score sheets answer with the weights before any, and the score and grade after', async () => {
  const e = plan();
  const empty = await office.get(`/api/v1/key-evaluations/${e.id}/score`);
  assert.equal(empty.status, 200, JSON.stringify(empty.body));
  assert.deepEqual(empty.body.parts.map((p) => [p.part, p.label, p.points]),
    [['decision', '决策', '20.00'], ['process', '过程', '20.00'], ['output', '产出', '30.00'], ['benefit', '效益', '30.00']]);
  assert.equal(empty.body.score, null);
  assert.equal(empty.body.rule, 'R-KE-1');
  q(`UPDATE key_evaluations SET mode = 'finance' WHERE id = ${e.id}`);
  await step(office, e, { action: 'start' });
  await step(office, e, { action: 'submit_final', score_sheets: [
    { evaluator: '张评审', scores: { decision: 18, process: 17, output: 26, benefit: 25 } },
    { evaluator: '李评审', scores: { decision: 17, process: 16.5, output: 25, benefit: 24 } }] });
  const s = (await office.get(`/api/v1/key-evaluations/${e.id}/score`)).body;
  assert.deepEqual(s.sheets.map((x) => [x.evaluator, x.total]), [['张评审', '86.00'], ['李评审', '82.50']]);
  assert.equal(s.score.total, '84.25');
  assert.equal(s.score.grade, 'good');
  assert.equal(s.score.grade_label, '良');
  assert.deepEqual(s.score.parts.map((p) => p.score), ['17.50', '16.75', '25.50', '24.50']);
  assert.ok((await waiting(office)).includes(e.id), 'the final report waits for the office');
  // Outside the caller's reading, 404.
  assert.equal((await agency.get(`/api/v1/key-evaluations/${e.id}/score`)).status, 404);
});

test("a policy's sheet keeps R-KE-1's parts under the policy names", async () => {
  const e = plan();
  q(`UPDATE key_evaluations SET kind = 'policy', project_id = NULL WHERE id = ${e.id}`);
  const s = (await office.get(`/api/v1/key-evaluations/${e.id}/score`)).body;
  assert.deepEqual(s.parts.map((p) => [p.code, p.label, p.weight]),
    [['decision', '政策决策', '20.00'], ['process', '政策执行', '20.00'], ['output', '政策产出', '30.00'], ['benefit', '政策效益', '30.00']]);
  assert.equal(s.rule, 'R-KE-1');
});
