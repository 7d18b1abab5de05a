// 整改台账 in the browser: the office issues the warning notices of the August checkpoint (one
// report newly warned since the demo's notices), opens the printed notice, the department
// answers its finding with its measures in the drawer, and the office closes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';

let app;
let findingId;
before(async () => {
  app = await startApp();
  const db = app.server.db;
  // A report of the department's own project at 8月末监控 turned red after the notices went out.
  db.query(`UPDATE monitoring_reports SET colour = 'red', fired = '[{"rule":"R-MO-4","check":"idle_money","colour":"red","detail":"截至8月31日资金尚未支出","inputs":{}}]'
    WHERE id = (SELECT MIN(r.id) FROM monitoring_reports r JOIN checkpoints c ON c.id = r.checkpoint_id
      WHERE c.name = '8月末监控' AND r.unit_id = (SELECT unit_id FROM users WHERE username = 'demo_department')
      AND r.colour = 'none' AND r.project_id IS NOT NULL)`);
});
after(async () => { await app?.stop(); });

test('the office issues the August notices and opens the printed one', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/findings"]');
  await page.waitForSelector('[data-test=finding-link]');
  assert.match(await page.textContent('[data-test=finding-rate]'), /^\d+\.\d\d%$/);
  assert.ok(await page.locator('[data-test=due].overdue').count() > 0, 'overdue dates in red');
  await page.waitForSelector('[data-test=notice-checkpoint]');
  assert.match(await page.textContent('[data-test=notice-checkpoint]'), /8月末监控/);
  await page.click('[data-test=issue-notices]');
  await page.waitForSelector('.el-message--success');
  assert.match(await page.textContent('.el-message--success'), /已下达预警纠偏告知函 1 份/);
  findingId = Number(app.server.db.query('SELECT MAX(id) FROM findings'));
  await page.waitForFunction(() => document.querySelector('[data-test=finding-link]')?.textContent.includes('红色重要预警'));
  await screenshot(page, 'rectify-list');
  await page.click('[data-test=notice-link] >> nth=0');
  await page.waitForSelector('[data-test=official-letter]');
  assert.match(await page.textContent('[data-test=letter-number]'), /^云岭州财绩预〔2026〕\d+号$/);
  assert.match(await page.textContent('[data-test=letter-title]'), /预警项目纠偏的告知函$/);
  assert.match(await page.textContent('[data-test=letter-attachment]'), /截至8月31日资金尚未支出/);
  await screenshot(page, 'rectify-notice');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the department answers its finding with its measures, and the office closes it', async () => {
  assert.ok(findingId > 0);
  const page = await app.page();
  await login(page, app.base, 'demo_department');
  await page.click('[data-menu="/findings"]');
  await page.waitForSelector('[data-test=finding-link]');
  await page.click('[data-test=finding-link] >> nth=0');
  await page.waitForSelector('[data-test=answer-form]');
  await page.click('[data-test=answer-submit]');
  await page.waitForSelector('.field-error');
  assert.match(await page.textContent('.field-error'), /整改措施/);
  await page.fill('[data-test=answer-input]', '已完成政府采购，9月支付首笔款项 120 万元，后续按月跟踪支付进度。');
  await page.click('[data-test=answer-submit]');
  await page.waitForFunction(() => document.querySelector('[data-test=finding-status]')?.textContent.includes('已反馈'));
  await screenshot(page, 'rectify-answered');
  await page.context().close();

  const office = await app.page();
  await login(office, app.base, 'demo_office');
  await office.goto(`${app.base}/findings/${findingId}`);
  await office.waitForSelector('[data-test=office-form]');
  await office.fill('[data-test=opinion-input]', '经核实，支出进度已明显改善，予以销号。');
  await office.click('[data-test=close-finding]');
  await office.waitForFunction(() => document.querySelector('[data-test=finding-status]')?.textContent.includes('已销号'));
  // The timeline is read again after the step.
  await office.waitForSelector('[data-test=finding-detail] >> text=整改问题：核实销号');
  await screenshot(office, 'rectify-closed');
  assert.deepEqual(office.jsErrors, []);
  await office.context().close();
});
