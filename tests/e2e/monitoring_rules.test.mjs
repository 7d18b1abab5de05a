// The office changes the warning thresholds (R-MO-4) and, before saving, sees what they would do
// to the latest checkpoint: how many projects change colour, how much money, by department.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('switching a warning rule off shows its effect on the August checkpoint before saving', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/rules');
  await page.waitForSelector('[data-test=rule-R-MO-4]');
  await page.click('[data-test=rule-edit-R-MO-4]');
  await page.waitForSelector('[data-test=rule-preview]');
  // The spending rules off: fewer warnings (red ones also come from missing reports and
  // indicators judged impossible).
  await page.click('[data-test=rule-dialog] [data-test=param-spending_behind]');
  await page.click('[data-test=rule-dialog] [data-test=param-schedule_floor]');
  await page.click('[data-test=rule-preview-run]');
  await page.waitForSelector('[data-test=rule-preview-summary]');
  const summary = await page.textContent('[data-test=rule-preview-summary]');
  assert.match(summary, /8月末监控/);
  const [, changed] = summary.match(/(\d+) 个项目的预警等级会改变/);
  assert.ok(Number(changed) > 0, summary);
  const [, redNow, redThen] = summary.match(/红色 (\d+) → (\d+)/);
  const [, blueNow, blueThen] = summary.match(/蓝色 (\d+) → (\d+)/);
  assert.ok(Number(redThen) <= Number(redNow) && Number(blueThen) < Number(blueNow), summary);
  await page.waitForSelector('[data-test=rule-preview] .el-table__body tr');
  await screenshot(page, 'monitoring-rule-preview');
  // Nothing was saved: the rule still shows the national default.
  await page.click('[data-test=rule-dialog] button:has-text("取消")');
  await page.waitForSelector('[data-test=rule-R-MO-4] [data-test=rule-default]');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
