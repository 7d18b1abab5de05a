// 评价计划 in the browser: the office opens the year's plan, puts the first suggested project in
// it with one click and sees the coverage grow; adds a department through the dialog, takes it
// out again after confirming, and exports the plan. A business section reads the plan without
// changing it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { startApp, login, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

const countOf = async (page) => Number((await page.textContent('[data-test=coverage-count]')).match(/\d+/)[0]);

test('the office adds a suggested project and a department, sees the coverage change, and exports', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/key-evaluations/plan"]');
  await page.waitForSelector('[data-test=plan-suggestions] .el-table__row');
  const before = await countOf(page);
  const moneyBefore = await page.textContent('[data-test=coverage-money]');
  const first = page.locator('[data-test=plan-suggestions] .el-table__row').first();
  const name = (await first.locator('td').first().textContent()).trim();
  assert.ok((await first.locator('[data-test=suggestion-reason]').count()) > 0);
  assert.doesNotMatch(await page.textContent('[data-test=plan-suggestions]'), /large_unevaluated|red_warning|general/);
  await first.locator('[data-test=suggestion-add]').click();
  await page.waitForFunction((n) => Number(document.querySelector('[data-test=coverage-count]').textContent.match(/\d+/)[0]) === n, before + 1);
  assert.notEqual(await page.textContent('[data-test=coverage-money]'), moneyBefore);
  assert.match(await page.textContent('[data-test=plan-table]'), new RegExp(name.replace(/[()（）]/g, '.')));
  assert.doesNotMatch(await page.textContent('[data-test=plan-suggestions]'), new RegExp(`^${name}$`, 'm'));
  assert.match(await page.textContent('[data-test=plan-table]'), /项目支出/);
  assert.match(await page.textContent('[data-test=plan-table]'), /计划中/);
  await screenshot(page, 'key-evaluation-plan');

  // A department through the dialog: a refusal shows at its field, then it goes in.
  await page.click('[data-test=plan-add]');
  await page.click('[data-test=plan-kind]');
  await page.click('.el-select-dropdown__item:has-text("部门整体支出")');
  await page.click('[data-test=plan-save]');
  await page.waitForSelector('[data-test=plan-dialog] .el-form-item__error');
  assert.match(await page.textContent('[data-test=plan-dialog]'), /请选择被评价的部门/);
  await page.click('[data-test=plan-department] .el-select');
  await page.keyboard.type('教育');
  await page.click('.el-select-dropdown__item:has-text("教育")');
  await page.click('[data-test=plan-fund] .el-select');
  await page.click('.el-select-dropdown__item:has-text("一般公共预算")');
  await page.fill('[data-test=plan-budget] input', '1200');
  await page.click('[data-test=plan-save]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-test=coverage-count]').textContent.match(/\d+/)[0]) === n, before + 2);
  const row = page.locator('[data-test=plan-table] .el-table__row', { hasText: '部门整体支出' });
  assert.match(await row.textContent(), /1,200\.00/);
  await screenshot(page, 'key-evaluation-plan-department');

  // Exported with labels, never codes.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=plan-export]')]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0];
  assert.equal(ws.getRow(1).getCell(1).value, '评价对象');
  assert.equal(ws.rowCount - 1, before + 2);
  const text = JSON.stringify(ws.getSheetValues());
  assert.match(text, /部门整体支出/);
  assert.doesNotMatch(text, /"(department|project|agency|planned|general)"/);

  // Taken out after confirming.
  await row.locator('[data-test=plan-remove]').click();
  await page.click('.el-message-box__btns button:has-text("移出计划")');
  await page.waitForFunction((n) => Number(document.querySelector('[data-test=coverage-count]').textContent.match(/\d+/)[0]) === n, before + 1);
  await page.close();
});

test('a business section reads the plan without changing it', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_section');
  await page.click('[data-menu="/key-evaluations/plan"]');
  await page.waitForSelector('[data-test=plan-coverage]');
  assert.equal(await page.locator('[data-test=plan-add]').count(), 0);
  assert.equal(await page.locator('[data-test=suggestion-add]').count(), 0);
  await page.close();
});
