// 重点评价统计, 机构考评 and 互审互评 in the browser: with the year's key evaluations of several
// agencies at several steps (planned, under way, finalised with grades, quality scores and fees)
// and a finding in the ledger, the office reads the statistics and exports them, reads the
// agencies' scorecards and one's fee statement, draws a cross-review round; demo_agency scores the
// review it was given on the quality sheet (a score above an item's points refused at the item)
// and the office closes the round.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { ARTIFACTS, startApp, login, screenshot, toYear } from './harness.mjs';

let app;
const q = (sql) => app.server.db.query(sql);
const now = '2026-03-01T08:00:00Z';

function evaluation(name, agency, cols) {
  const p = q('SELECT id, unit_id, department_id FROM projects WHERE region_id = 1 AND year = 2025 ORDER BY amount_fen DESC, id LIMIT 1').split('|');
  const officeId = q("SELECT id FROM users WHERE username = 'demo_office'");
  const all = { kind: "'project'", fund_type: "'general'", budget_fen: 800_000_000, due: "'2026-09-30'", mode: "'agency'",
    agency_id: agency ?? 'NULL', contract_fee_fen: agency ? 30_000_000 : 0, ...cols };
  q(`INSERT INTO key_evaluations (region_id, year, name, project_id, department_id, unit_id, created_by, created_at, updated_at,
     ${Object.keys(all).join(', ')}) VALUES (1, 2025, '${name}', ${p[0]}, ${p[2]}, ${p[1]}, ${officeId}, '${now}', '${now}',
     ${Object.values(all).join(', ')})`);
  return Number(q(`SELECT id FROM key_evaluations WHERE name = '${name}'`));
}

before(async () => {
  app = await startApp();
  const agency = (prefix) => q(`SELECT id FROM agencies WHERE name LIKE '${prefix}%'`);
  const [zhengxin, tianheng, chengyuan] = [agency('云岭正信'), agency('云岭天衡'), agency('滇南诚远')];
  evaluation('州农村公路养护项目评价', zhengxin, { status: "'finalised'", grade: "'good'", score: 8600, quality_score: 9050,
    fee_payable_fen: 30_000_000, finalised_at: "'2026-08-20T08:00:00Z'" });
  const poor = evaluation('州职业技能培训补贴政策评价', tianheng, { kind: "'policy'", fund_type: "'gov_fund'", status: "'results_sent'",
    grade: "'fair'", score: 7200, quality_score: 6800, reworked: 1, fee_payable_fen: 18_000_000, finalised_at: "'2026-10-10T08:00:00Z'" });
  evaluation('州水利局部门整体支出评价', chengyuan, { kind: "'department'", status: "'report_review'" });
  evaluation('州人民医院专项债券项目评价', tianheng, { kind: "'special_bond'", status: "'report_review'", budget_fen: 2_500_000_000 });
  evaluation('州财政运行评价', null, { kind: "'policy'", status: "'planned'", mode: "'finance'" });
  // A finding of the poor one in the ledger, overdue.
  const u = q(`SELECT unit_id || '|' || department_id FROM key_evaluations WHERE id = ${poor}`).split('|');
  q(`INSERT INTO findings (region_id, year, source, source_id, unit_id, department_id, title, requirement, due, status,
     created_at, updated_at) VALUES (1, 2025, 'key_evaluation', 900001, ${u[0]}, ${u[1]}, '补贴发放对象审核不严',
     '建立复核机制', '2026-01-31', 'open', '${now}', '${now}')`);
});
after(async () => { await app?.stop(); });

test('the office reads the statistics, the scorecards and a fee statement', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await toYear(page, 2025);
  await page.click('[data-menu="/key-evaluations/statistics"]');
  await page.waitForSelector('[data-test=ke-stat-figures]');
  assert.match(await page.textContent('[data-test=ke-stat-evaluations]'), /5/);
  assert.match(await page.textContent('[data-test=ke-stat-deducted]'), /^\s*12\.00/);
  assert.match(await page.textContent('[data-test=ke-stat-rectification]'), /0\.00%/);
  const kinds = await page.textContent('[data-test=ke-stat-kind]');
  for (const label of ['项目支出', '财政政策', '部门整体支出', '专项债券项目']) assert.match(kinds, new RegExp(label));
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
  assert.match(lines, /州职业技能培训补贴政策评价/);
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
  assert.equal(rows, 4);
  // Whoever the seed chose, 滇南诚远's report is demo_agency's agency's to review here.
  const roundId = Number(page.url().split('/').pop());
  q(`UPDATE key_evaluation_cross_reviews SET reviewer_agency_id = (SELECT id FROM agencies WHERE name LIKE '云岭正信%')
     WHERE round_id = ${roundId} AND evaluation_id = (SELECT id FROM key_evaluations WHERE name = '州水利局部门整体支出评价')`);
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
