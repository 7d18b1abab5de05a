// 第三方机构 and 专家库 in the browser: the office finds the demo's agencies, sees an agency's linked
// accounts, is refused a wrong credit code and an account of another agency at their fields,
// registers an agency, records its contract of the year, edits it (and is told when someone else
// changed it first) and suspends it, exporting the list; registers an expert with a relation to
// avoid; demo_agency sees its own agency only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { startApp, login, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

// Clicks a 导出 Excel button and reads the first sheet back: { filename, header, rows } as text.
async function exportSheet(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-test=${button}]`)]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0];
  const text = (v) => (v === null || v === undefined ? '' : String(v));
  const rows = [];
  for (let n = 2; n <= ws.rowCount; n++) rows.push(ws.getRow(n).values.slice(1).map(text));
  return { filename: download.suggestedFilename(), header: ws.getRow(1).values.slice(1), rows };
}

test('the office registers an agency, its contract of the year, and suspends it', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/agencies"]');
  await page.waitForSelector('[data-test=agency-table] .el-table__row');
  assert.match(await page.textContent('[data-test=agency-total]'), /共 4 家机构/);
  assert.match(await page.textContent('[data-test=agency-table]'), /云岭正信评价事务所有限公司/);

  // Editing an agency shows the accounts linked to it in the picker.
  await page.locator('[data-test=agency-table] .el-table__row', { hasText: '云岭正信评价事务所有限公司' })
    .locator('[data-test=agency-edit]').click();
  await page.waitForSelector('[data-test=field-user_ids] .el-tag:has-text("周凯（云岭正信评价事务所）")');
  await page.click('[data-test=agency-dialog] .buttons button:has-text("取消")');
  await page.waitForSelector('[data-test=agency-dialog]', { state: 'hidden' });

  await page.click('[data-test=add-agency]');
  await page.fill('[data-test=field-name] input', '云岭致远绩效评价有限公司');
  await page.fill('[data-test=field-credit_code] input', '91539900MA6W1X2Y30');
  await page.click('[data-test=agency-save]');
  await page.waitForSelector('[data-test=field-credit_code] .el-form-item__error');
  assert.match(await page.textContent('[data-test=field-credit_code] .el-form-item__error'), /校验位不正确/);
  await page.fill('[data-test=field-credit_code] input', '91539900MA6W1X2Y3W');
  // The region's one agency account is 云岭正信's already: the server says so under the picker.
  await page.click('[data-test=agency-accounts]');
  await page.click('.el-select-dropdown__item:has-text("周凯（云岭正信评价事务所）")');
  await page.click('[data-test=agency-dialog] .el-dialog__title');
  await page.click('[data-test=agency-save]');
  await page.waitForSelector('[data-test=field-user_ids] .el-form-item__error');
  assert.match(await page.textContent('[data-test=field-user_ids] .el-form-item__error'), /已关联其他第三方机构/);
  await screenshot(page, 'key-evaluation-agency-accounts');
  await page.click('[data-test=field-user_ids] .el-tag__close');
  await page.click('[data-test=agency-save]');
  await page.waitForFunction(() => document.querySelector('[data-test=agency-total]')?.textContent.includes('共 5 家机构'));

  const row = page.locator('[data-test=agency-table] .el-table__row', { hasText: '云岭致远绩效评价有限公司' });
  await row.locator('button', { hasText: '云岭致远绩效评价有限公司' }).click();
  await page.waitForSelector('[data-test=year-contract]');
  await page.fill('[data-test=year-contract]', 'YLCZ-2026-CG-0601');
  await page.fill('[data-test=year-fee]', '-3');
  await page.click('[data-test=year-add]');
  await page.waitForSelector('.el-drawer .el-form-item__error');
  assert.match(await page.textContent('.el-drawer .el-form-item__error'), /金额不能为负数/);
  await page.fill('[data-test=year-fee]', '32.5');
  await page.click('[data-test=year-add]');
  await page.waitForFunction(() => document.querySelector('[data-test=agency-years]')?.textContent.includes('YLCZ-2026-CG-0601'));
  assert.match(await page.textContent('[data-test=agency-years]'), /32\.50/);

  // The year's contract edited: the fee corrected.
  await page.click('[data-test=year-edit-2026]');
  await page.waitForSelector('[data-test=year-editing]');
  assert.equal(await page.inputValue('[data-test=year-contract]'), 'YLCZ-2026-CG-0601');
  assert.equal(await page.inputValue('[data-test=year-fee]'), '32.50');
  await page.fill('[data-test=year-fee]', '36.8');
  await page.click('[data-test=year-add]');
  await page.waitForFunction(() => document.querySelector('[data-test=agency-years]')?.textContent.includes('36.80'));
  await page.waitForSelector('[data-test=year-editing]', { state: 'detached' });
  const yearId = app.server.db.query("SELECT y.id FROM agency_years y JOIN agencies a ON a.id = y.agency_id WHERE a.name = '云岭致远绩效评价有限公司' AND y.year = 2026");
  assert.equal(app.server.db.query(`SELECT fee_fen FROM agency_years WHERE id = ${yearId}`), '36800000');
  await screenshot(page, 'key-evaluation-agency-drawer');

  // Someone else saved the year meanwhile: the page says so and shows the record as it is now.
  await page.click('[data-test=year-edit-2026]');
  await page.fill('[data-test=year-contract]', 'YLCZ-2026-CG-0602');
  app.server.db.query(`UPDATE agency_years SET notes = '他人修改', version = version + 1 WHERE id = ${yearId}`);
  await page.click('[data-test=year-add]');
  await page.waitForSelector('.el-message--error');
  assert.match(await page.textContent('.el-message--error'), /年度记录已被他人修改，请刷新后重试/);
  await page.waitForFunction(() => document.querySelector('[data-test=agency-years]')?.textContent.includes('他人修改'));
  assert.doesNotMatch(await page.textContent('[data-test=agency-years]'), /YLCZ-2026-CG-0602/);
  assert.equal(await page.locator('[data-test=year-editing]').count(), 0);
  await screenshot(page, 'key-evaluation-agency-year-stale');
  await page.keyboard.press('Escape');

  await row.locator('[data-test=agency-suspend]').click();
  await page.click('.el-message-box__btns .el-button--primary');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-test=agency-table] .el-table__row')]
    .some((r) => r.textContent.includes('云岭致远') && r.textContent.includes('已暂停')));
  await page.waitForSelector('.el-message-box', { state: 'hidden' });
  await screenshot(page, 'key-evaluation-agencies');
  assert.equal(app.server.db.query("SELECT status FROM agencies WHERE name = '云岭致远绩效评价有限公司'"), 'suspended');

  const sheet = await exportSheet(page, 'agency-export');
  assert.equal(sheet.filename, '第三方机构.xlsx');
  assert.deepEqual(sheet.header.slice(0, 3), ['机构名称', '统一社会信用代码', '资质情况']);
  assert.equal(sheet.rows.length, 5);
  const exported = sheet.rows.find((r) => r[0] === '云岭致远绩效评价有限公司');
  assert.equal(exported[1], '91539900MA6W1X2Y3W');
  assert.equal(exported[7], '已暂停');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the office registers an expert with a relation to avoid', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/experts"]');
  await page.waitForSelector('[data-test=expert-table] .el-table__row');
  assert.match(await page.textContent('[data-test=expert-table]'), /州第一中学（2023 至 2025 年任该校财务顾问）/);
  await page.click('[data-test=add-expert]');
  await page.fill('[data-test=field-name] input', '普丽华');
  await page.click('[data-test=avoid-add]');
  await page.fill('[data-test=avoid-0] input[placeholder="或填写回避对象"]', '州审计局');
  await page.click('[data-test=expert-save]');
  await page.waitForSelector('[data-test=form-error]');
  assert.match(await page.textContent('[data-test=form-error]'), /回避理由/);
  await page.fill('[data-test=avoid-reason]', '原工作单位，离职未满三年');
  await page.click('[data-test=expert-save]');
  await page.waitForFunction(() => document.querySelector('[data-test=expert-total]')?.textContent.includes('共 6 位专家'));
  assert.match(await page.textContent('[data-test=expert-table]'), /州审计局（原工作单位，离职未满三年）/);
  await page.waitForSelector('.el-dialog', { state: 'hidden' });
  await screenshot(page, 'key-evaluation-experts');
  const sheet = await exportSheet(page, 'expert-export');
  assert.equal(sheet.filename, '专家库.xlsx');
  assert.equal(sheet.rows.length, 6);
  assert.equal(sheet.rows.find((r) => r[0] === '普丽华')[5], '州审计局（原工作单位，离职未满三年）');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('demo_agency sees its own agency only, without actions', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_agency');
  await page.click('[data-menu="/agencies"]');
  await page.waitForSelector('[data-test=agency-table] .el-table__row');
  assert.match(await page.textContent('[data-test=agency-total]'), /共 1 家机构/);
  assert.equal(await page.locator('[data-test=add-agency]').count(), 0);
  assert.equal(await page.locator('[data-test=agency-suspend]').count(), 0);
  assert.equal((await exportSheet(page, 'agency-export')).rows.length, 1);
  await screenshot(page, 'key-evaluation-agency-own');
  await page.context().close();
});
