// 预算评审 in a browser: the section enters approved amounts inline in the batch table of the
// next year, sees a refused row's reason on the row itself, fixes it and saves every changed row
// at once; the office's 审减率统计 shows the seed's table and chart with the rates the API gives;
// a unit reads its projects' results without any input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot, toYear } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

const YEAR = 2027;

const wan = (fen) => (fen / 1_000_000).toFixed(2);

test('a section enters approved amounts inline and saves them all at once', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_section');
  await toYear(page, YEAR);
  await page.goto(app.base + '/budget-reviews');
  await page.click('[data-test=br-status]');
  await page.click('.el-select-dropdown__item:visible >> text=待评审');
  await page.waitForSelector('[data-test=br-table] [data-test=br-approved]');
  const pending = await page.evaluate(async (y) =>
    (await (await fetch(`/api/v1/budget-reviews?year=${y}&status=pending&limit=100`)).json()).items, YEAR);
  assert.ok(pending.length >= 2, 'the section has reviews waiting');
  const [a, b] = pending;
  const rows = page.locator('[data-test=br-table] .el-table__body tr');

  // Row 1: cut to 60% for 超标准; row 2: above its submitted amount, refused on the row.
  await rows.nth(0).locator('[data-test=br-approved]').fill(wan(Math.round(a.submitted_fen * 0.6 / 10_000) * 10_000));
  await rows.nth(0).locator('[data-test=br-reason]').click();
  await page.click('.el-select-dropdown__item:visible >> text=超标准');
  await rows.nth(0).locator('[data-test=br-comment]').fill('按支出标准核减');
  await rows.nth(1).locator('[data-test=br-approved]').fill(wan(b.submitted_fen + 1_000_000));
  await page.waitForSelector('[data-test=br-row-error] >> text=审定金额不能超过送审金额');
  assert.match(await page.textContent('[data-test=br-save]'), /2 行/);
  await screenshot(page, 'budget-review-row-error');
  await page.click('[data-test=br-save]');
  await page.waitForSelector('.el-message--error >> text=请按行内提示修改');
  const still = await page.evaluate(async (id) =>
    (await (await fetch(`/api/v1/budget-reviews?year=2027&project_id=${id}`)).json()).items[0].status, a.project_id);
  assert.equal(still, 'pending', 'nothing is saved while a row is wrong');

  // Fixed: approved as submitted, no reason needed.
  await rows.nth(1).locator('[data-test=br-approved]').fill(wan(b.submitted_fen));
  await page.waitForFunction(() => !document.querySelector('[data-test=br-row-error]'));
  await page.click('[data-test=br-save]');
  await page.waitForSelector('.el-message--success >> text=已保存 2 个项目');
  const saved = await page.evaluate(async (ids) => Promise.all(ids.map(async (id) =>
    (await (await fetch(`/api/v1/budget-reviews?year=2027&project_id=${id}&status=done`)).json()).items[0])), [a.project_id, b.project_id]);
  assert.equal(saved[0].cut_reason, 'over_standard');
  assert.equal(saved[0].comment, '按支出标准核减');
  assert.equal(saved[1].cut_fen, 0);
  assert.match(saved[0].reviewer_name, /王磊/);
  await page.waitForFunction(() => !document.querySelector('[data-test=br-save]:not([disabled])'));
  await screenshot(page, 'budget-review-table');
  // On the project's page, the review is on its timeline.
  await page.goto(`${app.base}/projects/${a.project_id}`);
  await page.waitForSelector('[data-test=history] >> text=预算评审：录入审定金额');
  assert.match(await page.textContent('[data-test=history]'), /审定 [\d,.]+ 万元，审减 [\d,.]+ 万元/);
  assert.deepEqual(page.jsErrors, []);
});

test('the import dialog lists each refused row and writes nothing until every row passes', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_section');
  await toYear(page, YEAR);
  await page.goto(app.base + '/budget-reviews');
  const pending = await page.evaluate(async (y) =>
    (await (await fetch(`/api/v1/budget-reviews?year=${y}&status=pending&limit=100`)).json()).items, YEAR);
  const [a, b] = pending;
  await page.click('[data-test=br-import]');
  const head = '项目编码,审定金额（万元）,审减原因,说明\n';
  const bad = head + `${a.project_code},${wan(a.submitted_fen)},,\n${b.project_code},1,没有的原因,\nNO-SUCH,1,,\n`;
  await page.setInputFiles('[data-test=br-import-file]', { name: '评审结果.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.waitForSelector('[data-test=br-import-errors]');
  const errors = await page.$$eval('[data-test=br-import-errors] .el-table__body tr', (trs) => trs.map((tr) => tr.textContent));
  assert.equal(errors.length, 2, errors.join(' | '));
  assert.match(errors[0], /^3审减原因/);
  assert.match(errors[1], /^4项目编码/);
  assert.ok(await page.isDisabled('[data-test=br-import-submit]'));
  await screenshot(page, 'budget-review-import-errors');

  const good = head + `${a.project_code},${wan(a.submitted_fen)},,\n${b.project_code},0,重复申报,与已安排项目重复\n`;
  await page.setInputFiles('[data-test=br-import-file]', { name: '评审结果.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.waitForSelector('[data-test=br-import-message] >> text=检查通过');
  assert.equal((await page.evaluate(async (id) =>
    (await (await fetch(`/api/v1/budget-reviews?year=2027&project_id=${id}`)).json()).items[0].status, b.project_id)), 'pending');
  await page.click('[data-test=br-import-submit]');
  await page.waitForSelector('.el-message--success >> text=已导入 2 个项目');
  const after = await page.evaluate(async (id) =>
    (await (await fetch(`/api/v1/budget-reviews?year=2027&project_id=${id}`)).json()).items[0], b.project_id);
  assert.equal(after.approved_fen, 0);
  assert.equal(after.cut_reason_label, '重复申报');
  assert.deepEqual(page.jsErrors, []);
});

test('the statistics page shows the cut rates of the whole, the own level and the counties', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await toYear(page, YEAR);
  await page.goto(app.base + '/budget-reviews/statistics');
  await page.waitForSelector('[data-test=br-stat-region] [data-test=cut-rate]');
  const st = await page.evaluate(async (y) =>
    (await (await fetch(`/api/v1/budget-reviews/statistics?year=${y}`)).json()), YEAR);
  const rates = await page.$$eval('[data-test=br-stat-region] [data-test=cut-rate]', (els) => els.map((e) => e.textContent.trim()));
  assert.deepEqual(rates, [st.total, st.own_level, ...st.by_region].map((r) => `${r.cut_rate}%`));
  const own = Number(st.own_level.cut_rate);
  assert.ok(own > 40 && own < 60, `own level ${own}%`);
  for (const county of st.by_region) assert.ok(Number(county.cut_rate) > 10 && Number(county.cut_rate) < 30, county.label);
  const table = await page.textContent('[data-test=br-stat-region]');
  assert.match(table, /本级及下级合计/);
  assert.match(table, /云岭州本级/);
  assert.match(await page.textContent('[data-test=fig-rate]'), new RegExp(st.total.cut_rate));
  await page.waitForSelector('canvas');
  await screenshot(page, 'budget-review-statistics');
  assert.deepEqual(page.jsErrors, []);
});

test('a unit reads its projects\' review results, with nothing to enter', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_unit');
  await toYear(page, YEAR);
  await page.goto(app.base + '/budget-reviews');
  await page.waitForSelector('[data-test=br-table] .el-table__body tr');
  assert.equal(await page.locator('[data-test=br-approved]').count(), 0);
  assert.equal(await page.locator('[data-test=br-save]').count(), 0);
  assert.match(await page.textContent('.jx-page'), /预算评审由财政部门/);
  await screenshot(page, 'budget-review-unit');
});
