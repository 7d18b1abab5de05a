// 部门整体 in monitoring, on the demo's current year: the department finds its overall report of
// the August checkpoint among those waiting for it, reports each indicator's progress and what
// the department has spent (no project's feed holds a department's year), sees the colour its
// answers lead to before saving, and submits it; the report carries the money as typed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot, toYear, getJson, select, wanText } from './harness.mjs';

const YEAR = 2026;
let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('the department reports its overall progress and spending at the August checkpoint', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_department');
  await toYear(page, YEAR);
  await page.goto(app.base + '/monitoring/reports?status=pending');
  await page.waitForSelector('[data-test=report-table] [data-test=report-link]');
  const list = await getJson(page, `/api/v1/monitoring-reports?year=${YEAR}&status=pending&limit=100`);
  const own = list.items.filter((r) => !r.project_id);
  assert.equal(own.length, 1, 'its overall report of the August checkpoint waits for it');
  const id = own[0].id;
  await page.goto(`${app.base}/monitoring/reports/${id}`);
  await page.waitForSelector('[data-test=indicators] [data-test=value-so-far]');
  const body = await page.textContent('body');
  assert.match(body, /部门整体/);
  assert.ok(!/demo_|\bpending\b|\bdepartment\b/.test(body), 'no code or login name on the page');
  const view = await getJson(page, `/api/v1/monitoring-reports/${id}`);
  assert.equal(view.project_id ?? null, null);

  const rows = page.locator('[data-test=indicators] .el-table__body tr');
  for (const [n, i] of view.indicators.entries()) {
    const numeric = /^[\d.]+$/.test(i.indicator.value);
    // A date's progress is the day it is expected: the target's own.
    const date = /^\d{4}-\d{2}-\d{2}$/.test(i.indicator.value);
    await rows.nth(n).locator('[data-test=value-so-far]').fill(numeric ? '1' : date ? i.indicator.value : '推进中');
    await rows.nth(n).locator('[data-test=projected-value]').fill(numeric || date ? i.indicator.value : '按计划完成');
    await select(page, rows.nth(n).locator('[data-test=likelihood]'), '确定能');
  }
  const executed = Math.floor(view.budget_fen / 3 / 10000) * 10000;
  await page.fill('[data-test=executed]', wanText(executed));
  await page.fill('[data-test=spending-reason]', '部门基本支出按进度执行，项目支出部分尚在采购');
  await page.waitForSelector('[data-test=preview-title] >> text=按当前填报，预计：');
  await screenshot(page, 'monitoring-department-overall-form');
  await page.click('[data-test=submit]');
  await page.waitForFunction(() => !document.querySelector('[data-test=report-status]')?.textContent?.includes('待填报'));
  const saved = await getJson(page, `/api/v1/monitoring-reports/${id}`);
  assert.notEqual(saved.status, 'pending');
  assert.equal(saved.executed_fen, executed);
  assert.equal(saved.spending_reason, '部门基本支出按进度执行，项目支出部分尚在采购');
  await screenshot(page, 'monitoring-department-overall-submitted');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
