// Targets over HTTP: the lint contract, the workflow with the pass mark, scope, assignments,
// recommendations, statistics and bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';
import { goodTarget } from './target_fixtures.mjs';

let server, office, section, department, unit, unit2, expert, county, viewer;
before(async () => {
  server = await startServer();
  [office, section, department, unit, unit2, expert, county, viewer] = await Promise.all(
    ['demo_office', 'demo_section', 'demo_department', 'demo_unit', 'demo_unit2', 'demo_expert', 'demo_county_office', 'demo_viewer']
      .map((u) => loggedIn(server.base, u)));
});
after(async () => { await server?.stop(); });

// The unit's projects without a target, largest first.
async function freeProjects(client, n) {
  const out = [];
  let cursor = '';
  while (out.length < n) {
    const page = await client.get(`/api/v1/projects?year=2026&limit=100${cursor}`);
    for (const p of page.body.items) {
      if (p.status === 'cancelled') continue;
      const t = await client.get(`/api/v1/targets?project_id=${p.id}`);
      if (t.body.total === 0) out.push(p);
      if (out.length === n) break;
    }
    if (!page.body.next_cursor) break;
    cursor = `&cursor=${page.body.next_cursor}`;
  }
  return out;
}

const score = (c, r, a, f) => ({ completeness: c, relevance: r, appropriateness: a, feasibility: f });

test('lint answers the contract without writing anything', async () => {
  const bad = {
    kind: 'project', amount_fen: 100_000_00, overall_goal: '进一步提高教学质量',
    indicators: [
      { category: 'output', subcategory: 'quantity', name: '培训人次', comparator: '>=', value: '', unit: '人次', weight: 30 },
      { category: 'benefit', subcategory: 'social', name: '有效提升教学水平', comparator: 'qualitative', value: '有效提升', unit: '', weight: 30 },
      { category: 'satisfaction', subcategory: 'service_recipient', name: '满意度', comparator: '>=', value: '120', unit: '%', weight: 10 },
      { category: 'cost', subcategory: 'economic_cost', name: '培训总成本', comparator: '<=', value: '200', unit: '万元', weight: 10 },
    ],
  };
  const r = await unit.post('/api/v1/targets:lint', bad);
  assert.equal(r.status, 200);
  const codes = r.body.findings.map((f) => f.code);
  for (const c of ['value_missing', 'vague_indicator', 'satisfaction_out_of_range', 'cost_exceeds_amount'])
    assert.ok(codes.includes(c), `${c} in ${codes}`);
  for (const f of r.body.findings) {
    assert.ok(['error', 'warning'].includes(f.severity));
    assert.ok(f.indicator === null || Number.isInteger(f.indicator));
    assert.match(f.message, /[\u4e00-\u9fa5]/);
    // People read the code's 中文 title; the code itself is for machines and tooltips.
    assert.match(f.title, /^[^a-z_]*[\u4e00-\u9fa5][^a-z_]*$/, `${f.code}: ${f.title}`);
  }
  const vague = r.body.findings.find((f) => f.code === 'vague_indicator');
  assert.equal(vague.indicator, 1);
  assert.equal(vague.severity, 'error');
  const good = await unit.post('/api/v1/targets:lint', { kind: 'project', amount_fen: 500_000_000, ...goodTarget() });
  assert.deepEqual(good.body.findings.filter((f) => f.severity === 'error'), []);
  const listed = await unit.get('/api/v1/targets?year=2026');
  assert.equal(listed.status, 200);
});

test('bad input names its field and changes nothing', async () => {
  const cases = [
    [{ kind: 'project', overall_goal: 'x', indicators: [{ category: 'input', subcategory: 'quantity', name: 'a', comparator: '>=', value: '1', unit: '个' }] }, 'indicators[0].category'],
    [{ kind: 'project', overall_goal: 'x', indicators: [{ category: 'output', subcategory: 'quantity', name: 'a', comparator: '≈', value: '1', unit: '个' }] }, 'indicators[0].comparator'],
    [{ kind: 'project', overall_goal: 'x', indicators: [{ category: 'output', subcategory: 'quantity', name: 'a', comparator: '>=', value: '1', unit: '个', weight: 'heavy' }] }, 'indicators[0].weight'],
    [{ kind: 'project', overall_goal: 'x', colour: 'red', indicators: [] }, 'colour'],
    [{ kind: 'program', overall_goal: 'x', indicators: [] }, 'kind'],
  ];
  for (const [body, field] of cases) {
    const r = await unit.post('/api/v1/targets:lint', body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.body.field, field);
    assert.match(r.body.detail, /[\u4e00-\u9fa5]/);
  }
  const [p] = await freeProjects(unit, 1);
  const created = await unit.post('/api/v1/targets', { kind: 'project', project_id: p.id, overall_goal: 'x', indicators: [{ category: 'benefit', subcategory: 'quantity', name: 'a', comparator: '>=', value: '1', unit: '个' }] });
  assert.equal(created.status, 400);
  assert.equal(created.body.field, 'indicators[0].subcategory');
  assert.equal((await unit.get(`/api/v1/targets?project_id=${p.id}`)).body.total, 0);
});

test('a target goes from draft through lint, department, section and office; under the pass mark it gets no money', async () => {
  const [p1, p2] = await freeProjects(unit, 2);
  // A draft with problems saves (so work is not lost) but cannot be submitted.
  const draft = await unit.post('/api/v1/targets', { kind: 'project', project_id: p1.id, overall_goal: '有效提升教学水平', indicators: goodTarget().indicators.slice(0, 2) });
  assert.equal(draft.status, 201, JSON.stringify(draft.body));
  const t = draft.body;
  assert.equal(t.status, 'draft');
  assert.equal(t.amount_fen, p1.amount_fen);
  assert.ok(t.errors > 0);
  assert.ok(t.actions.includes('submit'));
  const blocked = await unit.post(`/api/v1/targets/${t.id}/submit`, { version: t.version });
  assert.equal(blocked.status, 422);
  assert.equal(blocked.body.code, 'lint_errors');
  assert.ok(blocked.body.findings.some((f) => f.code === 'too_few_indicators'));

  // Another unit sees nothing of it, not even its id.
  assert.equal((await unit2.get(`/api/v1/targets/${t.id}`)).status, 404);
  assert.equal((await unit2.get(`/api/v1/targets?project_id=${p1.id}`)).body.total, 0);
  assert.equal((await unit2.patch(`/api/v1/targets/${t.id}`, { version: t.version, overall_goal: 'x' })).status, 404);
  assert.equal((await expert.get(`/api/v1/targets/${t.id}`)).status, 404);

  const fixed = await unit.patch(`/api/v1/targets/${t.id}`, { version: t.version, ...goodTarget() });
  assert.equal(fixed.status, 200, JSON.stringify(fixed.body));
  assert.equal(fixed.body.errors, 0);
  const stale = await unit.patch(`/api/v1/targets/${t.id}`, { version: t.version, overall_goal: '旧版本' });
  assert.equal(stale.status, 409);
  const submitted = await unit.post(`/api/v1/targets/${t.id}/submit`, { version: fixed.body.version });
  assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
  assert.equal(submitted.body.status, 'submitted');
  assert.equal((await unit.patch(`/api/v1/targets/${t.id}`, { version: submitted.body.version, overall_goal: 'x' })).status, 422);

  // R-TR-1: the unit's department reviews it first; the section and the office wait for it.
  const early = await office.post(`/api/v1/targets/${t.id}/review`, { version: submitted.body.version, decision: 'approve', scores: score(20, 30, 25, 25) });
  assert.equal(early.status, 422);
  const sectionEarly = await section.post(`/api/v1/targets/${t.id}/review`, { version: submitted.body.version, decision: 'pass' });
  assert.equal(sectionEarly.status, 422);
  assert.deepEqual((await section.get(`/api/v1/targets/${t.id}`)).body.actions, []);
  assert.deepEqual((await department.get(`/api/v1/targets/${t.id}`)).body.actions, ['review_department']);
  const noOpinion = await department.post(`/api/v1/targets/${t.id}/review`, { version: submitted.body.version, decision: 'return' });
  assert.equal(noOpinion.status, 400);
  assert.equal(noOpinion.body.field, 'comment');
  const sentBack = await department.post(`/api/v1/targets/${t.id}/review`, { version: submitted.body.version, decision: 'return', comment: '请核实培训人次' });
  assert.equal(sentBack.status, 200, JSON.stringify(sentBack.body));
  assert.equal(sentBack.body.status, 'returned');
  assert.equal(sentBack.body.reviews.at(-1).stage, 'department');
  assert.equal(sentBack.body.reviews.at(-1).stage_label, '部门审核');
  const resubmitted = await unit.post(`/api/v1/targets/${t.id}/submit`, { version: sentBack.body.version });
  assert.equal(resubmitted.body.status, 'submitted');
  const byDepartment = await department.post(`/api/v1/targets/${t.id}/review`, { version: resubmitted.body.version, decision: 'pass', comment: '同意报送' });
  assert.equal(byDepartment.status, 200, JSON.stringify(byDepartment.body));
  assert.equal(byDepartment.body.status, 'department_reviewed');
  assert.equal(byDepartment.body.status_label, '部门已审核');

  // Then the section in charge, then the office.
  const stillEarly = await office.post(`/api/v1/targets/${t.id}/review`, { version: byDepartment.body.version, decision: 'approve', scores: score(20, 30, 25, 25) });
  assert.equal(stillEarly.status, 422);
  const viewSection = await section.get(`/api/v1/targets/${t.id}`);
  assert.ok(viewSection.body.actions.includes('review_section'));
  const noComment = await section.post(`/api/v1/targets/${t.id}/review`, { version: byDepartment.body.version, decision: 'return' });
  assert.equal(noComment.status, 400);
  assert.equal(noComment.body.field, 'comment');
  const passed = await section.post(`/api/v1/targets/${t.id}/review`, { version: byDepartment.body.version, decision: 'pass', comment: '同意' });
  assert.equal(passed.status, 200, JSON.stringify(passed.body));
  assert.equal(passed.body.status, 'section_reviewed');

  // Scores out of range are refused; 59.99 is under the pass mark of 60 (R-TR-2).
  const over = await office.post(`/api/v1/targets/${t.id}/review`, { version: passed.body.version, decision: 'approve', scores: score(21, 30, 25, 25) });
  assert.equal(over.status, 400);
  assert.equal(over.body.field, 'scores.completeness');
  const failed = await office.post(`/api/v1/targets/${t.id}/review`, { version: passed.body.version, decision: 'approve', scores: score(12, 18, 15, 14.99) });
  assert.equal(failed.status, 200, JSON.stringify(failed.body));
  assert.equal(failed.body.status, 'rejected');
  assert.equal(failed.body.score, '59.99');
  assert.equal(failed.body.grade, 'poor');
  assert.equal(failed.body.not_funded, true);
  assert.equal(failed.body.pass_mark, '60.00');
  assert.equal(failed.body.reviews.at(-1).total, '59.99');

  // A second target scores above the mark and is approved, then adjusted through a record.
  const t2 = (await unit.post('/api/v1/targets', { kind: 'project', project_id: p2.id, ...goodTarget() })).body;
  const s2 = (await unit.post(`/api/v1/targets/${t2.id}/submit`, { version: t2.version })).body;
  const d2 = (await department.post(`/api/v1/targets/${t2.id}/review`, { version: s2.version, decision: 'pass' })).body;
  const r2 = (await section.post(`/api/v1/targets/${t2.id}/review`, { version: d2.version, decision: 'pass' })).body;
  const ok = await office.post(`/api/v1/targets/${t2.id}/review`, { version: r2.version, decision: 'approve', scores: score(18, 27, 22.5, 22.5), comment: '目标明确' });
  assert.equal(ok.body.status, 'approved');
  assert.equal(ok.body.score, '90.00');
  assert.equal(ok.body.grade_label, '优');
  assert.equal(ok.body.not_funded, false);
  assert.ok(!ok.body.actions.includes('edit'));
  const frozen = await unit.patch(`/api/v1/targets/${t2.id}`, { version: ok.body.version, overall_goal: '改' });
  assert.equal(frozen.status, 422);
  assert.equal(frozen.body.code, 'target_frozen');
  const adjusting = await unit.post(`/api/v1/targets/${t2.id}/adjust`, { version: ok.body.version, reason: '预算调减，培训人次相应调整' });
  assert.equal(adjusting.body.status, 'adjusting');
  assert.ok(adjusting.body.actions.includes('edit'));

  // Every step is on the project's timeline.
  const history = await unit.get(`/api/v1/projects/${p2.id}/history`);
  const actions = history.body.items.map((h) => h.action);
  for (const a of ['create', 'submit', 'pass', 'approve', 'adjust']) assert.ok(actions.includes(a), `${a} in ${actions}`);
  const own = await unit.get(`/api/v1/targets/${t2.id}/history`);
  assert.equal(own.body.items.at(-1).after.comment, '预算调减，培训人次相应调整');
  // A project with a target is no longer deletable.
  assert.notEqual((await unit.delete(`/api/v1/projects/${p2.id}`)).status, 204);
});

test('a region sets its own pass mark for a year; lower regions inherit it', async () => {
  const rules = await office.get('/api/v1/rules?year=2026');
  const tr2 = rules.body.items.find((r) => r.id === 'R-TR-2');
  assert.equal(tr2.region_id, null);
  assert.equal(tr2.params.pass_mark, 60);
  const bad = await office.put('/api/v1/rules/R-TR-2?year=2026', { params: { ...tr2.params, pass_mark: 'high' } });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'params.pass_mark');
  const sheet = tr2.params.sheet.map((i) => ({ ...i, max: i.key === 'relevance' ? 40 : i.max }));
  const badSum = await office.put('/api/v1/rules/R-TR-2?year=2026', { params: { ...tr2.params, sheet } });
  assert.equal(badSum.status, 400);
  assert.equal((await unit.put('/api/v1/rules/R-TR-2?year=2027', { params: { ...tr2.params, pass_mark: 70 } })).status, 403);
  const set = await office.put('/api/v1/rules/R-TR-2?year=2027', { params: { ...tr2.params, pass_mark: 70 } });
  assert.equal(set.status, 200, JSON.stringify(set.body));
  assert.equal(set.body.params.pass_mark, 70);
  const inherited = (await county.get('/api/v1/rules?year=2027')).body.items.find((r) => r.id === 'R-TR-2');
  assert.equal(inherited.params.pass_mark, 70);
  assert.equal(inherited.region_name, '云岭州');
  assert.equal((await office.get('/api/v1/rules?year=2026')).body.items.find((r) => r.id === 'R-TR-2').params.pass_mark, 60);
  const reset = await office.delete('/api/v1/rules/R-TR-2?year=2027');
  assert.equal(reset.body.params.pass_mark, 60);
});

test('experts see only the targets assigned to them, and advise without deciding', async () => {
  const [p] = await freeProjects(unit, 1);
  const t = (await unit.post('/api/v1/targets', { kind: 'project', project_id: p.id, ...goodTarget() })).body;
  const s = (await unit.post(`/api/v1/targets/${t.id}/submit`, { version: t.version })).body;
  assert.equal((await expert.get(`/api/v1/targets/${t.id}`)).status, 404);
  const reviewers = await office.get('/api/v1/reviewers');
  const me = reviewers.body.items.find((r) => r.role === 'expert');
  assert.ok(me);
  assert.equal((await unit.post('/api/v1/review-batches', { year: 2026, name: 'x', reviewer_id: me.id, target_ids: [t.id] })).status, 403);
  // The demo's batches already gave the expert some; the new one adds exactly this target.
  const before = (await expert.get('/api/v1/targets?assigned=1&year=2026&limit=200')).body.items.map((i) => i.id);
  assert.ok(!before.includes(t.id));
  const batch = await office.post('/api/v1/review-batches', { year: 2026, name: '2026年第一批目标评审', reviewer_id: me.id, target_ids: [t.id] });
  assert.equal(batch.status, 201, JSON.stringify(batch.body));
  const mine = await expert.get('/api/v1/targets?assigned=1&year=2026&limit=200');
  assert.deepEqual(mine.body.items.map((i) => i.id).sort((a, b) => a - b), [...before, t.id].sort((a, b) => a - b));
  const view = await expert.get(`/api/v1/targets/${t.id}`);
  assert.ok(view.body.actions.includes('review_expert'));
  const advice = await expert.post(`/api/v1/targets/${t.id}/review`, { version: s.version, decision: 'advise', scores: score(18, 25, 20, 20), comment: '成本指标偏粗' });
  assert.equal(advice.status, 200, JSON.stringify(advice.body));
  assert.equal(advice.body.status, 'submitted');
  assert.equal(advice.body.reviews.at(-1).stage, 'expert');
  assert.equal(advice.body.reviews.at(-1).total, '83.00');
  assert.equal((await expert.post(`/api/v1/targets/${t.id}/review`, { version: s.version, decision: 'approve', scores: score(20, 30, 25, 25) })).status, 400);
  assert.equal((await expert.get('/api/v1/statistics/targets?year=2026')).status, 403);
});

test('the library finds indicators by two Chinese characters and recommends for a project', async () => {
  const found = await unit.get('/api/v1/library/indicators?q=' + encodeURIComponent('培训'));
  assert.equal(found.status, 200);
  assert.ok(found.body.items.length > 0);
  assert.ok(found.body.items.every((i) => i.name.includes('培') && i.name.includes('训')));
  const none = await unit.get('/api/v1/library/indicators?q=' + encodeURIComponent('量子纠缠'));
  assert.equal(none.body.total, 0);
  const cases = await unit.get('/api/v1/library/cases?industry=education');
  assert.ok(cases.body.items.length > 0);
  const one = await unit.get(`/api/v1/library/cases/${cases.body.items[0].id}`);
  assert.ok(one.body.indicators.length > 0);
  const [p] = await freeProjects(unit, 1);
  const rec = await unit.get(`/api/v1/recommendations?project_id=${p.id}&limit=10`);
  assert.equal(rec.status, 200);
  assert.ok(rec.body.items.length > 0);
  const scores = rec.body.items.map((i) => i.score);
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
  assert.equal((await unit2.get(`/api/v1/recommendations?project_id=${p.id}`)).status, 400);
});

test('library maintenance is the office\'s, for its own region, all rows or none', async () => {
  const row = { industry: 'education', category: 'output', subcategory: 'quantity', name: '州本级校长培训人次', comparator: '>=', unit: '人次', typical_value: '120' };
  assert.equal((await unit.post('/api/v1/library/indicators', row)).status, 403);
  const made = await office.post('/api/v1/library/indicators', row);
  assert.equal(made.status, 201, JSON.stringify(made.body));
  assert.equal(made.body.national, false);
  assert.equal((await office.post('/api/v1/library/indicators', row)).status, 409);
  const national = (await office.get('/api/v1/library/indicators?limit=1')).body.items[0];
  assert.equal(national.national, true);
  assert.equal((await office.delete(`/api/v1/library/indicators/${national.id}`)).status, 403);
  const csv = '行业,一级指标,二级指标,三级指标,计量单位,比较符,参考值\n教育,产出指标,数量指标,送教下乡次数,次,≥,12\n教育,效益指标,数量指标,错误的二级,次,≥,1\n';
  const rejected = await office.post('/api/v1/library/indicators:import', csv, { headers: { 'content-type': 'text/csv' } });
  assert.equal(rejected.status, 400);
  assert.equal(rejected.body.errors[0].row, 3);
  assert.equal((await office.get('/api/v1/library/indicators?scope=own&q=' + encodeURIComponent('送教'))).body.total, 0);
  const okCsv = csv.split('\n').slice(0, 2).join('\n') + '\n';
  const imported = await office.post('/api/v1/library/indicators:import', okCsv, { headers: { 'content-type': 'text/csv' } });
  assert.equal(imported.status, 200, JSON.stringify(imported.body));
  assert.equal(imported.body.imported, 1);
  assert.equal((await unit.get('/api/v1/library/indicators?q=' + encodeURIComponent('送教'))).body.total, 1);
  // A county sees the prefecture's rows; the prefecture does not see the county's.
  assert.equal((await county.get('/api/v1/library/indicators?q=' + encodeURIComponent('送教'))).body.total, 1);
});

test('statistics count targets and the coverage of projects and money', async () => {
  const st = await office.get('/api/v1/statistics/targets?year=2026');
  assert.equal(st.status, 200);
  assert.ok(st.body.projects > 0);
  assert.ok(st.body.submitted >= 1);
  assert.ok(st.body.by_status.approved + st.body.by_status.adjusting >= 0);
  // Every state of the workflow has its count, the department's step among them.
  assert.deepEqual(Object.keys(st.body.by_status),
    ['draft', 'submitted', 'department_reviewed', 'section_reviewed', 'returned', 'approved', 'rejected', 'adjusting']);
  assert.ok(st.body.by_status.department_reviewed > 0);
  assert.match(st.body.project_coverage, /^\d+\.\d\d$/);
  assert.ok(st.body.by_department.length > 0);
  assert.ok(st.body.by_fund_type.every((f) => f.label));
  const none = await office.get('/api/v1/statistics/targets?year=2031');
  assert.equal(none.body.project_coverage, '—');
  const unitView = await unit.get('/api/v1/statistics/targets?year=2026');
  assert.ok(unitView.body.projects < st.body.projects);
  assert.equal(unitView.body.region, null);
  assert.deepEqual(unitView.body.by_region, []);
});

test('target statistics go down the region tree: regions one level down, then one county', async () => {
  const top = (await office.get('/api/v1/statistics/targets?year=2026')).body;
  assert.equal(top.region.name, '云岭州');
  assert.deepEqual(top.trail.map((r) => r.name), ['云岭州']);
  assert.deepEqual(top.by_region.map((r) => r.label), ['云溪县', '松岚县', '苍岭县']);
  const sum = (k) => [...top.by_region, ...top.by_department].reduce((a, r) => a + r[k], 0);
  for (const k of ['projects', 'amount_fen', 'projects_approved', 'amount_approved_fen', 'failing'])
    assert.equal(sum(k), top[k], k);
  const row = top.by_region[0];
  const one = await office.get(`/api/v1/statistics/targets?year=2026&region_id=${row.key}`);
  assert.equal(one.status, 200);
  assert.deepEqual(one.body.trail.map((r) => r.name), ['云岭州', '云溪县']);
  assert.deepEqual(one.body.by_region, []);
  assert.equal(one.body.projects, row.projects);
  assert.equal(one.body.amount_coverage, row.amount_coverage);
  // The county's own office sees the same figures, and nothing above its county.
  const own = (await county.get('/api/v1/statistics/targets?year=2026')).body;
  assert.equal(own.region.id, Number(row.key));
  assert.deepEqual(own.by_status, one.body.by_status);
  const above = await county.get(`/api/v1/statistics/targets?year=2026&region_id=${top.region.id}`);
  assert.equal(above.status, 404);
  const bad = await office.get('/api/v1/statistics/targets?year=2026&region_id=abc');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'region_id');
  assert.equal((await unit.get(`/api/v1/statistics/targets?year=2026&region_id=${row.key}`)).status, 403);
});

test('the home to-dos name the targets waiting for each reviewer', async () => {
  const todo = async (c, kind) => (await c.get('/api/v1/todos?year=2026')).body.items.find((t) => t.kind === kind);
  const statuses = async (c, queue) => {
    const page = (await c.get(`/api/v1/targets?year=2026&queue=${queue}&limit=500`)).body;
    return { total: page.total, statuses: new Set(page.items.map((i) => i.status)), items: page.items };
  };
  // The department's: its units' submitted targets, none of its own.
  const d = await todo(department, 'department_targets');
  assert.ok(d && d.count > 0 && d.link === '/targets/review', JSON.stringify(d));
  assert.match(d.title, /待部门审核/);
  const dq = await statuses(department, 'department');
  assert.equal(dq.total, d.count);
  assert.deepEqual([...dq.statuses], ['submitted']);
  assert.ok(dq.items.every((i) => i.unit_id !== i.department_id));
  // The section's: what the departments passed.
  const s = await todo(section, 'section_targets');
  assert.ok(s && s.count > 0 && s.link === '/targets/review', JSON.stringify(s));
  const sq = await statuses(section, 'section');
  assert.equal(sq.total, s.count);
  assert.deepEqual([...sq.statuses], ['department_reviewed']);
  const o = await todo(office, 'office_targets');
  assert.ok(o && o.count > 0);
  const oq = await statuses(office, 'office');
  assert.equal(oq.total, o.count);
  assert.ok([...oq.statuses].every((st) => ['section_reviewed', 'department_reviewed'].includes(st)), [...oq.statuses]);
  const e = await todo(expert, 'assigned_targets');
  assert.ok(e && e.count >= 1);
  assert.equal(await todo(unit2, 'section_targets'), undefined);
  assert.equal(await todo(unit2, 'department_targets'), undefined);
  assert.equal(await todo(section, 'department_targets'), undefined);
});

test('a queue is the department\'s, the section\'s or the office\'s', async () => {
  const bad = await office.get('/api/v1/targets?year=2026&queue=expert');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'queue');
  assert.match(bad.body.detail, /[\u4e00-\u9fa5]/);
  // Another department's queue holds none of demo_department's units' targets.
  const mine = (await department.get('/api/v1/targets?year=2026&queue=department&limit=500')).body.items.map((i) => i.id);
  const other = (await unit2.get('/api/v1/targets?year=2026&queue=department&limit=500')).body.items;
  assert.ok(other.every((i) => !mine.includes(i.id)));
});

test('a target the department submits for its unit goes straight to the section', async () => {
  const [p] = await freeProjects(unit, 1);
  const t = (await unit.post('/api/v1/targets', { kind: 'project', project_id: p.id, ...goodTarget() })).body;
  const sent = await department.post(`/api/v1/targets/${t.id}/submit`, { version: t.version });
  assert.equal(sent.status, 200, JSON.stringify(sent.body));
  assert.equal(sent.body.status, 'department_reviewed');
  // No review of its own to do; until the section acts, it may take the submission back.
  assert.deepEqual(sent.body.actions, ['withdraw']);
  assert.ok((await section.get(`/api/v1/targets/${t.id}`)).body.actions.includes('review_section'));
});
