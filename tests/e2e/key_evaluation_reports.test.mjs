// 重点评价统计, 机构考评 and 互审互评 in the browser: with the demo's key evaluations of 2025 by
// several agencies at every step (under way, finalised with grades, quality scores and fees, one
// reworked) and their findings in the ledger, the office reads the statistics and exports them, reads the
// agencies' scorecards and one's fee statement, draws a cross-review round; demo_agency scores the
// review it was given on the quality sheet (a score above an item's points refused at the item)
// and the office closes the round.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { ARTIFACTS, startApp, login, screenshot, toYear } from './harness.mjs';

let app;
const q = (sql) => app.server.db.query(sql);

// The demo's key evaluations of 2025 (src/cli/demo_key_evaluation_flow.cpp): seven subjects by
// three agencies and finance itself, one with its results sent (two findings, one answered), one
// finalised, one reworked with its fee capped.
before(async () => {
  app = await startApp();
});
after(async () => { await app?.stop(); });

test('the office reads the statistics, the scorecards and a fee statement', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await toYear(page, 2025);
  await page.click('[data-menu="/key-evaluations/statistics"]');
  await page.waitForSelector('[data-test=ke-stat-figures]');
  assert.match(await page.textContent('[data-test=ke-stat-evaluations]'), /7/);
  assert.match(await page.textContent('[data-test=ke-stat-deducted]'), /^\s*4\.04/);  // 3.44 + 0.60 万元
  // Two findings, neither due yet (R-RA-1: 30 days): no rate, never 0% or 100%.
  assert.match(await page.textContent('[data-test=ke-stat-rectification]'), /^\s*—/);
  const kinds = await page.textContent('[data-test=ke-stat-kind]');
  for (const label of ['项目支出', '财政政策', '部门整体支出', '专项债券项目', '重大项目中期评价']) assert.match(kinds, new RegExp(label));
  assert.match(await page.textContent('[data-test=ke-stat-grade]'), /良[\s\S]*中/);
  assert.match(await page.textContent('[data-test=ke-stat-mode]'), /委托第三方机构[\s\S]*财政自行评价/);
  await page.waitForSelector('[data-test=ke-stat-chart] canvas');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=ke-stat-export]')]);
  assert.match(download.suggestedFilename(), /^重点评价统计.*2025\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  assert.ok(wb.worksheets.map((w) => w.name).includes('按评价类别'));
  await screenshot(page, 'key-evaluation-statistics');
  await page.locator('[data-test=ke-stat-tables]').screenshot({ path: `${ARTIFACTS}/key-evaluation-statistics-tables.png` });
  await page.locator('[data-test=ke-stat-regions]').screenshot({ path: `${ARTIFACTS}/key-evaluation-statistics-regions.png` });
  // Down to a county (which has none of the prefecture's) and back.
  const county = (await page.locator('[data-test=ke-stat-region-link]').first().textContent()).trim();
  await page.locator('[data-test=ke-stat-region-link]').first().click();
  await page.waitForURL(/region_id=/);
  await page.waitForSelector('[data-test=ke-stat-empty]');
  assert.match(await page.textContent('.jx-toolbar b'), new RegExp(county));
  await page.click('[data-test=ke-stat-back]');
  await page.waitForSelector('[data-test=ke-stat-figures]');
  assert.deepEqual(page.jsErrors, []);

  await page.click('[data-menu="/agency-scorecards"]');
  await page.waitForSelector('[data-test=sc-table] .el-table__row');
  const table = await page.textContent('[data-test=sc-table]');
  assert.match(table, /云岭正信评价事务所有限公司/);
  assert.match(table, /云岭天衡会计师事务所/);
  await screenshot(page, 'key-evaluation-scorecards');
  await page.locator('[data-test=sc-table] .el-table__row', { hasText: '云岭天衡' }).first().locator('[data-test=sc-statement]').click();
  await page.waitForSelector('[data-test=fee-lines] .el-table__row');
  assert.match(await page.textContent('[data-test=fee-title]'), /云岭天衡.*2025 年度重点评价费用结算单/);
  const lines = await page.textContent('[data-test=fee-lines]');
  assert.match(lines, /州卫生健康委员会部门整体支出/);
  assert.match(lines, /待评定/);
  assert.match(await page.textContent('[data-test=fee-totals]'), /质量扣减合计/);
  await screenshot(page, 'key-evaluation-fee-statement');
  assert.deepEqual(page.jsErrors, []);
});

test('the office draws a round, demo_agency scores its review, the office closes the round', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/key-evaluation-cross-rounds"]');
  await page.waitForSelector('[data-test=cr-rounds]');
  await page.click('[data-test=cr-draw]');
  await page.fill('[data-test=cr-name] input', '2025年度第一轮互审');
  await page.fill('[data-test=cr-year] input', '2025');
  await page.fill('[data-test=cr-seed] input', '20260601');
  await page.click('[data-test=cr-draw-save]');
  await page.waitForSelector('[data-test=cr-reviews] .el-table__row');
  assert.match(await page.textContent('[data-test=cr-title]'), /2025年度第一轮互审/);
  const rows = await page.locator('[data-test=cr-reviews] .el-table__body .el-table__row').count();
  assert.equal(rows, 3);  // the reports handed in: 正信's, 天衡's and 诚远's
  // Whoever the seed chose, 滇南诚远's report is demo_agency's agency's to review here.
  const roundId = Number(page.url().split('/').pop());
  q(`UPDATE key_evaluation_cross_reviews SET reviewer_agency_id = (SELECT id FROM agencies WHERE name LIKE '云岭正信%')
     WHERE round_id = ${roundId} AND evaluation_id = (SELECT id FROM key_evaluations WHERE name = '农业产业发展扶持政策')`);
  await screenshot(page, 'key-evaluation-cross-round');

  const agency = await app.page();
  await login(agency, app.base, 'demo_agency');
  await agency.click('[data-menu="/key-evaluation-cross-rounds"]');
  await agency.click('[data-test=cr-rounds] [data-test=cr-open]');
  await agency.waitForSelector('[data-test=cr-reviews] [data-test=cr-score]');
  await agency.click('[data-test=cr-score]');
  for (const [code, v] of [['format', '9.5'], ['completeness', '24'], ['performance', '31'], ['evidence', '18'], ['language', '14']])
    await agency.fill(`[data-test=cr-item-${code}] input`, v);
  await agency.fill('[data-test=cr-comment] textarea', '报告结构完整，证据链基本充分，个别指标分析不足。');
  await agency.click('[data-test=cr-score-save]');
  // 绩效反映充分 is out of 30: refused at the item before anything is sent.
  await agency.waitForSelector('[data-test=cr-score-dialog] .el-form-item__error');
  assert.match(await agency.textContent('[data-test=cr-score-dialog]'), /0 到 30 分/);
  await agency.fill('[data-test=cr-item-performance] input', '28.25');
  assert.match(await agency.textContent('[data-test=cr-total]'), /93\.75/);
  await screenshot(agency, 'key-evaluation-cross-review-score');
  await agency.click('[data-test=cr-score-save]');
  await agency.waitForSelector('[data-test=cr-score-dialog]', { state: 'hidden' });
  await agency.waitForFunction(() => document.querySelector('[data-test=cr-reviews]')?.textContent.includes('93.75'));
  assert.match(await agency.textContent('[data-test=cr-reviews]'), /报告结构完整/);
  assert.deepEqual(agency.jsErrors, []);

  await page.reload();
  await page.waitForSelector('[data-test=cr-close]');
  assert.match(await page.textContent('[data-test=cr-reviews]'), /93\.75/);
  await page.click('[data-test=cr-close]');
  await page.click('.el-message-box__btns button:has-text("确定")');
  await page.waitForSelector('[data-test=cr-close]', { state: 'hidden' });
  await page.waitForSelector('.el-message-box', { state: 'hidden' });
  await screenshot(page, 'key-evaluation-cross-round-closed');
  assert.deepEqual(page.jsErrors, []);
});
