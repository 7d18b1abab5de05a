// 自评复核抽查 over HTTP: the office plans the year's sample (R-RV-1: defaults from the rule set, a
// recorded seed), previews what it covers, fixes it (the same seed and candidates give the same
// sample again) and assigns reviewers, a conflict of interest refused; the expert re-scores an
// evaluation beside its self and computed scores with its signals and evidence, and completes the
// review: the self score is inflated (R-RV-2), so a finding and its 整改通知书 exist, which the unit
// sees and answers and the office closes. Bad input names its field and changes nothing; a unit
// sees no plan and no other unit's review.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

const BASE = '/api/v1/self-evaluation-reviews';
let server, unit, unit2, department, office, county, expert;
let evaluation;  // demo_unit's evaluation, filled with every indicator at full marks and submitted
let plan;

const count = (sql) => Number(server.db.query(sql));

before(async () => {
  server = await startServer();
  [unit, unit2, department, office, county, expert] = await Promise.all(
    ['demo_unit', 'demo_unit2', 'demo_department', 'demo_office', 'demo_county_office', 'demo_expert']
      .map((u) => loggedIn(server.base, u)));
  const opened = await office.post('/api/v1/self-evaluations/rounds', { year: 2026, due: '2027-03-31' });
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  const list = (await unit.get('/api/v1/self-evaluations?year=2026&kind=project&status=pending&limit=1')).body;
  let v = (await unit.get(`/api/v1/self-evaluations/${list.items[0].id}`)).body;
  // The office writes into it once (it may fill its own level's evaluations): it may not review it.
  let res = await office.put(`/api/v1/self-evaluations/${v.id}`, { version: v.version, problems: '绩效科代填' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  // Every indicator at its target; then the unit claims full marks on each, with its reasons.
  const atTarget = v.indicators.map((i) => ({ position: i.position,
    actual_value: i.indicator.comparator === 'qualitative' ? 'achieved' : i.indicator.value }));
  res = await unit.put(`/api/v1/self-evaluations/${v.id}`, { version: res.body.version, goal_achieved: '全部完成', indicators: atTarget });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const claimed = res.body.indicators.map((i, k) => ({ ...atTarget[k], self_score: i.computed_weight, self_score_reason: '全部完成' }));
  res = await unit.put(`/api/v1/self-evaluations/${v.id}`, { version: res.body.version, indicators: claimed });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.ok(res.body.self_total !== null, 'the unit gave its own total');
  res = await unit.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: res.body.version, action: 'submit' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  evaluation = res.body;
});
after(async () => { await server?.stop(); });

// What a refused request must leave as it was.
const snapshot = () => server.db.query(`SELECT (SELECT COUNT(*) FROM audit_log) || '/' ||
  (SELECT COALESCE(SUM(version), 0) FROM self_evaluation_review_plans) || '/' ||
  (SELECT COALESCE(SUM(version), 0) FROM self_evaluation_review_samples) || '/' ||
  (SELECT COUNT(*) FROM self_evaluation_indicators WHERE review_score IS NOT NULL OR review_note <> '') || '/' ||
  (SELECT COUNT(*) FROM findings) || '/' || (SELECT COUNT(*) FROM official_documents)`);

test('the office drafts the year\'s plan with R-RV-1\'s defaults and a seed; bad input changes nothing', async () => {
  let res = await office.post(`${BASE}/plans`, { year: 2026 });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  plan = res.body;
  assert.equal(plan.status, 'draft');
  assert.equal(plan.status_label, '拟定中');
  assert.equal(plan.params.amount_threshold_fen, 100 * 1_000_000);  // 100 万元
  assert.equal(plan.params.amount_threshold_wan, '100.00');
  assert.equal(plan.params.sample_percent, 10);
  assert.equal(plan.params.key_projects, true);
  assert.ok(Number.isSafeInteger(plan.params.seed), JSON.stringify(plan.params));
  assert.equal(plan.signal_params.high_score, 9000);
  assert.equal(plan.inflated_points_text, '10.00');
  assert.equal(plan.coverage, null);
  assert.deepEqual(plan.actions, ['edit', 'fix']);
  // Once a year; not a unit's to make.
  res = await office.post(`${BASE}/plans`, { year: 2026 });
  assert.equal(res.status, 409);
  assert.equal(res.body.field, 'year');
  assert.equal((await unit.post(`${BASE}/plans`, { year: 2026 })).status, 403);

  const before = snapshot();
  const put = (body) => office.put(`${BASE}/plans/${plan.id}`, { version: plan.version, ...body });
  const outside = count(`SELECT MIN(id) FROM projects WHERE year = 2025`) || 999999999;
  const cases = [
    [{ key_project_ids: [outside] }, 400, 'key_project_ids[0]'],
    [{ key_project_ids: [evaluation.project_id, evaluation.project_id] }, 400, 'key_project_ids[1]'],
    [{ key_department_ids: [evaluation.unit_id] }, 400, 'key_department_ids[0]'],
    [{ sample_percent: 101 }, 400, 'sample_percent'],
    [{ seed: -1 }, 400, 'seed'],
    [{ amount_threshold_fen: 1.5 }, 400, 'amount_threshold_fen'],
    [{ colour: 'red' }, 400, 'colour'],
    [{ version: plan.version + 3, sample_percent: 20 }, 409, 'version'],
  ];
  for (const [body, status, field] of cases) {
    res = await put(body);
    assert.equal(res.status, status, `${JSON.stringify(body)} -> ${JSON.stringify(res.body)}`);
    assert.equal(res.body.field, field, JSON.stringify(res.body));
  }
  assert.equal((await unit.put(`${BASE}/plans/${plan.id}`, { version: plan.version, sample_percent: 20 })).status, 404);
  assert.equal(snapshot(), before);

  // The unit's project is a key project of the plan: it is reviewed whatever the draw.
  res = await put({ key_project_ids: [evaluation.project_id], key_department_ids: [evaluation.department_id],
    sample_percent: 20, seed: 20260101 });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  plan = res.body;
  assert.equal(plan.params.seed, 20260101);
  assert.deepEqual(plan.key_projects.map((p) => p.id), [evaluation.project_id]);
  assert.ok(plan.key_projects[0].name && plan.key_departments[0].name, JSON.stringify(plan));
});

test('the preview draws from the database, the same twice; fixing keeps that draw', async () => {
  const first = await office.post(`${BASE}/plans/${plan.id}/preview`, {});
  assert.equal(first.status, 200, JSON.stringify(first.body));
  const again = (await office.post(`${BASE}/plans/${plan.id}/preview`, {})).body;
  assert.deepEqual(again.chosen, first.body.chosen);
  const { summary, chosen } = first.body;
  assert.equal(summary.all.count, count('SELECT COUNT(*) FROM self_evaluations WHERE year = 2026'));
  assert.equal(summary.chosen.count, chosen.length);
  assert.equal(summary.by_reason.reduce((s, r) => s + r.count, 0), chosen.length);
  assert.deepEqual(summary.by_reason.map((r) => r.reason_label), ['金额达到标准', '重点项目', '重点部门', '随机抽取']);
  assert.equal(summary.chosen.money_fen, chosen.reduce((s, c) => s + c.budget_fen, 0));
  assert.match(summary.money_coverage, /^\d+\.\d\d$/);
  const mine = chosen.find((c) => c.evaluation_id === evaluation.id);
  assert.ok(mine && ['threshold', 'key_project'].includes(mine.reason), JSON.stringify(mine));
  assert.ok(mine.name && mine.unit_name && mine.department_name);
  // Its signals are shown before the plan is fixed, with their numbers, though the plan does not weigh them.
  assert.ok(mine.signals.some((g) => g.code === 'no_evidence' && /^\d+ 项指标/.test(g.detail)), JSON.stringify(mine.signals));
  assert.ok(chosen.every((c) => Array.isArray(c.signals)));
  // The department's own evaluations are in by its choice.
  assert.ok(chosen.some((c) => c.reason === 'key_department'));
  // Another seed, previewed without saving, is a different random share of the same rest.
  const other = (await office.post(`${BASE}/plans/${plan.id}/preview`, { seed: 7 })).body;
  const random = (sum) => sum.by_reason.find((r) => r.reason === 'random');
  assert.equal(random(other.summary).count, random(summary).count);
  assert.ok(random(summary).count > 0);
  assert.equal((await office.get(`${BASE}/plans/${plan.id}`)).body.params.seed, 20260101);
  assert.equal((await unit.post(`${BASE}/plans/${plan.id}/preview`, {})).status, 404);

  const res = await office.post(`${BASE}/plans/${plan.id}/fix`, { version: plan.version });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  plan = res.body;
  assert.equal(plan.status, 'fixed');
  assert.deepEqual(plan.actions, []);
  assert.equal(plan.coverage.sampled, chosen.length);
  assert.equal(plan.coverage.sampled_fen, summary.chosen.money_fen);
  assert.deepEqual(plan.coverage.summary.by_reason, summary.by_reason);
  // Drawn again from the database: the kept sample.
  const check = (await office.post(`${BASE}/plans/${plan.id}/preview`, {})).body;
  assert.equal(check.same_as_fixed, true);
  assert.deepEqual(check.chosen.map((c) => c.evaluation_id), chosen.map((c) => c.evaluation_id));
  assert.equal(count(`SELECT COUNT(*) FROM self_evaluation_review_samples WHERE plan_id = ${plan.id}`), chosen.length);
  // Fixed: no edit, no second draw, no other parameters to check against.
  const before = snapshot();
  for (const res2 of [await office.put(`${BASE}/plans/${plan.id}`, { version: plan.version, sample_percent: 5 }),
    await office.post(`${BASE}/plans/${plan.id}/fix`, { version: plan.version }),
    await office.post(`${BASE}/plans/${plan.id}/preview`, { seed: 1 })]) {
    assert.equal(res2.status, 422, JSON.stringify(res2.body));
    assert.equal(res2.body.code, 'bad_status');
  }
  assert.equal(snapshot(), before);
  const history = (await office.get(`${BASE}/plans/${plan.id}/history`)).body.items;
  assert.deepEqual(history.map((h) => h.action), ['create', 'update', 'fix']);
});

async function sampleOf(evaluationId) {
  const page = (await office.get(`${BASE}/plans/${plan.id}/samples?limit=500`)).body;
  assert.equal(page.total, plan.coverage.sampled);
  return page.items.find((x) => x.evaluation_id === evaluationId);
}

test('reviewers are the region\'s finance staff and experts; a conflict of interest is refused', async () => {
  const reviewers = (await office.get(`${BASE}/plans/${plan.id}/reviewers`)).body.items;
  const names = reviewers.map((r) => r.role);
  assert.ok(names.includes('expert') && names.includes('performance_office') && names.includes('business_section'));
  assert.ok(!names.includes('agency'));
  assert.ok(reviewers.every((r) => /[\u4e00-\u9fa5]/.test(r.role_label)));
  const me = (who) => reviewers.find((r) => r.role === who);
  const sample = await sampleOf(evaluation.id);
  assert.ok(sample, 'the key project is sampled');
  assert.equal(sample.reviewer_id, null);
  assert.ok(sample.reason_label && sample.unit_name && sample.name);

  const before = snapshot();
  const assign = (body) => office.post(`${BASE}/plans/${plan.id}/assignments`, body);
  const officeId = me('performance_office').id;
  let res = await assign({ reviewer_id: officeId, sample_ids: [sample.id] });
  assert.equal(res.status, 422, JSON.stringify(res.body));
  assert.equal(res.body.code, 'conflict_of_interest');
  assert.equal(res.body.field, 'sample_ids[0]');
  const agency = count(`SELECT id FROM users WHERE username = 'demo_agency'`);
  const unitUser = count(`SELECT id FROM users WHERE username = 'demo_unit'`);
  for (const [body, status, field] of [
    [{ reviewer_id: agency, sample_ids: [sample.id] }, 400, 'reviewer_id'],
    [{ reviewer_id: unitUser, sample_ids: [sample.id] }, 400, 'reviewer_id'],
    [{ reviewer_id: me('expert').id, sample_ids: [999999999] }, 400, 'sample_ids[0]'],
    [{ reviewer_id: me('expert').id, sample_ids: [sample.id, sample.id] }, 400, 'sample_ids[1]'],
    [{ reviewer_id: me('expert').id, sample_ids: [sample.id], versions: [sample.version + 1] }, 409, 'versions[0]'],
  ]) {
    res = await assign(body);
    assert.equal(res.status, status, `${JSON.stringify(body)} -> ${JSON.stringify(res.body)}`);
    assert.equal(res.body.field, field, JSON.stringify(res.body));
  }
  assert.equal((await department.post(`${BASE}/plans/${plan.id}/assignments`, { reviewer_id: me('expert').id, sample_ids: [sample.id] })).status, 404);
  assert.equal(snapshot(), before);

  // The office is told what waits for it to assign; no one has anything to review yet.
  // Working in 2026, each sees the year before's to-dos too (its samples are reviewed now): 2026's are
  // those of its title.
  const todos = async (client) => (await client.get('/api/v1/todos?year=2026')).body.items
    .filter((t) => t.title.startsWith('2026 年度'));
  const unassigned = (await todos(office)).find((t) => t.kind === 'unassigned_self_evaluation_reviews');
  assert.equal(unassigned?.count, plan.coverage.sampled, JSON.stringify(unassigned));
  assert.equal(unassigned.link, `/self-evaluation-reviews/plans/${plan.id}`);
  assert.equal((await todos(expert)).find((t) => t.kind === 'pending_self_evaluation_reviews'), undefined);
  // The expert takes it and a pending one (not yet submitted by its unit) in one go.
  const pending = (await office.get(`${BASE}/plans/${plan.id}/samples?limit=500`)).body.items
    .find((x) => x.evaluation_status === 'pending');
  assert.ok(pending, 'a sample whose unit has not submitted');
  res = await assign({ reviewer_id: me('expert').id, sample_ids: [sample.id, pending.id], versions: [sample.version, pending.version] });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.deepEqual(res.body.items.map((x) => x.reviewer_name), ['吴建国（评审专家）', '吴建国（评审专家）']);
  const queue = (await expert.get(`${BASE}/samples?year=2026&status=pending&limit=50`)).body;
  assert.deepEqual(queue.items.map((x) => x.id).sort((a, b) => a - b), [sample.id, pending.id].sort((a, b) => a - b));
  // The demo's year before has the expert's own samples of its plan.
  const before2025 = count(`SELECT COUNT(*) FROM self_evaluation_review_samples x JOIN users u ON u.id = x.reviewer_id WHERE u.username = 'demo_expert' AND x.year = 2025`);
  assert.ok(before2025 > 0);
  assert.equal((await expert.get(`${BASE}/samples?year=2025`)).body.total, before2025);
  assert.equal((await expert.get(`${BASE}/samples?year=2026`)).body.total, 2);
  const waiting = (await todos(expert)).find((t) => t.kind === 'pending_self_evaluation_reviews');
  assert.deepEqual(waiting, { kind: 'pending_self_evaluation_reviews', title: '2026 年度待复核的绩效自评', count: 2,
    link: '/self-evaluation-reviews/samples?status=pending&year=2026' });
  assert.equal((await todos(office)).find((t) => t.kind === 'unassigned_self_evaluation_reviews').count, plan.coverage.sampled - 2);
  assert.equal((await todos(unit)).find((t) => /复核/.test(t.title)), undefined);
  // Not ready to score before its unit submits.
  const p = (await expert.get(`${BASE}/samples/${pending.id}`)).body;
  assert.equal(p.evaluation_submitted, false);
  assert.deepEqual(p.actions, []);
  res = await expert.put(`${BASE}/samples/${pending.id}`, { version: p.version, indicators: [] });
  assert.equal(res.status, 422);
  assert.equal(res.body.code, 'not_submitted');
});

test('the expert re-scores beside the self and computed scores; an inflated self score becomes a finding with its notice', async () => {
  const sample = await sampleOf(evaluation.id);
  let v = (await expert.get(`${BASE}/samples/${sample.id}`)).body;
  assert.deepEqual(v.actions, ['review', 'complete']);
  assert.equal(v.evaluation.id, evaluation.id);
  assert.equal(v.self_total, evaluation.self_total);
  assert.equal(v.computed_total, evaluation.computed_total);
  assert.ok(v.evaluation.indicators.every((i) => i.self_score !== null && i.computed_weight > 0));
  assert.deepEqual(v.evidence, []);
  // Signals with their numbers: no evidence behind the values reported.
  const noEvidence = v.signals.find((s) => s.code === 'no_evidence');
  assert.ok(noEvidence, JSON.stringify(v.signals));
  assert.match(noEvidence.detail, /^\d+ 项指标填报了实际完成值，但没有上传佐证材料/);
  assert.ok(Array.isArray(v.signals_drawn));
  assert.equal(v.inflation_rule, 'R-RV-2');

  const before = snapshot();
  const first = v.evaluation.indicators[0];
  const put = (body, client = expert) => client.put(`${BASE}/samples/${sample.id}`, { version: v.version, ...body });
  for (const [body, status, field] of [
    [{ indicators: [{ position: first.position, review_score: first.computed_weight + 1 }] }, 400, 'indicators[0].review_score'],
    [{ indicators: [{ position: first.position, review_score: -1 }] }, 400, 'indicators[0].review_score'],
    [{ indicators: [{ position: 99, review_score: 0 }] }, 400, 'indicators[0].position'],
    [{ indicators: [{ position: first.position, review_score: 1.5 }] }, 400, 'indicators[0].review_score'],
    [{ version: v.version + 2, indicators: [] }, 409, 'version'],
  ]) {
    const res = await put(body);
    assert.equal(res.status, status, `${JSON.stringify(body)} -> ${JSON.stringify(res.body)}`);
    assert.equal(res.body.field, field, JSON.stringify(res.body));
  }
  // Not the unit's, nor the office's (it assigns, the reviewer scores), nor a county's.
  assert.equal((await put({ indicators: [] }, unit)).status, 404);
  assert.equal((await put({ indicators: [] }, office)).status, 403);
  assert.equal((await put({ indicators: [] }, county)).status, 404);
  assert.equal((await expert.post(`${BASE}/samples/${sample.id}/complete`, { version: v.version })).status, 422);
  assert.equal(snapshot(), before);

  // Half of each indicator's points, with a note on the first.
  const scores = v.evaluation.indicators.filter((i) => !i.not_applicable).map((i, k) => ({ position: i.position,
    review_score: Math.floor(i.computed_weight / 2), review_note: k === 0 ? '佐证不足，按一半计分' : '' }));
  let res = await put({ indicators: scores });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  v = res.body;
  const total = v.evaluation.execution.score + scores.reduce((s, x) => s + x.review_score, 0);
  assert.equal(v.review_total, total);
  assert.equal(v.evaluation.review_total, null, 'the evaluation keeps no review total before completion');
  res = await expert.post(`${BASE}/samples/${sample.id}/complete`, { version: v.version });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  v = res.body;
  assert.equal(v.status, 'reviewed');
  assert.equal(v.status_label, '已复核');
  assert.equal(v.inflated, true);
  assert.match(v.inflation_detail, /认定为虚高$/);
  assert.match(v.document_number, /财绩改〔2026〕\d+号$/);
  assert.ok(v.finding_id && v.document_id);
  assert.deepEqual(v.actions, []);
  // The evaluation's grade now follows the review (R-SE-8).
  const e = (await unit.get(`/api/v1/self-evaluations/${evaluation.id}`)).body;
  assert.equal(e.review_total, total);
  const grade = total >= 9000 ? 'excellent' : total >= 8000 ? 'good' : total >= 6000 ? 'fair' : 'poor';
  assert.equal(e.grade, grade);
  assert.equal(e.indicators[0].review_note, '佐证不足，按一半计分');
  // Completed once.
  res = await expert.post(`${BASE}/samples/${sample.id}/complete`, { version: v.version });
  assert.equal(res.status, 422);
  const history = (await office.get(`${BASE}/samples/${sample.id}/history`)).body.items;
  assert.deepEqual(history.map((h) => h.action), ['assign', 'save_review', 'complete']);
});

test('the unit sees its finding and notice, answers it and the office closes it; no one else sees them', async () => {
  const sample = await sampleOf(evaluation.id);
  let f = (await unit.get(`/api/v1/findings/${sample.finding_id}`)).body;
  assert.equal(f.source, 'self_evaluation_review');
  assert.equal(f.source_label, '自评复核');
  assert.equal(f.project_id, evaluation.project_id);
  assert.equal(f.document_id, sample.document_id);
  assert.match(f.title, /绩效自评得分虚高$/);
  assert.match(f.requirement, /佐证不足，按一半计分/);
  assert.match(f.requirement, /前反馈整改措施及成效。$/);
  assert.equal(f.status, 'open');
  assert.ok(f.due > new Date().toISOString().slice(0, 10));
  const letter = await unit.get(`/api/v1/documents/${sample.document_id}`);
  assert.equal(letter.status, 200, JSON.stringify(letter.body));
  assert.equal(letter.body.kind, 'rectification_notice');
  assert.match(JSON.stringify(letter.body), /绩效自评复核评分对照表/);
  // The bureau's letter names the office's staff who assigned the review as its 经办, not the expert.
  assert.equal(letter.body.issued_by_name, '张敏（绩效科）');
  // Another unit sees neither, nor the plan, nor the review.
  assert.equal((await unit2.get(`/api/v1/findings/${sample.finding_id}`)).status, 404);
  assert.equal((await unit2.get(`/api/v1/documents/${sample.document_id}`)).status, 404);
  for (const client of [unit, unit2]) {
    assert.equal((await client.get(`${BASE}/plans?year=2026`)).status, 403);
    assert.equal((await client.get(`${BASE}/plans/${plan.id}`)).status, 404);
    assert.equal((await client.get(`${BASE}/plans/${plan.id}/samples`)).status, 404);
    assert.equal((await client.get(`${BASE}/samples/${sample.id}`)).status, 404);
    assert.deepEqual((await client.get(`${BASE}/samples`)).body.items, []);
  }
  // The unit answers through the ledger; the office closes it.
  let res = await unit.post(`/api/v1/findings/${f.id}/steps`, { version: f.version, action: 'answer', answer: '已据实更正自评并补充佐证材料' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  res = await office.post(`/api/v1/findings/${f.id}/steps`, { version: res.body.version, action: 'close', opinion: '核实到位' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.status, 'closed');
  f = (await office.get(`/api/v1/findings?year=2026&source=self_evaluation_review&limit=50`)).body;
  assert.deepEqual(f.items.map((x) => x.id), [sample.finding_id]);
});

test('the reviewer reads the evaluation\'s evidence; the county office sees none of the prefecture\'s review', async () => {
  const sample = await sampleOf(evaluation.id);
  const files = await expert.get(`/api/v1/evidence?document_type=self_evaluation&document_id=${evaluation.id}`);
  assert.equal(files.status, 200, JSON.stringify(files.body));
  assert.equal((await unit2.get(`/api/v1/evidence?document_type=self_evaluation&document_id=${evaluation.id}`)).status, 404);
  assert.equal((await county.get(`${BASE}/plans/${plan.id}`)).status, 404);
  assert.equal((await county.get(`${BASE}/samples/${sample.id}`)).status, 404);
  assert.deepEqual((await county.get(`${BASE}/plans?year=2026`)).body.items, []);
});

test('the demo year before is reviewed: a fixed plan with its seed, the expert\'s work pending, inflated ones in the ledger in every state', async () => {
  const plans = (await office.get(`${BASE}/plans?year=2025`)).body.items;
  assert.equal(plans.length, 1);
  assert.equal(plans[0].status, 'fixed');
  assert.equal(plans[0].params.seed, 20260315);
  // The expert has done part of its work and has the rest waiting.
  const mine = (await expert.get(`${BASE}/samples?year=2025&limit=50`)).body.items;
  assert.ok(mine.some((x) => x.status === 'reviewed'), 'completed');
  assert.ok(mine.some((x) => x.status === 'pending'), 'pending');
  // Reviewed in the spring after: working in 2026, the expert finds them among its to-dos.
  const waiting = (await expert.get('/api/v1/todos?year=2026')).body.items
    .find((t) => t.kind === 'pending_self_evaluation_reviews' && t.title.startsWith('2025 年度'));
  assert.deepEqual(waiting, { kind: 'pending_self_evaluation_reviews', title: '2025 年度待复核的绩效自评',
    count: (await expert.get(`${BASE}/samples?year=2025&status=pending&limit=1`)).body.total,
    link: '/self-evaluation-reviews/samples?status=pending&year=2025' });
  // Inflated ones became findings with their notices, in every state of the ledger.
  const f = (await office.get('/api/v1/findings?year=2025&source=self_evaluation_review&limit=50')).body.items;
  assert.ok(f.length >= 2, JSON.stringify(f));
  assert.ok(f.every((x) => x.document_id), 'each with its 整改通知书');
  for (const status of ['open', 'answered', 'closed']) assert.ok(f.some((x) => x.status === status), status);
  const reopened = count(`SELECT COUNT(*) FROM audit_log WHERE entity = 'finding' AND action = 'reopen' AND entity_id IN (${f.map((x) => x.id).join(',')})`);
  assert.equal(reopened, 1);
  // The unit sees its own finding and its notice.
  const own = (await unit.get('/api/v1/findings?year=2025&source=self_evaluation_review&limit=50')).body.items;
  assert.ok(own.length > 0);
  const doc = await unit.get(`/api/v1/documents/${own[0].document_id}`);
  assert.equal(doc.status, 200, JSON.stringify(doc.body));
  assert.equal(doc.body.issued_by_name, '张敏（绩效科）', 'the office that assigned it, though the expert reviewed');
});
