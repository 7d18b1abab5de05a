// A checkpoint's own page in the browser. Before the year-end checkpoint opens, the office sees
// its early warning (the projects heading for blue or red, the rules that fired, in 万元), forecasts
// again and goes on to a project; a department reaches its own warned projects from its to-do.
// At the August checkpoint the office sees each unit's warning notice with its state and due date,
// issues the notice of a unit newly warned, downloads one as Word and opens one to print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
  const db = app.server.db;
  // A report of the department's own project at 8月末监控 turned red after the notices went out.
  db.query(`UPDATE monitoring_reports SET colour = 'red', fired = '[{"rule":"R-MO-4","check":"idle_money","colour":"red","detail":"截至8月31日资金尚未支出","inputs":{}}]'
    WHERE id = (SELECT MIN(r.id) FROM monitoring_reports r JOIN checkpoints c ON c.id = r.checkpoint_id
      WHERE c.name = '8月末监控' AND r.unit_id = (SELECT unit_id FROM users WHERE username = 'demo_department')
      AND r.colour = 'none' AND r.project_id IS NOT NULL)`);
  // One of the demo's August notices is past its due date with its findings still open.
  db.query(`UPDATE findings SET status = 'open', due = '2026-10-15' WHERE document_id = (SELECT MIN(d.id)
    FROM official_documents d JOIN checkpoints c ON c.id = d.subject_id WHERE d.kind = 'warning_notice' AND c.name = '8月末监控')`);
});
after(async () => { await app?.stop(); });

const getJson = (page, path) => page.evaluate(async (p) => (await fetch(p)).json(), path);
// What a finance-bureau reader must never meet on these pages: codes, English, login names.
const FOREIGN = /R-MO|R-RA|\b(red|blue|none|planned|open|closed|warning_notice)\b|demo_|spending_behind|schedule_floor/;

test('the office sees the year-end forecast, forecasts again and opens a warned project', async () => {
  const page = await app.page();
  await page.setViewportSize({ width: 1500, height: 900 });
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/monitoring/checkpoints"]');
  await page.waitForSelector('[data-test=checkpoint-line]');
  const december = (await getJson(page, '/api/v1/checkpoints?year=2026')).items.find((c) => c.as_of === '2026-12-31');
  const red = (await getJson(page, `/api/v1/checkpoints/${december.id}/early-warnings?colour=red&limit=1`)).total;
  assert.ok(red > 0);
  const row = page.locator('[data-test=checkpoint-table] tr', { hasText: '12月末监控' });
  assert.match(await row.locator('[data-test=checkpoint-line]').textContent(), new RegExp(`预计红色预警 ${red} 个`));
  await screenshot(page, 'monitoring-pages-checkpoints');

  await row.locator('[data-test=checkpoint-link]').click();
  await page.waitForURL(`**/monitoring/checkpoints/${december.id}`);
  await page.waitForSelector('[data-test=early-warning-project]');
  assert.match(await page.textContent('[data-test=forecast-line]'), new RegExp(`红色预警 ${red} 个`));
  assert.match(await page.textContent('[data-test=forecast-date]'), /测算日期：2026-12-01/);
  // The first row as the API has it, money in 万元 with two decimals.
  const first = (await getJson(page, `/api/v1/checkpoints/${december.id}/early-warnings?limit=1`)).items[0];
  const cells = page.locator('[data-test=early-warning-table] tbody tr').first();
  assert.equal(await cells.locator('[data-test=early-warning-project]').textContent(), first.name);
  assert.match(await cells.locator('[data-test=projected]').textContent(), /^[\d,]+\.\d\d$/);
  assert.equal((await cells.locator('[data-test=projected]').textContent()).replace(/,/g, ''), first.projected_wan.replace(/,/g, '').replace(/(\.\d\d)\d*$/, '$1'));
  assert.match(await cells.locator('[data-test=early-fired]').textContent(), /预算执行率 [\d.]+%/);
  assert.equal(await cells.locator('[data-test=early-colour]').textContent(), first.colour_label);
  const body = await page.textContent('[data-test=early-warnings]');
  assert.doesNotMatch(body, FOREIGN);
  await screenshot(page, 'monitoring-pages-early-warning');

  // 重新测算: asked first, then told what was found; the forecast is audited.
  await page.click('[data-test=forecast]');
  await page.click('.el-message-box__btns .el-button--primary');
  await page.waitForSelector('.el-message--success');
  assert.match(await page.textContent('.el-message--success'), /已按当前支出进度测算 \d+ 个项目/);
  assert.equal(Number(app.server.db.query(`SELECT COUNT(*) FROM audit_log WHERE action = 'forecast' AND entity_id = ${december.id}`)), 1);
  const today = new Date().toISOString().slice(0, 10);
  await page.waitForFunction((d) => document.querySelector('[data-test=forecast-date]')?.textContent.includes(d), today);
  // 蓝色 only, then to the project.
  await page.click('[data-test=forecast-colour] >> text=蓝色预警');
  await page.waitForFunction(() => !document.querySelector('[data-test=early-warning-table] .el-loading-mask'));
  for (const tag of await page.locator('[data-test=early-colour]').allTextContents()) assert.match(tag, /蓝色/);
  await page.click('[data-test=forecast-colour] >> text=全部');
  await page.waitForSelector('[data-test=early-warning-project]');
  const project = await page.locator('[data-test=early-warning-project]').first().getAttribute('href');
  await page.locator('[data-test=early-warning-project]').first().click();
  await page.waitForURL((u) => u.pathname === project);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('a department reaches its own warned projects from its to-do, and may not forecast', async () => {
  const page = await app.page();
  await page.setViewportSize({ width: 1500, height: 900 });
  await login(page, app.base, 'demo_department');
  // Its report list says so too.
  await page.click('[data-menu="/monitoring/reports"]');
  const line = page.locator('[data-test=early-warning-line]');
  await line.waitFor();
  assert.match(await line.textContent(), /按当前支出进度，您有 \d+ 个项目在“12月末监控”（数据截至 2026-12-31）时预计将被预警/);
  await screenshot(page, 'monitoring-pages-report-list');
  await page.click('[data-menu="/home"]');
  const todo = page.locator('[data-test=todo-item]', { hasText: '提前预警' });
  await todo.waitFor();
  assert.match(await todo.textContent(), /“12月末监控”提前预警/);
  await todo.click();
  await page.waitForURL(/\/monitoring\/checkpoints\/\d+$/);
  await page.waitForSelector('[data-test=early-warning-project]');
  const id = page.url().split('/').pop();
  const mine = await getJson(page, `/api/v1/checkpoints/${id}/early-warnings?limit=200`);
  const me = (await getJson(page, '/api/v1/me')).user;
  assert.ok(mine.total > 0 && mine.items.every((w) => w.department_id === me.department_id));
  const totalText = await page.textContent('[data-test=pager] .el-pagination__total');
  assert.match(totalText, new RegExp(`${mine.total}`));
  assert.equal(await page.locator('[data-test=forecast]').count(), 0, 'only the office forecasts');
  assert.doesNotMatch(await page.textContent('[data-test=early-warnings]'), FOREIGN);
  await screenshot(page, 'monitoring-pages-department');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('at the August checkpoint the office sees each unit\'s notice, issues the new one and opens one', async () => {
  const page = await app.page();
  await page.setViewportSize({ width: 1500, height: 900 });
  await login(page, app.base, 'demo_office');
  const august = (await getJson(page, '/api/v1/checkpoints?year=2026')).items.find((c) => c.name === '8月末监控');
  await page.goto(`${app.base}/monitoring/checkpoints/${august.id}`);
  await page.waitForSelector('[data-test=notice-number]');
  const before = (await getJson(page, `/api/v1/checkpoints/${august.id}/notices`)).items;
  assert.equal(await page.locator('[data-test=notice-number]').count(), before.length);
  const states = await page.locator('[data-test=notice-state]').allTextContents();
  assert.ok(states.includes('逾期未反馈'), states.join());
  assert.ok(states.every((s) => ['已下达', '已反馈', '已销号', '逾期未反馈'].includes(s)), states.join());
  assert.equal(await page.locator('[data-test=notice-due].overdue').count(), before.filter((n) => n.overdue > 0).length);
  assert.equal(states.filter((s) => s === '逾期未反馈').length, before.filter((n) => n.overdue > 0).length);
  assert.match(await page.textContent('[data-test=warned-reports]'), /红色预警\s*\d+\s*份/);
  assert.doesNotMatch(await page.textContent('[data-test=notices]'), FOREIGN);
  await screenshot(page, 'monitoring-pages-notices');
  // Only the overdue ones, then all again.
  await page.click('[data-test=notice-filter] >> text=逾期未反馈');
  const overdue = await page.locator('[data-test=notice-state]').allTextContents();
  assert.equal(overdue.length, before.filter((n) => n.overdue > 0).length);
  assert.ok(overdue.every((s) => s === '逾期未反馈'));
  await page.click('[data-test=notice-filter] >> text=全部');

  await page.click('[data-test=issue-notices]');
  await page.click('.el-message-box__btns .el-button--primary');
  await page.waitForSelector('.el-message--success');
  assert.match(await page.textContent('.el-message--success'), /已下达预警纠偏告知函 1 份/);
  await page.waitForFunction((n) => document.querySelectorAll('[data-test=notice-number]').length === n, before.length + 1);
  const added = page.locator('[data-test=notice-table] tbody tr').last();
  assert.equal(await added.locator('[data-test=notice-state]').textContent(), '已下达');
  assert.match(await added.locator('[data-test=notice-unit]').textContent(), /\S/);
  // Issued again: nothing new.
  await page.click('[data-test=issue-notices]');
  await page.click('.el-message-box__btns .el-button--primary');
  await page.waitForSelector('.el-message--success >> text=没有新的需要下达');

  // Word, as the browser downloads it, and the letter to print.
  const href = await added.locator('[data-test=notice-docx]').getAttribute('href');
  assert.match(href, /^\/api\/v1\/documents\/\d+\/docx$/);
  const docx = await page.evaluate(async (p) => { const r = await fetch(p); return { status: r.status, type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength }; }, href);
  assert.equal(docx.status, 200);
  assert.match(docx.type, /officedocument\.wordprocessingml/);
  assert.ok(docx.size > 1000);
  await added.locator('[data-test=notice-open]').click();
  await page.waitForSelector('[data-test=official-letter]');
  assert.match(await page.textContent('[data-test=letter-title]'), /预警项目纠偏的告知函$/);
  await screenshot(page, 'monitoring-pages-notice-letter');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
