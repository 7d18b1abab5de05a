// 绩效考核 in the browser (R-AP-1): the office opens the 2025 scorecard of its departments (the
// demo's issued one, its notice linked), follows a point to the rows behind it and exports them,
// then issues the counties' appraisal with its notice; the weights page refuses a table that does
// not add up to 100; a department sees its own row only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { startApp, login, screenshot, toYear } from './harness.mjs';

let app;
const q = (sql) => app.server.db.query(sql);
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('the office follows a point to its rows and issues the counties\' appraisal', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await toYear(page, 2025);
  await page.click('[data-menu="/appraisal/departments"]');
  await page.waitForSelector('[data-test=ap-table] .el-table__row');
  const departments = Number(q("SELECT COUNT(*) FROM units WHERE kind = 'department' AND region_id = (SELECT id FROM regions WHERE name = '云岭州')"));
  assert.equal(await page.locator('[data-test=ap-table] .el-table__body-wrapper .el-table__row').count(), departments);
  assert.match(await page.textContent('[data-test=ap-status]'), /已通报/);
  assert.match(await page.textContent('[data-test=ap-notice]'), /云岭州财绩考〔2025〕\d+号/);
  assert.match(await page.textContent('[data-test=ap-rule]'), /折算为 100 分/);
  const header = await page.textContent('[data-test=ap-table] .el-table__header-wrapper');
  assert.match(header, /绩效目标覆盖率（个数）/);
  assert.match(header, /信息公开率/);
  await screenshot(page, 'appraisal-departments');

  // The first department's first point: its rows add up to the point's counts.
  await page.locator('[data-test=ap-point]').first().click();
  await page.waitForSelector('[data-test=ap-rows] .el-table__row');
  const counts = await page.textContent('[data-test=ap-rows-counts]');
  const [, num, den] = counts.match(/完成 (\d+)\/(\d+)/);
  const shown = await page.locator('[data-test=ap-rows] .el-table__body-wrapper .el-table__row').count();
  assert.equal(shown, Math.min(Number(den), 50));
  assert.ok(Number(num) <= Number(den));
  await screenshot(page, 'appraisal-point-rows');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=ap-rows-export]')]);
  assert.match(download.suggestedFilename(), /^2025年度考核明细-.*\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  assert.equal(wb.worksheets[0].rowCount, Number(den) + 1);
  await page.keyboard.press('Escape');

  // The counties: computed by the demo, issued now with the notice.
  await page.click('[data-menu="/appraisal/regions"]');
  await page.waitForSelector('[data-test=ap-issue]');
  assert.match(await page.textContent('[data-test=ap-table]'), /云溪县[\s\S]*|松岚县/);
  await page.click('[data-test=ap-issue]');
  await page.click('.el-message-box__btns .el-button--primary');
  await page.waitForSelector('[data-test=ap-notice]');
  assert.match(await page.textContent('[data-test=ap-status]'), /已通报/);
  assert.equal(Number(q("SELECT COUNT(*) FROM appraisals WHERE year = 2025 AND subject = 'region' AND status = 'issued' AND document_id IS NOT NULL")), 1);
  await screenshot(page, 'appraisal-regions-issued');
  await page.click('[data-test=ap-notice]');
  await page.waitForURL(/\/documents\/\d+/);
  await page.waitForSelector('text=下级财政部门预算绩效管理工作考核结果的通报');
  await screenshot(page, 'appraisal-notice');
  assert.deepEqual(page.jsErrors, []);
});

test('the weights are saved only when they add up to 100', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await toYear(page, 2025);
  await page.click('[data-menu="/appraisal/weights"]');
  await page.waitForSelector('[data-test=aw-table] .el-table__row');
  assert.match(await page.textContent('[data-test=aw-sum]'), /合计 100\.00 分/);
  const first = page.locator('[data-test=aw-weight]').first();
  await first.fill('15');
  assert.match(await page.textContent('[data-test=aw-sum]'), /合计 105\.00 分（须为 100 分）/);
  assert.equal(await page.locator('[data-test=aw-save]').isDisabled(), true);
  await screenshot(page, 'appraisal-weights-refused');
  await page.locator('[data-test=aw-weight]').nth(1).fill('5');
  assert.match(await page.textContent('[data-test=aw-sum]'), /合计 100\.00 分/);
  await page.click('[data-test=aw-save]');
  await page.waitForSelector('text=考核权重已保存');
  assert.match(await page.textContent('.jx-card'), /现行权重由云岭州设定/);
  // The rules page shows the same sheet, each item by its name and points.
  await page.click('[data-menu="/rules"]');
  await page.waitForSelector('[data-test=rule-edit-R-AP-1]');
  const rules = await page.textContent('.jx-page');
  assert.match(rules, /绩效管理工作考核评分表[\s\S]*绩效目标覆盖率（个数） 15[\s\S]*不参与考核，其余各项按分值比例折算为 100 分/);
  await page.click('[data-test=rule-edit-R-AP-1]');
  await page.waitForSelector('[data-test=sheet-sum], [data-test=rule-dialog] .el-table');
  await screenshot(page, 'appraisal-rule-sheet');
  assert.deepEqual(page.jsErrors, []);
});

test('a department sees its own scorecard row only', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_department');
  await toYear(page, 2025);
  await page.click('[data-menu="/appraisal/departments"]');
  await page.waitForSelector('[data-test=ap-table] .el-table__row');
  assert.equal(await page.locator('[data-test=ap-table] .el-table__body-wrapper .el-table__row').count(), 1);
  assert.match(await page.textContent('[data-test=ap-table]'), /州教育体育局/);
  assert.equal(await page.locator('[data-test=ap-issue]').count(), 0);
  assert.deepEqual(page.jsErrors, []);
});
