// A key evaluation's workflow over HTTP (R-KE-1, R-KE-3, R-KE-4): demo_office commissions
// demo_agency's agency for a subject of its plan, assigns demo_expert, the agency uploads its plan
// and submits it, the expert scores it, the office closes the review; the draft report scores
// below the bar and goes back for rework, is scored again and passes; the final report with its
// score sheets is finalised with a grade, the fee capped after the rework. Refusals name the
// field and change nothing; another agency's account never sees the commission.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, Client } from './harness.mjs';

let server, office, agency, expert, county, unit, unit2;
before(async () => {
  server = await startServer();
  [office, agency, expert, county, unit, unit2] = await Promise.all(
    ['demo_office', 'demo_agency', 'demo_expert', 'demo_county_office', 'demo_unit', 'demo_unit2']
      .map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

const q = (sql) => server.db.query(sql);
const count = (sql) => Number(q(sql));
const now = '2026-03-01T08:00:00Z';

// A subject of the prefecture's plan for 2025, inserted as the plan's page would (mode agency).
let planned = 0;
function plan(projectSql, mode = 'agency') {
  const p = q(`SELECT id || '|' || unit_id || '|' || department_id || '|' || amount_fen FROM projects ${projectSql} LIMIT 1`)
    .split('|').map(Number);
  assert.ok(p[0] > 0, projectSql);
  const name = `重点评价测试${++planned}`;
  const officeId = Number(q("SELECT id FROM users WHERE username = 'demo_office'"));
  q(`INSERT INTO key_evaluations (region_id, year, kind, name, project_id, department_id, unit_id, fund_type,
     budget_fen, due, mode, status, created_by, created_at, updated_at) VALUES (1, 2025, 'project', '${name}',
     ${p[0]}, ${p[2]}, ${p[1]}, 'general', ${p[3]}, '2026-09-30', '${mode}', 'planned', ${officeId}, '${now}', '${now}')`);
  return { id: Number(q(`SELECT id FROM key_evaluations WHERE name = '${name}'`)), version: 1, project: p[0] };
}

// A 2025 project of the prefecture nobody assessed, of a unit no demo expert avoids.
const FREE = `WHERE region_id = 1 AND year = 2025 AND id NOT IN (SELECT project_id FROM assessments)
  AND unit_id NOT IN (SELECT unit_id FROM users WHERE username IN ('demo_unit', 'demo_unit2'))
  AND unit_id NOT IN (SELECT id FROM units WHERE name LIKE '%财经%') ORDER BY amount_fen DESC, id`;

const agencyId = () => Number(q("SELECT agency_id FROM agency_users au JOIN users u ON u.id = au.user_id WHERE u.username = 'demo_agency'"));
const expertId = () => Number(q("SELECT e.id FROM experts e JOIN users u ON u.id = e.user_id WHERE u.username = 'demo_expert'"));

function pdf(name) {
  const fd = new FormData();
  fd.append('file', new Blob([Buffer.from('%PDF-1.7\n实施方案\n')], { type: 'application/pdf' }), name);
  return fd;
}

async function step(client, e, body, status = 200) {
  const res = await client.post(`/api/v1/key-evaluations/${e.id}/steps`, { version: e.version, ...body });
  assert.equal(res.status, status, JSON.stringify(res.body));
  if (status === 200) Object.assign(e, { version: res.body.version, status: res.body.status });
  return res;
}

const four = (decision, process, output, benefit) => ({ decision, process, output, benefit });
const sheet = (f, c, p, ev, l) => ({ format: f, completeness: c, performance: p, evidence: ev, language: l });

test('from the commission to the finalised report, with the rework, the quality score and the capped fee', async () => {
  const e = plan(FREE);
  const noFee = await step(office, e, { action: 'commission', agency_id: agencyId() }, 400);
  assert.equal(noFee.body.field, 'contract_fee_fen');
  // 滇南诚远 has a contract of 2026 only, none for a plan of 2020's money; 云岭明德 is suspended.
  const noContract = plan(FREE);
  const chengyuan = Number(q("SELECT id FROM agencies WHERE name LIKE '滇南诚远%'"));
  q(`UPDATE key_evaluations SET year = 2020 WHERE id = ${noContract.id}`);
  const uncontracted = await step(office, noContract, { action: 'commission', agency_id: chengyuan, contract_fee_fen: 1 }, 400);
  assert.equal(uncontracted.body.field, 'agency_id');
  assert.match(uncontracted.body.detail, /合同/);
  const suspended = Number(q("SELECT id FROM agencies WHERE status = 'suspended'"));
  assert.equal((await step(office, e, { action: 'commission', agency_id: suspended, contract_fee_fen: 1 }, 400)).body.field, 'agency_id');
  const c = await step(office, e, { action: 'commission', agency_id: agencyId(), contract_fee_fen: 30_000_000 });
  assert.equal(c.body.status, 'commissioned');
  assert.equal(c.body.agency_id, agencyId());
  assert.equal(c.body.contract_fee_fen, 30_000_000);

  // The agency sees its commission; it cannot submit a plan before uploading one.
  const seen = await agency.get(`/api/v1/key-evaluations/${e.id}/fee`);
  assert.equal(seen.status, 200, JSON.stringify(seen.body));
  assert.equal(seen.body.state, 'pending');
  const early = await step(agency, e, { action: 'submit_plan' }, 400);
  assert.equal(early.body.field, 'evidence');

  const assigned = await office.post(`/api/v1/key-evaluations/${e.id}/experts`, { expert_id: expertId() });
  assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
  assert.deepEqual(assigned.body.items.map((x) => [x.name, x.scored]), [['吴建国', false]]);
  const twice = await office.post(`/api/v1/key-evaluations/${e.id}/experts`, { expert_id: expertId() });
  assert.equal(twice.status, 400);
  assert.equal(twice.body.field, 'expert_id');

  const up = await agency.post(`/api/v1/evidence?document_type=key_evaluation&document_id=${e.id}`, pdf('实施方案.pdf'));
  assert.equal(up.status, 201, JSON.stringify(up.body));
  const plan1 = await step(agency, e, { action: 'submit_plan' });
  assert.equal(plan1.body.status, 'plan_review');
  // The expert reads the plan the agency uploaded.
  const files = await expert.get(`/api/v1/evidence?document_type=key_evaluation&document_id=${e.id}`);
  assert.equal(files.status, 200);
  assert.equal(files.body.items.length, 1);

  // Closing before the expert scored names the experts.
  const unscored = await step(office, e, { action: 'close_plan_review', decision: 'pass' }, 400);
  assert.equal(unscored.body.field, 'experts');
  assert.match(unscored.body.detail, /吴建国/);
  const planSheet = await expert.put(`/api/v1/key-evaluations/${e.id}/quality-sheets/plan`,
    { scores: sheet(9, 22, 26, 18, 13), comment: '方案基本可行' });
  assert.equal(planSheet.status, 200, JSON.stringify(planSheet.body));
  assert.equal(planSheet.body.stages[0].sheets[0].total, '88.00');
  assert.equal(planSheet.body.stages[0].quality, null);  // an expert sees its own sheet only
  // An expert who scored stays assigned.
  const keep = await office.delete(`/api/v1/key-evaluations/${e.id}/experts/${expertId()}`);
  assert.equal(keep.status, 422);
  // Sent back with an opinion, the plan is submitted again and scored afresh (round 2).
  await step(office, e, { action: 'close_plan_review', decision: 'return', opinion: '补充评价指标体系' });
  assert.equal(e.status, 'commissioned');
  await step(agency, e, { action: 'submit_plan' });
  const stale = await step(office, e, { action: 'close_plan_review', decision: 'pass' }, 400);
  assert.equal(stale.body.field, 'experts');
  await expert.put(`/api/v1/key-evaluations/${e.id}/quality-sheets/plan`, { scores: sheet(9, 23, 27, 18, 14) });
  const round2 = (await office.get(`/api/v1/key-evaluations/${e.id}/quality-sheets`)).body;
  assert.equal(round2.stages[0].round, 2);
  assert.equal(round2.stages[0].quality.score, '91.00');
  assert.deepEqual(round2.earlier.map((x) => [x.stage, x.round, x.total]), [['plan', 1, '88.00']]);
  await step(office, e, { action: 'close_plan_review', decision: 'pass' });
  assert.equal(e.status, 'fieldwork');

  await step(agency, e, { action: 'submit_draft' });
  assert.equal(e.status, 'report_review');
  // Scores outside the sheet: the field named, nothing stored.
  for (const [scores, field] of [
    [sheet(10.01, 20, 10, 10, 5), 'scores.format'],
    [sheet(5, 20, 10, 10, -1), 'scores.language'],
    [{ ...sheet(5, 20, 10, 10, 5), style: 1 }, 'scores.style'],
    [{ format: 5, completeness: 20, performance: 10, evidence: 10 }, 'scores.language'],
  ]) {
    const bad = await expert.put(`/api/v1/key-evaluations/${e.id}/quality-sheets/report`, { scores });
    assert.equal(bad.status, 400, JSON.stringify(bad.body));
    assert.equal(bad.body.field, field);
    assert.match(bad.body.detail, /[\u4e00-\u9fa5]/);
  }
  assert.equal(count(`SELECT COUNT(*) FROM key_evaluation_quality_sheets WHERE evaluation_id = ${e.id} AND stage = 'report'`), 0);
  const low = await expert.put(`/api/v1/key-evaluations/${e.id}/quality-sheets/report`,
    { scores: sheet(6, 15, 18, 12, 8.5), comment: '证据不足，语言不规范' });
  assert.equal(low.status, 200, JSON.stringify(low.body));
  // Whatever decision is sent, the quality decides: 59.50 < 60 → rework.
  await step(office, e, { action: 'close_report_review', decision: 'pass' });
  assert.equal(e.status, 'rework');
  const reworkFee = (await office.get(`/api/v1/key-evaluations/${e.id}/fee`)).body;
  assert.equal(reworkFee.state, 'rework_required');
  assert.equal(reworkFee.quality_score, '59.50');

  await step(agency, e, { action: 'submit_draft' });
  const sheets = await office.get(`/api/v1/key-evaluations/${e.id}/quality-sheets`);
  assert.equal(sheets.body.stages[1].round, 2);
  assert.equal(sheets.body.stages[1].sheets.length, 0);
  assert.deepEqual(sheets.body.earlier.map((x) => [x.stage, x.round]), [['plan', 1], ['report', 1]]);
  await expert.put(`/api/v1/key-evaluations/${e.id}/quality-sheets/report`, { scores: sheet(9, 22, 27, 18, 14) });
  const mean = (await agency.get(`/api/v1/key-evaluations/${e.id}/quality-sheets`)).body.stages[1].quality;
  assert.equal(mean.score, '90.00');
  assert.equal(mean.rule, 'R-KE-4');
  await step(office, e, { action: 'close_report_review' });
  assert.equal(e.status, 'revision');
  const fee = (await agency.get(`/api/v1/key-evaluations/${e.id}/fee`)).body;
  assert.equal(fee.state, 'payable');
  assert.equal(fee.quality_score, '90.00');
  assert.equal(fee.capped, true);  // a reworked report is paid at most 60 %
  assert.equal(fee.percent, '60.00');
  assert.equal(fee.payable_fen, 18_000_000);
  assert.equal(fee.deducted_fen, 12_000_000);
  assert.equal(fee.rule, 'R-KE-4');

  // The final report's score sheets are checked against R-KE-1's weights.
  const over = await step(agency, e, { action: 'submit_final',
    score_sheets: [{ evaluator: '评价组', scores: four(20.5, 18, 25, 25) }] }, 400);
  assert.equal(over.body.field, 'score_sheets[0].scores.decision');
  const decimals = await step(agency, e, { action: 'submit_final',
    score_sheets: [{ evaluator: '评价组', scores: four(18.123, 18, 25, 25) }] }, 400);
  assert.equal(decimals.body.field, 'score_sheets[0].scores.decision');
  const missing = await step(agency, e, { action: 'submit_final',
    score_sheets: [{ evaluator: '评价组', scores: { decision: 18, process: 18, output: 25 } }] }, 400);
  assert.equal(missing.body.field, 'score_sheets[0].scores.benefit');
  const unknown = await step(agency, e, { action: 'submit_final',
    score_sheets: [{ evaluator: '评价组', scores: { ...four(18, 18, 25, 25), satisfaction: 10 } }] }, 400);
  assert.equal(unknown.body.field, 'score_sheets[0].scores.satisfaction');
  await step(agency, e, { action: 'submit_final', score_sheets: [
    { evaluator: '张评审', scores: four(18, 17, 26, 25) },
    // The flat form of a four-part sheet is read as its scores.
    { evaluator: '李评审', decision: 17, process: 16.5, output: 25, benefit: 24 }] });
  assert.equal(e.status, 'final_review');
  const noOpinion = await step(office, e, { action: 'review_final', decision: 'return' }, 400);
  assert.equal(noOpinion.body.field, 'opinion');
  const done = await step(office, e, { action: 'review_final', decision: 'pass' });
  assert.equal(done.body.status, 'finalised');
  assert.equal(done.body.score, '84.25');
  assert.equal(done.body.grade, 'good');
  assert.equal(done.body.fee_payable_fen, 18_000_000);
  assert.ok(done.body.finalised_at, 'finalised_at');

  const history = (await agency.get(`/api/v1/key-evaluations/${e.id}/history`)).body.items.map((h) => h.action);
  for (const a of ['commission', 'assign_expert', 'submit_plan', 'score_plan', 'pass', 'rework', 'score_report', 'submit_final'])
    assert.ok(history.includes(a), `${a} in ${history}`);
});

test('a conflicted agency or expert is refused with every reason, and nothing changes', async () => {
  // demo_agency's account scored the project's ex-ante assessment (R-KE-3).
  const e = plan(`WHERE region_id = 1 AND id IN (SELECT a.project_id FROM assessment_scorers s JOIN assessments a ON
    a.id = s.assessment_id JOIN users u ON u.id = s.scorer_id WHERE u.username = 'demo_agency') ORDER BY id`);
  const res = await step(office, e, { action: 'commission', agency_id: agencyId(), contract_fee_fen: 1000 }, 422);
  assert.equal(res.body.field, 'agency_id');
  assert.match(res.body.detail, /事前绩效评估/);
  assert.ok(res.body.conflicts.some((c) => c.code === 'prepared_ex_ante' && c.rule === 'R-KE-3'), JSON.stringify(res.body));
  assert.equal(q(`SELECT status || '|' || COALESCE(agency_id, 0) || '|' || version FROM key_evaluations WHERE id = ${e.id}`), 'planned|0|1');

  // An expert employed by the commissioned agency, and one who avoids the evaluated unit.
  const free = plan(FREE);
  await step(office, free, { action: 'commission', agency_id: agencyId(), contract_fee_fen: 1000 });
  const agencyName = q(`SELECT name FROM agencies WHERE id = ${agencyId()}`);
  const unitName = q(`SELECT name FROM units WHERE id = (SELECT unit_id FROM key_evaluations WHERE id = ${free.id})`);
  q(`INSERT INTO experts (region_id, name, employer, avoid_json, status, created_at, updated_at) VALUES
     (1, '机构内专家', '${agencyName}', '[]', 'active', '${now}', '${now}')`);
  const own = Number(q("SELECT id FROM experts WHERE name = '机构内专家'"));
  const refused = await office.post(`/api/v1/key-evaluations/${free.id}/experts`, { expert_id: own });
  assert.equal(refused.status, 422, JSON.stringify(refused.body));
  assert.equal(refused.body.field, 'expert_id');
  assert.deepEqual(refused.body.conflicts.map((c) => c.code), ['own_agency']);
  q(`INSERT INTO experts (region_id, name, employer, avoid_json, status, created_at, updated_at) VALUES
     (1, '回避专家', '州某单位', '[{"unit_id":0,"name":"${unitName}","reason":"亲属任职"}]', 'active', '${now}', '${now}')`);
  const related = Number(q("SELECT id FROM experts WHERE name = '回避专家'"));
  const avoided = await office.post(`/api/v1/key-evaluations/${free.id}/experts`, { expert_id: related });
  assert.equal(avoided.status, 422);
  assert.match(avoided.body.detail, /亲属任职/);
  assert.equal(count(`SELECT COUNT(*) FROM key_evaluation_experts WHERE evaluation_id = ${free.id}`), 0);
  // An expert free of conflicts is assigned, and taken back before scoring.
  const li = Number(q("SELECT id FROM experts WHERE name = '李秀兰'"));
  assert.equal((await office.post(`/api/v1/key-evaluations/${free.id}/experts`, { expert_id: li })).status, 200);
  const back = await office.delete(`/api/v1/key-evaluations/${free.id}/experts/${li}`);
  assert.equal(back.status, 200, JSON.stringify(back.body));
  assert.deepEqual(back.body.items, []);
  assert.equal((await office.delete(`/api/v1/key-evaluations/${free.id}/experts/${li}`)).status, 404);
  const timeline = (await office.get(`/api/v1/key-evaluations/${free.id}/history`)).body.items.map((h) => h.action);
  assert.ok(timeline.includes('unassign_expert'), timeline.join());
});

test('actions out of order and stale versions are refused, nothing changed', async () => {
  const e = plan(FREE);
  const outOfOrder = await step(agency, e, { action: 'submit_plan' }, 404);  // not its commission yet
  assert.equal(outOfOrder.body.status, 404);
  const early = await step(office, e, { action: 'close_plan_review', decision: 'pass' }, 422);
  assert.equal(early.body.code, 'bad_status');
  const stale = await office.post(`/api/v1/key-evaluations/${e.id}/steps`,
    { version: 7, action: 'commission', agency_id: agencyId(), contract_fee_fen: 1 });
  assert.equal(stale.status, 409);
  assert.equal(stale.body.field, 'version');
  const sendResults = await step(office, e, { action: 'send_results' }, 400);
  assert.equal(sendResults.body.field, 'action');
  assert.equal(q(`SELECT status || '|' || version FROM key_evaluations WHERE id = ${e.id}`), 'planned|1');
  // A unit, the county's office and an expert not assigned see nothing of it.
  for (const c of [county, unit2, expert])
    assert.equal((await c.get(`/api/v1/key-evaluations/${e.id}/history`)).status, 404);
});

test('finance evaluates a subject itself: started, final report scored, finalised', async () => {
  const e = plan(FREE, 'finance');
  const refused = await step(office, e, { action: 'commission', agency_id: agencyId(), contract_fee_fen: 1 }, 400);
  assert.equal(refused.body.field, 'action');
  await step(office, e, { action: 'start' });
  assert.equal(e.status, 'fieldwork');
  const up = await office.post(`/api/v1/evidence?document_type=key_evaluation&document_id=${e.id}`, pdf('评价报告.pdf'));
  assert.equal(up.status, 201, JSON.stringify(up.body));
  await step(office, e, { action: 'submit_final', score_sheets: [{ evaluator: '绩效科评价组', scores: four(19, 18, 28, 27) }] });
  const done = await step(office, e, { action: 'review_final', decision: 'pass' });
  assert.equal(done.body.score, '92.00');
  assert.equal(done.body.grade, 'excellent');
  assert.equal((await agency.get(`/api/v1/key-evaluations/${e.id}/fee`)).status, 404);
});

test('a department as a whole is finalised on its six-part sheet (R-KE-2); a four-part sheet is refused', async () => {
  const officeId = Number(q("SELECT id FROM users WHERE username = 'demo_office'"));
  const dept = Number(q("SELECT department_id FROM projects WHERE region_id = 1 AND year = 2025 ORDER BY id LIMIT 1"));
  q(`INSERT INTO key_evaluations (region_id, year, kind, name, department_id, fund_type, budget_fen, due, mode, status,
     created_by, created_at, updated_at) VALUES (1, 2025, 'department', '部门整体评价测试', ${dept}, 'general', 100000000,
     '2026-09-30', 'finance', 'planned', ${officeId}, '${now}', '${now}')`);
  const e = { id: Number(q("SELECT id FROM key_evaluations WHERE name = '部门整体评价测试'")), version: 1 };
  const empty = (await office.get(`/api/v1/key-evaluations/${e.id}/score`)).body;
  assert.equal(empty.rule, 'R-KE-2');
  assert.deepEqual(empty.parts.map((p) => [p.code, p.label, p.weight]), [
    ['running_cost', '运行成本', '15.00'], ['management_efficiency', '管理效率', '15.00'],
    ['performance_of_duties', '履职效能', '25.00'], ['social_effect', '社会效应', '20.00'],
    ['sustainability', '可持续发展能力', '10.00'], ['satisfaction', '服务对象满意度', '15.00']]);
  assert.equal(empty.score, null);
  await step(office, e, { action: 'start' });
  const up = await office.post(`/api/v1/evidence?document_type=key_evaluation&document_id=${e.id}`, pdf('评价报告.pdf'));
  assert.equal(up.status, 201, JSON.stringify(up.body));
  const fourParts = await step(office, e, { action: 'submit_final', score_sheets: [{ evaluator: '评价组', scores: four(18, 17, 26, 25) }] }, 400);
  assert.equal(fourParts.body.field, 'score_sheets[0].scores.decision');
  const flat = await step(office, e, { action: 'submit_final', score_sheets: [{ evaluator: '评价组', decision: 18, process: 17, output: 26, benefit: 25 }] }, 400);
  assert.equal(flat.body.field, 'score_sheets[0].scores.decision');
  const six = (a, b, c, d, f, g) => ({ running_cost: a, management_efficiency: b, performance_of_duties: c, social_effect: d, sustainability: f, satisfaction: g });
  const over = await step(office, e, { action: 'submit_final', score_sheets: [{ evaluator: '评价组', scores: six(13, 12, 21, 17, 10.5, 13) }] }, 400);
  assert.equal(over.body.field, 'score_sheets[0].scores.sustainability');
  assert.match(over.body.detail, /可持续发展能力/);
  assert.equal(q(`SELECT COUNT(*) FROM key_evaluation_score_sheets WHERE evaluation_id = ${e.id}`), '0');
  await step(office, e, { action: 'submit_final', score_sheets: [
    { evaluator: '评价组组长', scores: six(13, 12.9, 21.5, 17.5, 8.5, 13) },
    { evaluator: '评价组成员', scores: six(14, 13, 22, 18, 9, 13) }] });
  const done = await step(office, e, { action: 'review_final', decision: 'pass' });
  assert.equal(done.body.score, '87.70');
  assert.equal(done.body.grade, 'good');
  const s = (await office.get(`/api/v1/key-evaluations/${e.id}/score`)).body;
  assert.deepEqual(s.sheets[0].scores, { running_cost: '13.00', management_efficiency: '12.90', performance_of_duties: '21.50',
    social_effect: '17.50', sustainability: '8.50', satisfaction: '13.00' });
  assert.equal(s.sheets[0].total, '86.40');
  assert.deepEqual(s.score.parts.map((p) => [p.code, p.score]), [['running_cost', '13.50'], ['management_efficiency', '12.95'],
    ['performance_of_duties', '21.75'], ['social_effect', '17.75'], ['sustainability', '8.75'], ['satisfaction', '13.00']]);
  assert.equal(s.score.total, '87.70');
  assert.equal(s.score.rule, 'R-KE-2');
  assert.match(s.score.detail, /运行成本 13\.50\/15\.00.*R-KE-2、R-GR-1/);
});

test('the evaluated unit reads its commissioned evaluation and timeline, not the quality review or the fee', async () => {
  const e = plan(`WHERE region_id = 1 AND year = 2025 AND id NOT IN (SELECT project_id FROM assessments) AND unit_id =
    (SELECT unit_id FROM users WHERE username = 'demo_unit') ORDER BY id`);
  await step(office, e, { action: 'commission', agency_id: agencyId(), contract_fee_fen: 1000 });
  // The fee and the report's quality are between finance and the agency: unknown to the unit.
  const seen = await unit.get(`/api/v1/key-evaluations/${e.id}`);
  assert.equal(seen.status, 200);
  for (const field of ['contract_fee_fen', 'quality_score', 'fee_payable_fen']) assert.equal(seen.body[field], null, field);
  const listed = (await unit.get('/api/v1/key-evaluations?year=2025')).body.items.find((x) => x.id === e.id);
  assert.equal(listed.contract_fee_fen, null);
  assert.equal((await office.get(`/api/v1/key-evaluations/${e.id}`)).body.contract_fee_fen, 1000);
  const timeline = await unit.get(`/api/v1/key-evaluations/${e.id}/history`);
  assert.equal(timeline.status, 200);
  assert.ok(timeline.body.items.some((x) => x.action === 'commission'));
  assert.ok(!JSON.stringify(timeline.body).includes('contract_fee_fen'), 'the fee on the unit\'s timeline');
  assert.match(JSON.stringify((await office.get(`/api/v1/key-evaluations/${e.id}/history`)).body), /contract_fee_fen/);
  assert.equal((await unit.get(`/api/v1/key-evaluations/${e.id}/experts`)).status, 200);
  for (const path of ['fee', 'quality-sheets'])
    assert.equal((await unit.get(`/api/v1/key-evaluations/${e.id}/${path}`)).status, 403, path);
  // demo_expert avoids demo_unit's unit (R-KE-3).
  const avoided = await office.post(`/api/v1/key-evaluations/${e.id}/experts`, { expert_id: expertId() });
  assert.equal(avoided.status, 422);
  assert.deepEqual(avoided.body.conflicts.map((c) => c.code), ['related_party']);
});

test("another agency's account gets 404 for a commission, even by id", async () => {
  const e = plan(FREE);
  await step(office, e, { action: 'commission', agency_id: agencyId(), contract_fee_fen: 1000 });
  const admin = await loggedIn(server.base, 'demo_admin');
  const made = await admin.post('/api/v1/users', { username: 'other_agency_user', display_name: '何雪梅', role: 'agency' });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const other = Number(q("SELECT id FROM agencies WHERE name LIKE '云岭天衡%'"));
  q(`INSERT INTO agency_users (user_id, agency_id) VALUES (${made.body.user.id}, ${other})`);
  const c = new Client(server.base);
  await c.login('other_agency_user', made.body.initial_password);
  assert.equal((await c.post('/api/v1/me/password', { current_password: made.body.initial_password, new_password: 'Agency#2026x' })).status, 204);
  for (const path of ['fee', 'history', 'experts', 'quality-sheets'])
    assert.equal((await c.get(`/api/v1/key-evaluations/${e.id}/${path}`)).status, 404, path);
  const upload = await c.post(`/api/v1/evidence?document_type=key_evaluation&document_id=${e.id}`, pdf('越权.pdf'));
  assert.equal(upload.status, 404);
  const res = await c.post(`/api/v1/key-evaluations/${e.id}/steps`, { version: e.version, action: 'submit_plan' });
  assert.equal(res.status, 404);
  assert.equal((await agency.get(`/api/v1/key-evaluations/${e.id}/fee`)).status, 200);
});
