// 绩效运行监控 in a browser: the office adds the suggested 5月末 checkpoint and opens it (a report
// for every approved target); the department fills a report (values, 有可能 with its reason and
// correction, 累计支出 in 万元), is shown the field it missed, and submits; the section passes it
// from its queue; the office returns it with an opinion, which the timeline shows. The office's
// spending import lists each refused row and writes nothing until every row passes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

const YEAR = 2026;
let reportId;

async function toYear(page, year) {
  await page.click('[data-test=year-switcher]');
  await page.click(`.el-select-dropdown__item:visible >> text=${year} 年`);
  await page.waitForFunction((y) => document.querySelector('[data-test=year-switcher]')?.textContent?.includes(String(y)), year);
}

const getJson = (page, path) => page.evaluate(async (p) => (await fetch(p)).json(), path);
// fen → 万元 text, exact (integers only).
const wanText = (fen) => `${Math.floor(fen / 1_000_000)}.${String(fen % 1_000_000).padStart(6, '0')}`;

async function select(page, locator, label) {
  await locator.click();
  await page.click(`.el-select-dropdown__item:visible >> text=${label}`);
  // The list closes before the next one opens (a closing list still holds its items).
  await page.waitForFunction(() => [...document.querySelectorAll('.el-select__popper')].every((p) => getComputedStyle(p).display === 'none'));
}

test('the office adds the suggested checkpoint and opens it, one report per approved target', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await toYear(page, YEAR);
  await page.click('[data-menu="/monitoring/checkpoints"]');
  await page.waitForSelector('[data-test=checkpoint-table]');
  await page.click('[data-test=new-checkpoint]');
  await page.waitForSelector('[data-test=checkpoint-name]');
  const dates = page.locator('.el-dialog .el-date-editor input');
  assert.equal(await page.inputValue('[data-test=checkpoint-name]'), '5月末监控');
  assert.equal(await dates.nth(0).inputValue(), `${YEAR}-05-31`);
  assert.equal(await dates.nth(1).inputValue(), `${YEAR}-06-20`);
  await screenshot(page, 'monitoring-checkpoint-new');
  await page.click('[data-test=checkpoint-save]');
  await page.waitForSelector('.el-message--success >> text=已新增监控节点');
  await page.waitForSelector('[data-test=checkpoint-status] >> text=未开始');
  await page.click('[data-test=open-checkpoint]');
  const confirm = await page.textContent('.el-message-box');
  assert.match(confirm, /每一个已批复的绩效目标/);
  assert.match(confirm, /生成一份“5月末监控”监控报告/);
  await page.click('.el-message-box__btns button:has-text("开启")');
  await page.waitForSelector('.el-message--success >> text=已开启');
  await page.waitForSelector('[data-test=checkpoint-status] >> text=填报中');
  const [c] = (await getJson(page, `/api/v1/checkpoints?year=${YEAR}`)).items;
  assert.ok(c.reports > 0);
  assert.match(await page.textContent('[data-test=checkpoint-reports]'), new RegExp(`${c.reports} 份`));
  await screenshot(page, 'monitoring-checkpoints');
  // Its reports open from the count, filtered to the checkpoint.
  await page.click('[data-test=checkpoint-reports]');
  await page.waitForSelector('[data-test=report-table] [data-test=report-link]');
  assert.equal(await page.textContent('[data-test=total]'), String(c.reports));
  assert.match(await page.textContent('[data-test=report-table]'), /5月末监控 · \d+/);
  await screenshot(page, 'monitoring-reports-office');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('a viewer reads the checkpoints with nothing to add or open', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_viewer');
  await toYear(page, YEAR);
  await page.goto(app.base + '/monitoring/checkpoints');
  await page.waitForSelector('[data-test=checkpoint-status] >> text=填报中');
  assert.equal(await page.locator('[data-test=new-checkpoint]').count(), 0);
  assert.equal(await page.locator('[data-test=open-checkpoint], [data-test=reopen-checkpoint]').count(), 0);
  assert.equal(await page.locator('[data-test=exec-import]').count(), 0);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the department fills a report, is shown what it missed, and submits', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_department');
  await toYear(page, YEAR);
  // Its to-do leads to the reports waiting for it.
  await page.goto(app.base + '/home');
  await page.click('[data-test=todo-item] >> text=绩效运行监控报告待填报');
  await page.waitForURL(/\/monitoring\/reports\?status=pending/);
  await page.waitForSelector('[data-test=report-table] [data-test=report-link]');
  const list = await getJson(page, `/api/v1/monitoring-reports?year=${YEAR}&status=pending&limit=50`);
  const item = list.items.find((r) => r.project_id);
  assert.ok(item, 'the department has a project report to fill');
  reportId = item.id;
  await page.click(`[data-test=report-link] >> text=${item.name}`);
  await page.waitForSelector('[data-test=indicators] [data-test=value-so-far]');
  const view = await getJson(page, `/api/v1/monitoring-reports/${reportId}`);
  assert.equal(await page.textContent('[data-test=report-status]'), '待填报');

  const rows = page.locator('[data-test=indicators] .el-table__body tr');
  for (const [n, i] of view.indicators.entries()) {
    const numeric = /^[\d.]+$/.test(i.indicator.value);
    await rows.nth(n).locator('[data-test=value-so-far]').fill(numeric ? '1' : '推进中');
    await rows.nth(n).locator('[data-test=projected-value]').fill(numeric ? i.indicator.value : '按计划完成');
    await select(page, rows.nth(n).locator('[data-test=likelihood]'), n === 0 ? '有可能' : '确定能');
  }
  const executed = Math.floor(view.budget_fen / 4);
  await page.fill('[data-test=executed]', wanText(executed));
  await page.fill('[data-test=spending-reason]', '部分采购尚未完成结算');
  // 有可能 without a reason: the server names the field and the page shows it there.
  await page.click('[data-test=submit]');
  await page.waitForSelector('[data-test=indicators] .el-form-item__error');
  assert.match(await rows.nth(0).textContent(), /原因|纠偏/);
  assert.equal((await getJson(page, `/api/v1/monitoring-reports/${reportId}`)).status, 'pending');
  await screenshot(page, 'monitoring-report-missing');
  await select(page, rows.nth(0).locator('[data-test=reason]'), '经费保障');
  await rows.nth(0).locator('[data-test=correction]').fill('申请调剂资金，三季度完成');
  await page.click('[data-test=submit]');
  await page.waitForSelector('[data-test=report-status] >> text=待科室审核');
  const saved = await getJson(page, `/api/v1/monitoring-reports/${reportId}`);
  assert.equal(saved.executed_fen, executed);
  assert.equal(saved.indicators[0].likelihood_label, '有可能');
  assert.equal(saved.indicators[0].reason_label, '经费保障');
  assert.equal(saved.indicators[0].correction, '申请调剂资金，三季度完成');
  assert.equal(saved.spending_reason, '部分采购尚未完成结算');
  assert.equal(await page.textContent('[data-test=execution-rate]'), saved.execution_rate ? `${saved.execution_rate}%` : '—');
  await page.waitForSelector('[data-test=history] >> text=提交');
  await page.waitForSelector('[data-test=series] >> text=单位手工录入');
  await screenshot(page, 'monitoring-report-submitted');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the section passes it from its queue; the office returns it with an opinion', async () => {
  assert.ok(reportId);
  const section = await app.page();
  await login(section, app.base, 'demo_section');
  await toYear(section, YEAR);
  // Each finds it through its to-do, which opens its queue.
  await section.goto(app.base + '/home');
  await section.click('[data-test=todo-item] >> text=绩效运行监控报告待科室审核');
  await section.waitForURL(/\/monitoring\/reports\?queue=section/);
  await section.waitForSelector(`[data-test=report-table] a[href="/monitoring/reports/${reportId}"]`);
  await section.click(`[data-test=report-table] a[href="/monitoring/reports/${reportId}"]`);
  await section.click('[data-test=check-pass]');
  await section.waitForSelector('[data-test=report-status] >> text=待绩效科确认');
  assert.deepEqual(section.jsErrors, []);
  await section.context().close();

  const office = await app.page();
  await login(office, app.base, 'demo_office');
  await toYear(office, YEAR);
  await office.goto(app.base + '/home');
  await office.click('[data-test=todo-item] >> text=绩效运行监控报告待绩效科确认');
  await office.waitForURL(/\/monitoring\/reports\?queue=office/);
  await office.waitForSelector(`[data-test=report-table] a[href="/monitoring/reports/${reportId}"]`);
  await office.click(`[data-test=report-table] a[href="/monitoring/reports/${reportId}"]`);
  await office.waitForSelector('[data-test=decide-return]');
  await office.click('[data-test=decide-return]');
  await office.click('[data-test=return-confirm]');
  await office.waitForSelector('[data-test=return-dialog] .el-form-item__error >> text=退回时请写明');
  await office.fill('[data-test=return-opinion]', '请补充纠偏措施的时间安排');
  await office.click('[data-test=return-confirm]');
  await office.waitForSelector('[data-test=report-status] >> text=已退回');
  await office.waitForSelector('[data-test=history-opinion] >> text=请补充纠偏措施的时间安排');
  await office.waitForSelector('[data-test=return-dialog]', { state: 'hidden' });
  const history = await office.textContent('[data-test=history]');
  for (const step of ['保存填报', '提交', '科室审核通过', '退回修改']) assert.ok(history.includes(step), step);
  assert.match(history, /王磊|李|张|刘|陈/);  // people's names, not login names
  assert.ok(!/demo_/.test(history));
  await screenshot(office, 'monitoring-report-returned');
  await office.locator('[data-test=history]').scrollIntoViewIfNeeded();
  await screenshot(office, 'monitoring-report-history');
  assert.deepEqual(office.jsErrors, []);
  await office.context().close();
});

test('the spending import lists each refused row and writes nothing until every row passes', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await toYear(page, YEAR);
  await page.goto(app.base + '/monitoring/reports');
  const report = await getJson(page, `/api/v1/monitoring-reports/${reportId}`);
  await page.click('[data-test=exec-import]');
  const head = '项目编码,截至日期,累计支出（万元）\n';
  const bad = `${head}${report.code},${YEAR}-03-31,1\n${report.code},${YEAR}-13-01,1\nNO-SUCH,${YEAR}-03-31,1\n`;
  await page.setInputFiles('[data-test=exec-import-file]', { name: '执行数据.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.waitForSelector('[data-test=exec-import-errors]');
  const errors = await page.$$eval('[data-test=exec-import-errors] .el-table__body tr', (trs) => trs.map((tr) => tr.textContent));
  assert.equal(errors.length, 2, errors.join(' | '));
  assert.match(errors[0], /^3截至日期/);
  assert.match(errors[1], /^4项目编码/);
  assert.ok(await page.isDisabled('[data-test=exec-import-submit]'));
  await screenshot(page, 'monitoring-import-errors');
  const good = `${head}${report.code},${YEAR}-03-31,1\n${report.code},${YEAR}-04-30,2.5\n`;
  await page.setInputFiles('[data-test=exec-import-file]', { name: '执行数据.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.waitForSelector('[data-test=exec-import-message] >> text=检查通过');
  await page.click('[data-test=exec-import-submit]');
  await page.waitForSelector('.el-message--success >> text=已导入 2 条执行数据');
  const series = (await getJson(page, `/api/v1/projects/${report.project_id}/executions`)).items;
  assert.deepEqual(series.filter((e) => e.source === 'import').map((e) => [e.as_of, e.executed_fen]),
    [[`${YEAR}-03-31`, 1_000_000], [`${YEAR}-04-30`, 2_500_000]]);
  // The report's page draws the series.
  await page.goto(`${app.base}/monitoring/reports/${reportId}`);
  await page.waitForSelector('[data-test=series] canvas');
  await page.locator('[data-test=series]').scrollIntoViewIfNeeded();
  await screenshot(page, 'monitoring-report-series');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
