// 自评统计 in a browser: after the office opened 2026's self-evaluation, demo_unit filled some of
// its evaluations (at their targets, or short of them), sent them in and the office accepted a few,
// and the review found one self score inflated, the office opens the page from the menu and reads
// the figure cards, the grade chart and the tables as the statistics route gives them, goes down to
// the county and back up by the trail, lists every department a page at a time (paged and sorted
// on the server: a smaller page, the next page, the largest inflated share first) and exports
// them all, in that order, to Excel with Chinese headers. The viewer reads the same figures; a
// unit has no such page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { startApp, login, screenshot, toYear, getJson, ROOT } from './harness.mjs';
import { loggedIn } from '../api/harness.mjs';

const YEAR = 2026;
const URL_ = `/api/v1/self-evaluations/statistics?year=${YEAR}`;
const REVIEWS = '/api/v1/self-evaluation-reviews';
let app;

const plain = (v) => /^\d+(\.\d+)?$/.test(v);
// Each indicator at its target, or (short) its higher-is-better numbers at `share` of it.
function answers(v, share) {
  return v.indicators.map((i) => {
    const { comparator, value } = i.indicator;
    const reasons = { deviation_reason: '资金到位较晚', improvement: '加快实施进度' };
    if (comparator === 'qualitative') {
      return share < 1 ? { position: i.position, actual_value: 'partly', ...reasons } : { position: i.position, actual_value: 'achieved' };
    }
    const short = share < 1 && ['>=', '>'].includes(comparator) && plain(value) && Number(value) >= 2;
    return { position: i.position, actual_value: short ? String(Math.floor(Number(value) * share)) : value,
      ...(short ? reasons : {}) };
  });
}

before(async () => {
  app = await startApp();
  const [office, unit, department, expert] = await Promise.all(
    ['demo_office', 'demo_unit', 'demo_department', 'demo_expert'].map((u) => loggedIn(app.base, u)));
  let res = await office.post('/api/v1/self-evaluations/rounds', { year: YEAR, due: '2027-03-31' });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const pending = (await unit.get(`/api/v1/self-evaluations?year=${YEAR}&kind=project&status=pending&limit=8`)).body.items;
  assert.ok(pending.length >= 6, JSON.stringify(pending).slice(0, 200));
  // Six filled: four sent in (three accepted), the first claiming full marks of its own.
  const shares = [1, 0.5, 0.9, 0.2, 1, 0.6];
  const sent = [];
  for (let k = 0; k < shares.length; k++) {
    let v = (await unit.get(`/api/v1/self-evaluations/${pending[k].id}`)).body;
    const items = answers(v, shares[k]);
    res = await unit.put(`/api/v1/self-evaluations/${v.id}`, { version: v.version, goal_achieved: '基本完成', indicators: items });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    v = res.body;
    if (k === 0) {
      res = await unit.put(`/api/v1/self-evaluations/${v.id}`, { version: v.version, indicators: items.map((a, n) =>
        ({ ...a, self_score: v.indicators[n].computed_weight, self_score_reason: '全部完成' })) });
      v = res.body;
    }
    if (k >= 4) continue;
    res = await unit.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: v.version, action: 'submit' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    sent.push(res.body);
  }
  for (const e of sent.slice(0, 3)) {
    res = await department.post(`/api/v1/self-evaluations/${e.id}/steps`, { version: e.version, action: 'consolidate', decision: 'pass' });
    res = await office.post(`/api/v1/self-evaluations/${e.id}/steps`, { version: res.body.version, action: 'decide', decision: 'accept', opinion: '同意' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
  // The review: the first is a key project, scored at half by the expert: inflated.
  res = await office.post(`${REVIEWS}/plans`, { year: YEAR });
  res = await office.put(`${REVIEWS}/plans/${res.body.id}`, { version: res.body.version, key_project_ids: [sent[0].project_id] });
  res = await office.post(`${REVIEWS}/plans/${res.body.id}/fix`, { version: res.body.version });
  const plan = res.body;
  const sample = (await office.get(`${REVIEWS}/plans/${plan.id}/samples?limit=500`)).body.items
    .find((x) => x.evaluation_id === sent[0].id);
  const expertId = Number(app.server.db.query(`SELECT id FROM users WHERE username = 'demo_expert'`));
  await office.post(`${REVIEWS}/plans/${plan.id}/assignments`, { reviewer_id: expertId, sample_ids: [sample.id] });
  let s = (await expert.get(`${REVIEWS}/samples/${sample.id}`)).body;
  s = (await expert.put(`${REVIEWS}/samples/${sample.id}`, { version: s.version, indicators: s.evaluation.indicators
    .filter((i) => !i.not_applicable).map((i) => ({ position: i.position, review_score: Math.floor(i.computed_weight / 2) })) })).body;
  res = await expert.post(`${REVIEWS}/samples/${sample.id}/complete`, { version: s.version });
  assert.equal(res.body.inflated, true, JSON.stringify(res.body));
});
after(async () => { await app?.stop(); });

const rateShown = (rate) => (rate === null ? '—' : `${rate}%`);
const text = async (page, sel) => (await page.textContent(sel)).trim();

test('the office reads the year\'s figures, goes down to the county and lists every department to export', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await toYear(page, YEAR);
  await page.click('[data-menu="/self-evaluations/statistics"]');
  await page.waitForSelector('[data-test=stat-figures] [data-test=stat-evaluations]');
  const st = await getJson(page, URL_);
  const fig = (key) => text(page, `[data-test=stat-${key}] .n`);
  assert.equal(await fig('evaluations'), String(st.total.evaluations));
  assert.equal(await fig('project-coverage'), rateShown(st.total.project_coverage));
  assert.equal(await fig('submission'), rateShown(st.total.submission_rate));
  assert.equal(await fig('review'), rateShown(st.total.review_progress));
  assert.equal(await fig('inflated'), '100.00%');  // the one reviewed was inflated
  assert.equal(await fig('rectification'), '—');  // its finding is not due yet
  await page.waitForSelector('[data-test=stat-chart] canvas');
  const rows = (name) => page.locator(`[data-test=${name}] .el-table__body-wrapper tbody tr`).count();
  assert.equal(await rows('stat-regions'), st.by_region.length + 1);  // the prefecture's own level first
  assert.equal(await rows('stat-departments'), st.by_department.length);
  assert.equal(st.by_department.length, Math.min(50, st.departments_total));
  const grades = await page.$$eval('[data-test=stat-grades] tbody tr', (trs) => trs.map((tr) => tr.textContent));
  assert.equal(grades.length, 5);
  // Chinese labels only: no state, grade or level code shows.
  assert.doesNotMatch(await page.textContent('.jx-page'),
    /\b(pending|submitted|accepted|excellent|good|fair|poor|prefecture|county|null)\b/);
  await screenshot(page, 'self-evaluation-statistics');

  // Down to the county by its name, and back up by the trail.
  const county = st.by_region[0];
  await page.click(`[data-test=stat-regions] [data-test=region-link] >> text=${county.name}`);
  await page.waitForURL((u) => u.searchParams.get('region_id') === String(county.region_id));
  await page.waitForFunction((n) => document.querySelector('[data-test=stat-trail]')?.textContent?.includes(n), county.name);
  const down = await getJson(page, `${URL_}&region_id=${county.region_id}`);
  await page.waitForFunction((want) => document.querySelector('[data-test=stat-evaluations] .n')?.textContent?.trim() === want,
    String(down.total.evaluations));
  assert.equal(await rows('stat-departments'), down.by_department.length);
  await screenshot(page, 'self-evaluation-statistics-county');
  await page.click(`[data-test=stat-trail] a >> text=${st.trail[0].name}`);
  await page.waitForURL((u) => !u.searchParams.has('region_id'));

  // Every department of the prefecture and the county below it, a page at a time.
  await page.click('[data-test=stat-by] >> text=按部门');
  await page.waitForURL((u) => u.searchParams.get('by') === 'department');
  const all = await getJson(page, `${URL_}&by=department&limit=0`);
  const n = all.departments_total;
  assert.equal(all.by_department.length, n);
  assert.ok(n > 20, String(n));
  const shown = (want) => page.waitForFunction((w) => document.querySelectorAll('[data-test=stat-departments] .el-table__body-wrapper tbody tr').length === w, want);
  const firstRow = () => text(page, '[data-test=stat-departments] .el-table__body-wrapper tbody tr:first-child td:first-child');
  await shown(Math.min(50, n));
  assert.equal(await page.locator('[data-test=stat-regions]').count(), 0);
  assert.ok(all.by_department.some((d) => d.region_id === county.region_id));
  const pager = '[data-test=stat-departments-pager]';
  assert.equal(await text(page, `${pager} .el-pagination__total`), `共 ${n} 条`);
  // Twenty a page, then the second page: the rows after the first twenty in code order.
  await page.click(`${pager} .el-pagination__sizes .el-select`);
  await page.click('.el-select-dropdown__item:visible >> text=20条/页');
  await shown(20);
  await page.click(`${pager} .btn-next`);
  await page.waitForFunction((name) => document.querySelector('[data-test=stat-departments] .el-table__body-wrapper tbody tr td')?.textContent?.includes(name),
    all.by_department[20].department_name);
  await shown(Math.min(20, n - 20));
  // The largest inflated share first: a click on its header sorts on the server from the first page.
  await page.click('[data-test=stat-departments] th:has-text("虚高占比") .cell');
  const sorted = await getJson(page, `${URL_}&by=department&limit=0&sort=-inflated_share`);
  assert.equal(sorted.by_department[0].inflated_share, '100.00');
  await page.waitForFunction((name) => document.querySelector('[data-test=stat-departments] .el-table__body-wrapper tbody tr td')?.textContent?.includes(name),
    sorted.by_department[0].department_name);
  await shown(20);
  assert.match(await firstRow(), new RegExp(sorted.by_department[0].department_name));
  assert.equal(await text(page, `${pager} .el-pager .is-active`), '1');
  await page.waitForSelector('[data-test=stat-departments] .el-loading-mask', { state: 'hidden' });
  // The sorted column and the pager in view.
  await page.$eval('[data-test=stat-departments] .el-table__body-wrapper .el-scrollbar__wrap', (el) => {
    el.scrollLeft = el.scrollWidth;
    el.dispatchEvent(new Event('scroll'));
  });
  await page.locator(pager).scrollIntoViewIfNeeded();
  await screenshot(page, 'self-evaluation-statistics-departments');
  // The export: every department, in the table's order.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=stat-departments-export]')]);
  assert.equal(download.suggestedFilename(), `自评统计-按部门-${st.region.name}-${YEAR}.xlsx`);
  const requireWeb = createRequire(`${ROOT}web/package.json`);
  const ExcelJS = requireWeb('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0];
  assert.equal(ws.name, '按部门');
  const header = ws.getRow(1).values.slice(1);
  for (const h of ['部门', '自评（份）', '项目覆盖率', '全年预算数（万元）', '优', '未评级', '虚高占比', '整改率'])
    assert.ok(header.includes(h), `${h} in ${header.join(',')}`);
  assert.equal(ws.rowCount, n + 1);
  assert.match(String(ws.getRow(2).values[1]), new RegExp(sorted.by_department[0].department_name));
  const mine = sorted.by_department.find((d) => d.evaluations > 0);
  const line = ws.getRow(sorted.by_department.indexOf(mine) + 2).values.slice(1);
  assert.equal(line[header.indexOf('自评（份）')], mine.evaluations);
  assert.equal(line[header.indexOf('全年预算数（万元）')], Number((mine.budget_fen / 1e6).toFixed(2)));
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the viewer reads the same figures; a unit has no such page', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_viewer');
  await toYear(page, YEAR);
  await page.click('[data-menu="/self-evaluations/statistics"]');
  await page.waitForSelector('[data-test=stat-evaluations]');
  const st = await getJson(page, URL_);
  assert.equal(await text(page, '[data-test=stat-evaluations] .n'), String(st.total.evaluations));
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();

  const unit = await app.page();
  await login(unit, app.base, 'demo_unit');
  assert.equal(await unit.locator('[data-menu="/self-evaluations/statistics"]').count(), 0);
  await unit.goto(app.base + '/self-evaluations/statistics');
  await unit.waitForURL((u) => u.pathname === '/forbidden');
  await unit.context().close();
});
