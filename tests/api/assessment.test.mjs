// 事前绩效评估 over HTTP: the department's self-assessment, finance's key assessment with
// scorers (R-KE-3), the conclusion (R-EA-2) and its suggestions travelling to the project, the
// need answer (R-EA-3), scope, and bad input that names its field and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, unit, unit2, department, office, expert, agency;
before(async () => {
  server = await startServer();
  [unit, unit2, department, office, expert, agency] = await Promise.all(
    ['demo_unit', 'demo_unit2', 'demo_department', 'demo_office', 'demo_expert', 'demo_agency']
      .map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

let nextProject = 0;
async function freeProject(client = unit) {
  const items = (await client.get('/api/v1/projects?year=2026&limit=50&sort=-amount_fen')).body.items
    .filter((p) => p.status !== 'cancelled');
  for (; nextProject < items.length; nextProject++) {
    const p = items[nextProject];
    const need = (await client.get(`/api/v1/assessments:need?project_id=${p.id}`)).body;
    if (need.assessment_id === null) { nextProject++; return p; }
  }
  throw new Error('no project left without an assessment');
}

// A declared project without an assessment: the suggestions of its conclusion can move its money.
async function freeDeclared(client = unit) {
  const items = (await client.get('/api/v1/projects?year=2026&status=declared&limit=50')).body.items;
  for (const p of items)
    if ((await client.get(`/api/v1/assessments:need?project_id=${p.id}`)).body.assessment_id === null) return p;
  throw new Error('no declared project left without an assessment');
}

// The sheet filled with each item at `fraction` of its maximum (two decimals).
function filled(sheet, fraction = 0.9) {
  return sheet.aspects.flatMap((a) => a.items.map((i) => ({ key: i.key, score: Math.round(Number(i.max) * fraction * 100) / 100 })));
}
const sum = (items) => Math.round(items.reduce((s, i) => s + Math.round(i.score * 100), 0)) / 100;

async function created(client = unit, status = '') {
  const p = status ? await freeDeclared(client) : await freeProject(client);
  const res = await client.post('/api/v1/assessments', { project_id: p.id, kind: 'project' });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return { project: p, a: res.body };
}

test('a self-assessment, a key assessment by two scorers, a conclusion and its suggestions', async () => {
  const { project, a } = await created(unit, 'declared');
  assert.equal(a.status, 'self_assessing');
  assert.equal(a.status_label, '部门自评估中');
  assert.equal(a.sheet.aspects.length, 5);
  assert.deepEqual(a.sheet.aspects.map((x) => x.weight), ['20.00', '20.00', '20.00', '20.00', '20.00']);
  assert.ok(a.actions.includes('edit') && a.actions.includes('submit'));
  // Another unit does not see it, not even its id.
  assert.equal((await unit2.get(`/api/v1/assessments/${a.id}`)).status, 404);
  assert.ok(!(await unit2.get('/api/v1/assessments?year=2026&limit=200')).body.items.some((x) => x.id === a.id));
  // One per project.
  const twice = await unit.post('/api/v1/assessments', { project_id: project.id });
  assert.equal(twice.status, 409);

  const items = filled(a.sheet, 0.9);
  const saved = await unit.put(`/api/v1/assessments/${a.id}/self`, { version: a.version, items, report: '项目符合规划，测算依据充分。' });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.equal(saved.body.self_score, sum(items).toFixed(2));
  const stale = await unit.put(`/api/v1/assessments/${a.id}/self`, { version: a.version, items, report: '旧版本' });
  assert.equal(stale.status, 409);

  const submitted = await unit.post(`/api/v1/assessments/${a.id}/steps`, { version: saved.body.version, action: 'submit' });
  assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
  assert.equal(submitted.body.status, 'submitted');
  // The unit cannot take finance's decision.
  const byUnit = await unit.post(`/api/v1/assessments/${a.id}/steps`, { version: submitted.body.version, action: 'review', decision: 'select' });
  assert.equal(byUnit.status, 422);

  const selected = await office.post(`/api/v1/assessments/${a.id}/steps`, { version: submitted.body.version, action: 'review', decision: 'select', opinion: '金额较大，财政重点评估' });
  assert.equal(selected.status, 200, JSON.stringify(selected.body));
  assert.equal(selected.body.status, 'key_selected');
  assert.equal(selected.body.level, 'key');

  const candidates = (await office.get('/api/v1/assessments:scorers')).body.items;
  const expertId = candidates.find((c) => c.role === 'expert').id;
  const agencyId = candidates.find((c) => c.role === 'agency').id;
  const assigned = await office.post(`/api/v1/assessments/${a.id}/scorers`, { version: selected.body.version, scorer_ids: [expertId, agencyId] });
  assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
  assert.equal(assigned.body.status, 'scoring');
  assert.equal(assigned.body.scorers.length, 2);

  // The expert sees only what it is assigned.
  const mine = (await expert.get('/api/v1/assessments?queue=scorer')).body.items;
  assert.ok(mine.some((x) => x.id === a.id));
  const view = (await expert.get(`/api/v1/assessments/${a.id}`)).body;
  assert.deepEqual(view.actions.sort(), ['score', 'submit_score']);
  // Bad scores name the item and change nothing.
  const expertItems = filled(view.sheet, 0.8);
  const over = structuredClone(expertItems); over[2].score = 5.01;
  const r1 = await expert.put(`/api/v1/assessments/${a.id}/score`, { items: over, submit: true });
  assert.equal(r1.status, 400);
  assert.equal(r1.body.field, 'items[2].score');
  const decimals = structuredClone(expertItems); decimals[1].score = 3.333;
  const r2 = await expert.put(`/api/v1/assessments/${a.id}/score`, { items: decimals, submit: true });
  assert.equal(r2.status, 400);
  assert.equal(r2.body.field, 'items[1].score');
  assert.equal((await expert.get(`/api/v1/assessments/${a.id}`)).body.scorers[0].total, null);
  // Someone not assigned does not score it.
  assert.equal((await unit.put(`/api/v1/assessments/${a.id}/score`, { items: expertItems, submit: true })).status, 403);

  const e = await expert.put(`/api/v1/assessments/${a.id}/score`, { items: expertItems, opinion: '成本测算偏高', submit: true });
  assert.equal(e.status, 200, JSON.stringify(e.body));
  assert.equal(e.body.status, 'scoring');
  const agencyItems = filled(view.sheet, 0.7);
  const g = await agency.put(`/api/v1/assessments/${a.id}/score`, { items: agencyItems, submit: true });
  assert.equal(g.status, 200, JSON.stringify(g.body));
  assert.equal(g.body.status, 'scored');

  const ready = (await office.get(`/api/v1/assessments/${a.id}`)).body;
  assert.ok(ready.actions.includes('conclude'));
  const amount = ready.amount_fen;
  const suggested = Math.floor(amount * 0.8);
  const concluded = await office.post(`/api/v1/assessments/${a.id}/conclusion`, {
    version: ready.version, suggested_amount_fen: suggested, suggested_target_changes: '下调培训人次指标', opinion: '调整后支持' });
  assert.equal(concluded.status, 200, JSON.stringify(concluded.body));
  assert.equal(concluded.body.status, 'concluded');
  const mean = Math.round((sum(expertItems) + sum(agencyItems)) * 100 / 2) / 100;
  assert.equal(concluded.body.final_score, mean.toFixed(2));
  assert.equal(concluded.body.grade_label, '中');
  assert.equal(concluded.body.conclusion, 'support_after_changes');
  assert.equal(concluded.body.conclusion_label, '调整后支持');

  // The department accepts: the project's money becomes the suggested amount.
  const accepted = await unit.post(`/api/v1/assessments/${a.id}/accept`, { version: concluded.body.version });
  assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
  assert.equal(accepted.body.suggestions_accepted, true);
  assert.ok(!accepted.body.actions.includes('accept_suggestions'));
  assert.equal((await unit.get(`/api/v1/projects/${project.id}`)).body.amount_fen, suggested);
  // Every step is on the project's timeline.
  const timeline = (await unit.get(`/api/v1/projects/${project.id}/history`)).body.items;
  const steps = timeline.filter((x) => x.entity === 'assessment').map((x) => x.action);
  for (const s of ['create', 'save_self', 'submit', 'select', 'assign', 'submit_score', 'conclude', 'accept_suggestions'])
    assert.ok(steps.includes(s), s);

  const report = await unit.get(`/api/v1/assessments/${a.id}/report`);
  assert.equal(report.status, 200);
  const html = report.body.toString();
  assert.match(html, /事前绩效评估报告/);
  assert.match(html, /调整后支持/);
  assert.equal((await unit2.get(`/api/v1/assessments/${a.id}/report`)).status, 404);
  const docx = await unit.get(`/api/v1/assessments/${a.id}/docx`);
  assert.equal(docx.status, 200);
  assert.match(docx.headers.get('content-type'), /wordprocessingml/);
  assert.equal(docx.body.subarray(0, 2).toString(), 'PK');
  assert.equal((await unit2.get(`/api/v1/assessments/${a.id}/docx`)).status, 404);

  const stats = (await office.get('/api/v1/statistics/assessments?year=2026')).body;
  assert.ok(stats.count >= 1);
  assert.ok(stats.by_conclusion.some((x) => x.key === 'support_after_changes'));
  assert.ok(stats.kept_out_fen >= amount - suggested);
});

test('whoever wrote the self-assessment may not score it (R-KE-3)', async () => {
  const { a } = await created();
  // The office writes part of the department's sheet (it may: the assessment is in its region).
  const items = filled(a.sheet, 0.95);
  const byOffice = await office.put(`/api/v1/assessments/${a.id}/self`, { version: a.version, items, report: '绩效科代为填写' });
  assert.equal(byOffice.status, 200, JSON.stringify(byOffice.body));
  const sub = await unit.post(`/api/v1/assessments/${a.id}/steps`, { version: byOffice.body.version, action: 'submit' });
  const sel = await office.post(`/api/v1/assessments/${a.id}/steps`, { version: sub.body.version, action: 'review', decision: 'select' });
  assert.equal(sel.status, 200, JSON.stringify(sel.body));
  const me = (await office.get('/api/v1/me')).body;
  const refused = await office.post(`/api/v1/assessments/${a.id}/scorers`, { version: sel.body.version, scorer_ids: [me.user.id] });
  assert.equal(refused.status, 422, JSON.stringify(refused.body));
  assert.equal(refused.body.code, 'conflict_of_interest');
  assert.match(refused.body.detail, /R-KE-3/);
  const after = (await office.get(`/api/v1/assessments/${a.id}`)).body;
  assert.equal(after.status, 'key_selected');
  assert.equal(after.scorers.length, 0);
  assert.equal(after.version, sel.body.version);
  // An expert not assigned cannot reach it.
  assert.equal((await expert.get(`/api/v1/assessments/${a.id}`)).status, 404);
});

test('finance accepts a self-assessment and concludes on its score', async () => {
  const { a } = await created();
  const saved = await unit.put(`/api/v1/assessments/${a.id}/self`, { version: a.version, items: filled(a.sheet, 0.5), report: '自评' });
  const sub = await unit.post(`/api/v1/assessments/${a.id}/steps`, { version: saved.body.version, action: 'submit' });
  // A return needs an opinion.
  const noOpinion = await office.post(`/api/v1/assessments/${a.id}/steps`, { version: sub.body.version, action: 'review', decision: 'return' });
  assert.equal(noOpinion.status, 400);
  assert.equal(noOpinion.body.field, 'opinion');
  const acc = await office.post(`/api/v1/assessments/${a.id}/steps`, { version: sub.body.version, action: 'review', decision: 'accept' });
  assert.equal(acc.status, 200, JSON.stringify(acc.body));
  assert.equal(acc.body.status, 'concluded');
  assert.equal(acc.body.final_score, acc.body.self_score);
  assert.equal(acc.body.grade, 'poor');
  assert.equal(acc.body.conclusion, 'not_supported');
});

test('bad input names its field and changes nothing', async () => {
  const { a } = await created();
  const items = filled(a.sheet, 1);
  const bad = structuredClone(items); bad[0].score = 25;
  const r = await unit.put(`/api/v1/assessments/${a.id}/self`, { version: a.version, items: bad, report: 'x' });
  assert.equal(r.status, 400);
  assert.equal(r.body.field, 'items[0].score');
  const wrongKey = structuredClone(items); wrongKey[3].key = 'nope';
  const r2 = await unit.put(`/api/v1/assessments/${a.id}/self`, { version: a.version, items: wrongKey });
  assert.equal(r2.status, 400);
  assert.equal(r2.body.field, 'items[3].key');
  const r3 = await unit.put(`/api/v1/assessments/${a.id}/self`, { version: a.version, items, status: 'concluded' });
  assert.equal(r3.status, 400);
  const now = (await unit.get(`/api/v1/assessments/${a.id}`)).body;
  assert.equal(now.version, a.version);
  assert.equal(now.self_items.length, 0);
  // Submitting an empty sheet is refused.
  const early = await unit.post(`/api/v1/assessments/${a.id}/steps`, { version: a.version, action: 'submit' });
  assert.equal(early.status, 400);
  assert.equal(early.body.field, 'items');
});

test('whether a project needs an assessment, and finance marks a major one', async () => {
  const p = (await unit.get('/api/v1/projects?year=2026&limit=50&sort=amount_fen')).body.items
    .find((x) => x.category === 'recurring' && x.status !== 'cancelled');
  assert.ok(p);
  const before = (await unit.get(`/api/v1/assessments:need?project_id=${p.id}`)).body;
  assert.equal(before.needed, false);
  assert.match(before.reasons[0], /R-EA-3/);
  assert.equal((await unit.post('/api/v1/assessments:major', { project_id: p.id, reason: '涉及民生' })).status, 403);
  const marked = await office.post('/api/v1/assessments:major', { project_id: p.id, reason: '社会关注度高' });
  assert.equal(marked.status, 200, JSON.stringify(marked.body));
  assert.equal(marked.body.needed, true);
  assert.deepEqual(marked.body.reasons, ['财政标记为重大项目（R-EA-3）']);
  assert.equal((await unit2.get(`/api/v1/assessments:need?project_id=${p.id}`)).status, 404);
});

test('a region chooses the 004 mapping (中 is not supported); its parameters are checked', async () => {
  const params = { excellent_conclusion: '予以支持', good_conclusion: '予以支持', fair_conclusion: '不予支持',
    poor_conclusion: '不予支持', trim_at_least: 0 };
  const bad = await office.put('/api/v1/rules/R-EA-2?year=2026', { params: { ...params, fair_conclusion: 'maybe' } });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'params.fair_conclusion');
  const two = await office.put('/api/v1/rules/R-EA-2?year=2026', { params: { ...params, trim_at_least: 2 } });
  assert.equal(two.status, 400);
  assert.equal(two.body.field, 'params.trim_at_least');
  const sheet = (await office.get('/api/v1/rules?year=2026')).body.items.find((r) => r.id === 'R-EA-1');
  const broken = structuredClone(sheet.params); broken.project[0].max = 9;
  const sum = await office.put('/api/v1/rules/R-EA-1?year=2026', { params: broken });
  assert.equal(sum.status, 400);
  assert.equal(sum.body.field, 'params.project');
  assert.equal((await office.put('/api/v1/rules/R-EA-2?year=2026', { params })).status, 200);
  try {
    const { a } = await created();
    const saved = await unit.put(`/api/v1/assessments/${a.id}/self`, { version: a.version, items: filled(a.sheet, 0.7), report: '自评' });
    const sub = await unit.post(`/api/v1/assessments/${a.id}/steps`, { version: saved.body.version, action: 'submit' });
    const acc = await office.post(`/api/v1/assessments/${a.id}/steps`, { version: sub.body.version, action: 'review', decision: 'accept' });
    assert.equal(acc.body.grade, 'fair');
    assert.equal(acc.body.conclusion, 'not_supported');
    assert.equal(acc.body.conclusions.by_grade.fair, 'not_supported');
  } finally {
    await office.delete('/api/v1/rules/R-EA-2?year=2026');
  }
});

test('evidence attaches to an assessment within its scope', async () => {
  const { a } = await created();
  const bytes = Buffer.alloc(2048, 32); Buffer.from('%PDF-1.7\n').copy(bytes, 0);
  const form = () => { const fd = new FormData(); fd.append('file', new Blob([bytes], { type: 'application/pdf' }), '测算依据.pdf'); return fd; };
  const path = `/api/v1/evidence?document_type=assessment&document_id=${a.id}`;
  const up = await unit.post(path, form());
  assert.equal(up.status, 201, JSON.stringify(up.body));
  assert.equal((await unit.get(path)).body.items.length, 1);
  assert.equal((await unit2.post(path, form())).status, 404);
  assert.equal((await unit2.get(path)).status, 404);
  assert.equal((await expert.get(path)).status, 404);
});
