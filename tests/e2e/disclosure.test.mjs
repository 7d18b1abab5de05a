// 信息公开 in the browser: the office publishes a due item from its list, and an anonymous visitor
// (a fresh browser context, never logged in) finds it on the public portal by region, department
// and project, and at its permalink; publishing an item with a phone number is refused in Chinese.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';

let app;
let published;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('the office publishes a due item from the list', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/disclosures"]');
  await page.waitForSelector('[data-test=disclosure-link]');
  assert.match(await page.textContent('[data-test=disclosure-rate]'), /^\d+\.\d\d%$/);
  await page.goto(app.base + '/disclosures?status=due');
  await page.waitForSelector('[data-test=publish]');
  assert.ok(await page.locator('[data-test=due].overdue').count() > 0, 'overdue dates in red');
  await screenshot(page, 'disclosure-list');
  const title = (await page.textContent('[data-test=disclosure-link] >> nth=0')).trim();
  const id = Number(app.server.db.query(`SELECT MAX(id) FROM disclosures WHERE status = 'due' AND region_id = 1 AND title = '${title.replace(/'/g, "''")}'`));
  await page.click('[data-test=publish] >> nth=0');
  await page.waitForSelector('.el-message--success');
  published = app.server.db.query(`SELECT subject FROM disclosures WHERE status = 'published' AND title = '${title.replace(/'/g, "''")}' ORDER BY updated_at DESC LIMIT 1`).trim();
  assert.ok(published, `published ${title} (${id})`);
  published = { subject: published, title };
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('publishing personal data is refused, naming what was found', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  const id = Number(app.server.db.query(`SELECT d.id FROM disclosures d JOIN self_evaluations e ON e.id = d.source_id
    WHERE d.kind = 'self_evaluation' AND e.problems LIKE '%13987654321%'`));
  const title = app.server.db.query(`SELECT title FROM disclosures WHERE id = ${id}`).trim();
  await page.goto(app.base + '/disclosures');
  await page.click('[data-test=year-switcher]');
  await page.click('.el-select-dropdown__item:visible >> text=2025 年');
  await page.fill('[data-test=filter-q]', title);
  await page.keyboard.press('Enter');
  await page.click('[data-test=filter-status]');
  await page.click('.el-select-dropdown__item:visible >> text=待公开');
  await page.waitForFunction(() => document.querySelectorAll('[data-test=publish]').length > 0);
  const rows = page.locator('.el-table__body tr', { hasText: '绩效自评' });
  await rows.first().locator('[data-test=publish]').click();
  await page.waitForSelector('.el-message-box');
  const text = await page.textContent('.el-message-box');
  assert.match(text, /不能公开/);
  assert.match(text, /手机号码 13987654321/);
  await page.waitForTimeout(400);  // the box's opening animation
  await screenshot(page, 'disclosure-refused');
  await page.context().close();
});

test('an anonymous visitor finds it on the public portal', async () => {
  assert.ok(published);
  const page = await app.page();  // a fresh context: no session
  const [region, year, code] = published.subject.split('/');
  await page.goto(app.base + '/gongkai');
  await page.waitForSelector('[data-test=portal-region]');
  assert.equal(page.url(), app.base + '/gongkai', 'not sent to the login page');
  await screenshot(page, 'disclosure-portal-home');
  await page.click(`[data-test=portal-region] >> text=云岭州`);
  await page.waitForSelector('[data-test=portal-year]');
  await page.click('[data-test=portal-year]');
  await page.click(`.el-select-dropdown__item:visible >> text=${year} 年度`);
  await page.waitForSelector('[data-test=portal-department]');
  await screenshot(page, 'disclosure-portal-region');
  const department = app.server.db.query(`SELECT u.name FROM disclosures d JOIN units u ON u.id = d.department_id WHERE d.subject = '${published.subject}' LIMIT 1`).trim();
  await page.click(`[data-test=portal-department] >> text=${department}`);
  await page.waitForSelector('[data-test=portal-project-link]');
  const links = page.locator('[data-test=portal-project-link]', { hasText: published.title });
  assert.ok(await links.count() > 0, 'the project is listed under its department');
  await links.first().click();
  await page.waitForSelector('[data-test=portal-project]');
  assert.equal(new URL(page.url()).pathname, `/gongkai/${region}/${year}/${code}`);
  assert.match(await page.textContent('[data-test=portal-project]'), new RegExp(published.title));
  assert.ok(await page.locator('[data-test=snapshot-indicators]').count() > 0);
  await screenshot(page, 'disclosure-portal-project');
  // The permalink, opened straight, and the search by name.
  await page.goto(app.base + `/gongkai/${published.subject}`);
  await page.waitForSelector('[data-test=portal-project]');
  await page.fill('[data-test=portal-search-input]', published.title);
  await page.click('[data-test=portal-search]');
  await page.waitForSelector('[data-test=portal-project-link]');
  assert.ok(await page.locator('[data-test=portal-project-link]', { hasText: published.title }).count() > 0);
  await screenshot(page, 'disclosure-portal-search');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
