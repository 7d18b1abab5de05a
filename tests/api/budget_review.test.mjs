// 预算评审: a declared project's review record, finance's batch entry (all or nothing, each bad
// row naming its field), who sees and enters what, the import, and statistics that add up.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, unit, unit2, department, section, office, county;
let me;
before(async () => {
  server = await startServer();
  [unit, unit2, department, section, office, county] = await Promise.all(
    ['demo_unit', 'demo_unit2', 'demo_department', 'demo_section', 'demo_office', 'demo_county_office']
      .map((u) => loggedIn(server.base, u)));
  me = (await unit.get('/api/v1/me')).body.user;
});
after(async () => { await server?.stop(); });

let serial = 0;
// A project of `who` for unit_id, declared: its review is waiting.
async function declared(who, unitId, amountFen, name = '评审测试项目') {
  const code = `BR-${++serial}`;
  const p = (await who.post('/api/v1/projects', { year: 2026, code, name: `${name}${serial}`, unit_id: unitId,
    fund_type: 'general', amount_fen: amountFen, function_class: '2050201', category: 'new' })).body;
  assert.ok(p.id, JSON.stringify(p));
  const d = await who.post(`/api/v1/projects/${p.id}/steps`, { version: p.version, action: 'declare' });
  assert.equal(d.status, 200, JSON.stringify(d.body));
  return d.body;
}

async function reviewOf(client, project) {
  const list = (await client.get(`/api/v1/budget-reviews?year=2026&q=${encodeURIComponent(project.code)}`)).body;
  return list.items?.find((r) => r.project_id === project.id);
}

async function reviewTodo(client) {
  const todo = (await client.get('/api/v1/todos?year=2026')).body.items.find((t) => t.kind === 'pending_budget_reviews');
  return todo && { count: todo.count, link: todo.link };
}

const recount = () => server.db.query(
  "SELECT COUNT(*) || ':' || COALESCE(SUM(submitted_fen), 0) FROM budget_reviews WHERE year = 2026 AND status <> 'withdrawn'");
const kept = () => server.db.query(
  "SELECT COALESCE(SUM(reviews), 0) || ':' || COALESCE(SUM(submitted_fen), 0) FROM budget_review_totals WHERE year = 2026 AND status <> 'withdrawn'");

test('a declared project waits for review; finance enters the approved amounts in one batch', async () => {
  const a = await declared(unit, me.unit_id, 100_000_000);
  const b = await declared(unit, me.unit_id, 50_000_000);
  const ra = await reviewOf(section, a);
  const rb = await reviewOf(section, b);
  assert.equal(ra.status, 'pending');
  assert.equal(ra.submitted_fen, 100_000_000);
  assert.equal(ra.approved_fen, null);
  assert.equal(ra.cut_rate, '—');

  // What waits is the section's to-do, leading to the table filtered to it; not the unit's.
  assert.deepEqual(await reviewTodo(section), { count: 2, link: '/budget-reviews?status=pending' });
  assert.equal(await reviewTodo(unit), undefined);

  const res = await section.put('/api/v1/budget-reviews', { items: [
    { project_id: a.id, version: ra.version, approved_fen: 60_000_000, cut_reason: 'over_standard', comment: '按标准核减' },
    { project_id: b.id, version: rb.version, approved_fen: 50_000_000 },
  ] });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const [sa, sb] = res.body.items;
  assert.equal(sa.status, 'done');
  assert.equal(sa.cut_fen, 40_000_000);
  assert.equal(sa.cut_rate, '40.00');
  assert.equal(sa.reviewer_name, (await section.get('/api/v1/me')).body.user.display_name);
  assert.equal(sb.cut_fen, 0);
  assert.equal(kept(), recount());

  // On the project's timeline, as 预算评审.
  const history = (await unit.get(`/api/v1/projects/${a.id}/history`)).body.items;
  const entry = history.find((h) => h.entity === 'budget_review');
  assert.ok(entry, JSON.stringify(history));
  assert.equal(entry.action, 'review');
  assert.equal(entry.after.approved_fen, 60_000_000);

  // Nothing waits any more: the section's to-do is gone.
  assert.equal(await reviewTodo(section), undefined);

  // The unit reads its result, with the reason's label.
  const seen = await reviewOf(unit, a);
  assert.equal(seen.cut_reason_label, '超标准');
  const page = (await unit.get('/api/v1/budget-reviews?year=2026')).body;
  assert.equal(page.can_review, false);
});

test('a bad row is refused by its field and nothing of the batch is written', async () => {
  const a = await declared(unit, me.unit_id, 10_000_000);
  const b = await declared(unit, me.unit_id, 20_000_000);
  const ra = await reviewOf(section, a);
  const rb = await reviewOf(section, b);
  const good = { project_id: a.id, version: ra.version, approved_fen: 8_000_000, cut_reason: 'duplicate' };
  const cases = [
    [{ project_id: b.id, version: rb.version, approved_fen: 20_000_001 }, 400, 'items[1].approved_fen'],
    [{ project_id: b.id, version: rb.version, approved_fen: -1, cut_reason: 'other' }, 400, 'items[1].approved_fen'],
    [{ project_id: b.id, version: rb.version, approved_fen: 10_000_000 }, 400, 'items[1].cut_reason'],
    [{ project_id: b.id, version: rb.version, approved_fen: 10_000_000, cut_reason: 'nonsense' }, 400, 'items[1].cut_reason'],
    [{ project_id: b.id, version: rb.version + 5, approved_fen: 20_000_000 }, 409, 'items[1].version'],
    [{ project_id: b.id, version: rb.version, approved_fen: 1.5 }, 400, 'items[1].approved_fen'],
    [{ project_id: b.id, version: rb.version, approved_fen: 1, cut_reason: 'other', extra: 1 }, 400, 'items[1].extra'],
    [{ project_id: a.id, version: ra.version, approved_fen: 1, cut_reason: 'other' }, 400, 'items[1].project_id'],
  ];
  const before = recount();
  for (const [bad, status, field] of cases) {
    const res = await section.put('/api/v1/budget-reviews', { items: [good, bad] });
    assert.equal(res.status, status, `${field}: ${JSON.stringify(res.body)}`);
    assert.equal(res.body.field, field, JSON.stringify(res.body));
    assert.match(res.body.detail, /[\u4e00-\u9fff]/);
    assert.equal((await reviewOf(section, a)).version, ra.version, 'the good row was written');
    assert.equal((await reviewOf(section, a)).status, 'pending');
  }
  assert.equal(recount(), before);
  assert.equal(kept(), recount());
});

test('units and departments read only their own; a section enters only its departments\' reviews', async () => {
  const mine = await declared(unit, me.unit_id, 30_000_000);
  // 州人民医院 of 州卫生健康委员会, which another section is in charge of.
  const hospital = Number(server.db.query("SELECT id FROM units WHERE name = '州人民医院'"));
  const other = await declared(office, hospital, 40_000_000, '医院项目');

  const list2 = (await unit2.get('/api/v1/budget-reviews?year=2026&limit=500')).body;
  assert.ok(list2.items.every((r) => r.unit_id !== me.unit_id), 'another unit sees demo_unit\'s reviews');
  assert.equal(await reviewOf(unit, other), undefined);
  assert.ok(await reviewOf(department, mine));
  assert.equal(await reviewOf(department, other), undefined);

  const sectionList = (await section.get('/api/v1/budget-reviews?year=2026&limit=500')).body;
  assert.ok(sectionList.items.every((r) => r.department_id === me.department_id), JSON.stringify(sectionList.items.map((r) => r.department_name)));
  const ro = await reviewOf(office, other);
  const bySection = await section.put('/api/v1/budget-reviews', { items: [
    { project_id: other.id, version: ro.version, approved_fen: 40_000_000 }] });
  assert.equal(bySection.status, 404, JSON.stringify(bySection.body));
  assert.ok(!JSON.stringify(bySection.body).includes('医院项目'));
  const rm = await reviewOf(unit, mine);
  const byUnit = await unit.put('/api/v1/budget-reviews', { items: [
    { project_id: mine.id, version: rm.version, approved_fen: 30_000_000 }] });
  assert.equal(byUnit.status, 403);
  // The county office reads its own region only: the prefecture's project is not there.
  const byCounty = await county.put('/api/v1/budget-reviews', { items: [
    { project_id: mine.id, version: rm.version, approved_fen: 30_000_000 }] });
  assert.equal(byCounty.status, 404);
  // The office enters any review of its own level.
  const byOffice = await office.put('/api/v1/budget-reviews', { items: [
    { project_id: other.id, version: ro.version, approved_fen: 30_000_000, cut_reason: 'not_ready' }] });
  assert.equal(byOffice.status, 200, JSON.stringify(byOffice.body));
});

test('a withdrawn project leaves the review: pending ones go, done ones are kept aside until declared again', async () => {
  const p = await declared(unit, me.unit_id, 10_000_000);
  const back = await unit.post(`/api/v1/projects/${p.id}/steps`, { version: p.version, action: 'withdraw' });
  assert.equal(back.status, 200);
  assert.equal(await reviewOf(section, p), undefined);
  const again = (await unit.post(`/api/v1/projects/${p.id}/steps`, { version: back.body.version, action: 'declare' })).body;
  const r = await reviewOf(section, again);
  assert.equal(r.status, 'pending');
  const done = await section.put('/api/v1/budget-reviews', { items: [
    { project_id: p.id, version: r.version, approved_fen: 5_000_000, cut_reason: 'other' }] });
  assert.equal(done.status, 200);
  const withdrawn = (await unit.post(`/api/v1/projects/${p.id}/steps`, { version: again.version, action: 'withdraw' })).body;
  assert.equal(await reviewOf(section, p), undefined);
  const aside = (await section.get(`/api/v1/budget-reviews?year=2026&status=withdrawn&q=${p.code}`)).body.items;
  assert.equal(aside.length, 1);
  assert.equal(aside[0].editable, false);
  assert.equal(kept(), recount());
  // A stale entry on it is refused.
  const late = await section.put('/api/v1/budget-reviews', { items: [
    { project_id: p.id, version: aside[0].version, approved_fen: 6_000_000, cut_reason: 'other' }] });
  assert.equal(late.status, 422);
  // Declared again: the review starts afresh from the project's amount.
  await unit.post(`/api/v1/projects/${p.id}/steps`, { version: withdrawn.version, action: 'declare' });
  const fresh = await reviewOf(section, p);
  assert.equal(fresh.status, 'pending');
  assert.equal(fresh.approved_fen, null);
  assert.equal(kept(), recount());
});

test('an import writes every row or none, with each row\'s error', async () => {
  const a = await declared(unit, me.unit_id, 10_000_000);
  const b = await declared(unit, me.unit_id, 20_000_000);
  const head = '项目编码,审定金额（万元）,审减原因,说明\n';
  const bad = head + `${a.code},8,重复申报,\n${b.code},25,,超出送审\nNO-SUCH,1,,\n`;
  const res = await section.post('/api/v1/budget-reviews:import?year=2026', bad);
  assert.equal(res.status, 400, JSON.stringify(res.body));
  const errors = res.body.errors.map((e) => `${e.row}:${e.column}`);
  assert.deepEqual(errors, ['3:审定金额（万元）', '4:项目编码']);
  assert.equal((await reviewOf(section, a)).status, 'pending');

  const good = head + `${a.code},8,重复申报,\n${b.code},20,,\n`;
  const dry = await section.post('/api/v1/budget-reviews:import?year=2026&dry_run=1', good);
  assert.equal(dry.status, 200, JSON.stringify(dry.body));
  assert.equal((await reviewOf(section, a)).status, 'pending');
  const ok = await section.post('/api/v1/budget-reviews:import?year=2026', good);
  assert.equal(ok.status, 200, JSON.stringify(ok.body));
  assert.equal(ok.body.imported, 2);
  const ra = await reviewOf(section, a);
  assert.equal(ra.approved_fen, 8_000_000);
  assert.equal(ra.cut_reason, 'duplicate');
  // A unit imports nothing.
  assert.equal((await unit.post('/api/v1/budget-reviews:import?year=2026', good)).status, 403);
});

test('the statistics are the sums of the rows, by level, department and fund type', async () => {
  const rows = (await office.get('/api/v1/budget-reviews?year=2026&limit=500')).body;
  const st = (await office.get('/api/v1/budget-reviews/statistics?year=2026')).body;
  const done = rows.items.filter((r) => r.status === 'done');
  const sum = (list, f) => list.reduce((n, r) => n + f(r), 0);
  assert.equal(st.total.done, done.length);
  assert.equal(st.total.pending, rows.items.length - done.length);
  assert.equal(st.total.submitted_fen, sum(done, (r) => r.submitted_fen));
  assert.equal(st.total.approved_fen, sum(done, (r) => r.approved_fen));
  assert.equal(st.total.cut_fen, sum(done, (r) => r.cut_fen));
  const rate = (st.total.cut_fen * 100 / st.total.submitted_fen).toFixed(2);
  assert.equal(st.total.cut_rate, rate);
  // 本级 plus the counties make the whole; so do the departments and the fund types.
  const parts = [st.own_level, ...st.by_region];
  for (const key of ['done', 'pending', 'submitted_fen', 'approved_fen', 'cut_fen']) {
    assert.equal(sum(parts, (r) => r[key]), st.total[key], key);
    assert.equal(sum(st.by_department, (r) => r[key]), st.own_level[key], key);
    assert.equal(sum(st.by_fund_type, (r) => r[key]), st.total[key], key);
  }
  assert.equal(st.by_region.length, 3);
  // The list's totals bar agrees.
  assert.equal(rows.figures.cut_fen, st.total.cut_fen);
  // The export, a CSV a spreadsheet opens.
  const csv = await office.get('/api/v1/budget-reviews/statistics?year=2026&format=csv');
  assert.equal(csv.status, 200);
  const text = csv.body.toString('utf8');
  assert.match(text, /本级及下级合计/);
  assert.match(text, /审减率/);
  // A unit sees only its own figures; the expert none.
  const own = (await unit.get('/api/v1/budget-reviews/statistics?year=2026')).body;
  const ownRows = (await unit.get('/api/v1/budget-reviews?year=2026&limit=500')).body;
  assert.equal(own.total.count, ownRows.total);
  assert.equal((await office.get('/api/v1/budget-reviews/statistics?year=2026&format=xml')).status, 400);
});

test('the budget gate waits for the review where the region asks for it (R-BG-1)', async () => {
  const p = (await unit.post('/api/v1/projects', { year: 2027, code: 'BR-GATE-1', name: '评审门槛测试项目',
    unit_id: me.unit_id, fund_type: 'general', amount_fen: 80_000_000, function_class: '2050201', category: 'new' })).body;
  const d = (await unit.post(`/api/v1/projects/${p.id}/steps`, { version: p.version, action: 'declare' })).body;
  const condition = async () => (await office.get(`/api/v1/projects/${p.id}/gate`)).body.conditions
    .find((c) => c.key === 'budget_review');
  const waiting = await condition();
  assert.equal(waiting.met, false);
  assert.equal(waiting.rule, 'R-BG-1');
  assert.match(waiting.detail, /等待财政部门评审（送审 80\.00 万元）/);
  const r = (await section.get(`/api/v1/budget-reviews?year=2027&project_id=${d.id}`)).body.items[0];
  const saved = await section.put('/api/v1/budget-reviews', { items: [
    { project_id: d.id, version: r.version, approved_fen: 50_000_000, cut_reason: 'not_ready' }] });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const met = await condition();
  assert.equal(met.met, true);
  assert.equal(met.detail, '审定 50.00 万元，审减 30.00 万元');
});
