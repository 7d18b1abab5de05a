// 年度报告's figures in the browser: the office's home page shows the current fiscal year's
// cohort through every stage (全流程概览); a step's number opens the rows behind it, whose total
// is the step's; the rows list filters by part and exports its CSV. The funnel page puts the
// levels and the previous year side by side, and the comparison page the work year beside the
// previous one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot, getJson, wanShown, select } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('the office follows a funnel step from its home page to the rows behind it', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.waitForSelector('[data-test=home-funnel] [data-test=funnel-step]');
  const year = Number((await page.textContent('[data-test=home-funnel] h3')).match(/(\d{4})/)[1]);
  const funnel = await getJson(page, `/api/v1/annual-reports/funnel?year=${year}`);
  assert.equal(await page.locator('[data-test=home-funnel] [data-test=funnel-step]').count(), funnel.steps.length);
  const text = await page.textContent('[data-test=home-funnel]');
  for (const s of funnel.steps) assert.ok(text.includes(s.label), s.label);
  await screenshot(page, 'annual-report-home-funnel');

  // 绩效目标已批复的项目: its number opens its rows, whose count and money are the step's.
  const i = funnel.steps.findIndex((s) => s.code === 'targets.approved');
  const step = funnel.steps[i];
  assert.ok(step.total.count > 0);
  await page.locator('[data-test=home-funnel] [data-test=funnel-step]').nth(i).locator('[data-test=amount-link]').click();
  await page.waitForURL(/\/annual-report\/rows\/targets\.approved/);
  await page.waitForSelector('[data-test=rows-list] .el-table__row');
  assert.equal(await page.textContent('[data-test=rows-title]'), step.label);
  assert.equal(await page.textContent('[data-test=rows-count]'), step.total.count.toLocaleString('zh-CN'));
  assert.equal(await page.textContent('[data-test=rows-money]'), wanShown(step.total.fen));
  const header = await page.textContent('[data-test=rows-list] .el-table__header-wrapper');
  assert.match(header, /项目编码[\s\S]*名称[\s\S]*主管部门[\s\S]*金额（万元）[\s\S]*状态/);
  await screenshot(page, 'annual-report-rows');

  // The prefecture's own level: the count of 州级.
  await page.click('[data-test=rows-part]');
  await page.click('.el-select-dropdown__item:visible >> text=州级');
  await page.waitForURL(/part=own/);
  await page.waitForFunction((n) => document.querySelector('[data-test=rows-count]')?.textContent === n,
    step.own.count.toLocaleString('zh-CN'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=rows-export]')]);
  assert.match(download.suggestedFilename(), /绩效目标已批复的项目-州级-\d{4}\.csv$/);
  assert.deepEqual(page.jsErrors, []);
});

test('the funnel page and the comparison show every level, each number a link', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/annual-report/funnel"]');
  await page.waitForSelector('[data-test=funnel-table] .el-table__row');
  const header = await page.textContent('[data-test=funnel-table] .el-table__header-wrapper');
  assert.match(header, /合计[\s\S]*州级[\s\S]*云溪县[\s\S]*上年/);
  assert.equal(await page.locator('[data-test=funnel-table] .el-table__body-wrapper .el-table__row').count(), 11);
  await screenshot(page, 'annual-report-funnel');
  // A county of the prefecture's tree: its own level, no lower regions.
  await select(page, page.locator('[data-test=region-picker]'), '云溪县');
  await page.waitForFunction(() => document.querySelector('.jx-page h2')?.textContent?.includes('云溪县'));
  await page.waitForFunction(() => document.querySelector('[data-test=funnel-table] .el-table__header-wrapper')?.textContent?.includes('县级'));
  assert.doesNotMatch(await page.textContent('[data-test=funnel-table] .el-table__header-wrapper'), /松岚县/);
  await screenshot(page, 'annual-report-funnel-county');

  await page.click('[data-menu="/annual-report/compare"]');
  await page.waitForSelector('[data-test=compare-table] .el-table__row');
  const year = Number((await page.textContent('.jx-page h2')).match(/(\d{4}) 年与/)[1]);
  const set = await getJson(page, `/api/v1/annual-reports/figures?year=${year}`);
  assert.equal(await page.locator('[data-test=compare-table] .el-table__body-wrapper .el-table__row').count(), set.figures.length);
  const compared = await page.textContent('[data-test=compare-table]');
  assert.match(compared, /实施绩效目标管理的项目/);
  assert.match(await page.textContent('[data-test=compare-rates]'), /审减率/);
  await screenshot(page, 'annual-report-compare');
  // A number of the comparison opens its rows.
  await page.locator('[data-test=compare-current]').first().click();
  await page.waitForURL(/\/annual-report\/rows\//);
  await page.waitForSelector('[data-test=rows-count]');
  assert.equal(await page.textContent('[data-test=rows-count]'), set.figures[0].total.count.toLocaleString('zh-CN'));
  assert.deepEqual(page.jsErrors, []);
});
