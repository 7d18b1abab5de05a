// 绩效运行监控 in a browser: the office adds the suggested 5月末 checkpoint and opens it (a report
// for every approved target); the department fills a report (values, 有可能 with its reason and
// correction, 累计支出 in 万元), is shown the field it missed, and submits; the section passes it
// from its queue; the office returns it with an opinion, which the timeline shows. The office's
// spending import lists each refused row and writes nothing until every row passes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot, toYear, getJson, wanText, wanShown, select, checkpointNamed } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

const YEAR = 2026;
let reportId;

test('the office adds a checkpoint and opens it, one report per approved target', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await toYear(page, YEAR);
  await page.click('[data-menu="/monitoring/checkpoints"]');
  await page.waitForSelector('[data-test=checkpoint-table]');
  await page.waitForSelector('[data-test=checkpoint-status]');
  await page.click('[data-test=new-checkpoint]');
  await page.waitForSelector('[data-test=checkpoint-name]');
  const dates = page.locator('.el-dialog .el-date-editor input');
  // The year has its 5月末 and 8月末 already: nothing left to suggest, the form is blank.
  assert.equal(await page.inputValue('[data-test=checkpoint-name]'), '');
  assert.equal(await dates.nth(0).inputValue(), '');
  await page.fill('[data-test=checkpoint-name]', '10月末监控');
  await dates.nth(0).fill(`${YEAR}-10-31`);
  await dates.nth(0).press('Enter');
  await dates.nth(1).fill(`${YEAR}-11-20`);
  await dates.nth(1).press('Enter');
  await screenshot(page, 'monitoring-checkpoint-new');
  await page.click('[data-test=checkpoint-save]');
  await page.waitForSelector('.el-message--success >> text=已新增监控节点');
  const row = page.locator('[data-test=checkpoint-table] .el-table__body tr', { hasText: '10月末监控' });
  await row.locator('[data-test=checkpoint-status] >> text=未开始').waitFor();
  await row.locator('[data-test=open-checkpoint]').click();
  const confirm = await page.textContent('.el-message-box');
  assert.match(confirm, /每一个已批复的绩效目标/);
  assert.match(confirm, /生成一份“10月末监控”监控报告/);
  await page.click('.el-message-box__btns button:has-text("开启")');
  await page.waitForSelector('.el-message--success >> text=已开启');
  await row.locator('[data-test=checkpoint-status] >> text=填报中').waitFor();
  const c = (await getJson(page, `/api/v1/checkpoints?year=${YEAR}`)).items.find((x) => x.name === '10月末监控');
  assert.ok(c.reports > 0);
  assert.match(await row.locator('[data-test=checkpoint-reports]').textContent(), new RegExp(`${c.reports} 份`));
  await screenshot(page, 'monitoring-checkpoints');
  // Its reports open from the count, filtered to the checkpoint.
  await row.locator('[data-test=checkpoint-reports]').click();
  await page.waitForSelector('[data-test=report-table] [data-test=report-link]');
  assert.equal(await page.textContent('[data-test=total]'), String(c.reports));
  assert.match(await page.textContent('[data-test=report-table]'), /10月末监控 · \d+/);
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

test('the department counts its own reports at each checkpoint, and they open from the count', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_department');
  await toYear(page, YEAR);
  await page.goto(app.base + '/monitoring/checkpoints');
  const c = (await getJson(page, `/api/v1/checkpoints?year=${YEAR}`)).items.find((x) => x.status === 'open');
  assert.equal(c.partial, true);
  const row = page.locator('[data-test=checkpoint-table] .el-table__body tr', { hasText: c.name });
  assert.equal((await row.locator('[data-test=checkpoint-reports]').textContent()).trim(), `${c.reports} 份`);
  // The warning run's counts over the whole region are not the department's to read.
  if (await row.locator('[data-test=run-last]').count()) assert.doesNotMatch(await row.locator('[data-test=run-last]').textContent(), /研判 \d+ 份/);
  await screenshot(page, 'monitoring-checkpoints-department');
  await row.locator('[data-test=checkpoint-reports]').click();
  await page.waitForSelector('[data-test=report-table] [data-test=report-link]');
  assert.equal(await page.textContent('[data-test=total]'), String(c.reports));
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
  // The rules' answer on the unsaved form, shown as a preview and not as the recorded colour.
  await page.waitForSelector('[data-test=preview-title] >> text=按当前填报，预计：');
  assert.match(await page.textContent('[data-test=preview]'), /尚未保存.*并非已记录的预警等级/);
  assert.match(await page.textContent('[data-test=preview-title]'), /预计：(无预警|蓝色一般预警|红色重要预警)$/);
  assert.match(await page.textContent('[data-test=time-progress]'), /^\d+\.\d{2}%$/);
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
  await section.waitForSelector('[data-test=report-table] [data-test=report-link]');
  // The queue holds the year's other reports too; the one submitted is opened by its address.
  await section.goto(`${app.base}/monitoring/reports/${reportId}`);
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
  await office.waitForSelector('[data-test=report-table] [data-test=report-link]');
  await office.goto(`${app.base}/monitoring/reports/${reportId}`);
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
  const imported = [`${YEAR}-03-31`, `${YEAR}-04-30`];
  assert.deepEqual(series.filter((e) => e.source === 'import' && imported.includes(e.as_of)).map((e) => [e.as_of, e.executed_fen]),
    [[`${YEAR}-03-31`, 1_000_000], [`${YEAR}-04-30`, 2_500_000]]);
  // The report's page draws the series.
  await page.goto(`${app.base}/monitoring/reports/${reportId}`);
  await page.waitForSelector('[data-test=series] canvas');
  await page.locator('[data-test=series]').scrollIntoViewIfNeeded();
  await screenshot(page, 'monitoring-report-series');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

// The demo's checkpoints as the office sees them, by name.
const demoCheckpoint = (page, name) => checkpointNamed(page, YEAR, name);

test('the office runs the warnings over a checkpoint and watches the run to its end', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await toYear(page, YEAR);
  await page.goto(app.base + '/monitoring/checkpoints');
  const c = await demoCheckpoint(page, '8月末监控');
  const row = page.locator('[data-test=checkpoint-table] .el-table__body tr', { hasText: '8月末监控' });
  // The demo's run is read for everyone: when it ended, how many it evaluated and changed.
  await row.locator('[data-test=run-last]').waitFor();
  assert.match(await row.locator('[data-test=run-last]').textContent(), new RegExp(`研判 ${c.reports} 份，等级变化 \\d+ 份`));
  await row.locator('[data-test=run-checkpoint]').click();
  assert.match(await page.textContent('.el-message-box'), /截止日后仍未报送的报告记为红色预警/);
  await page.click('.el-message-box__btns button:has-text("运行")');
  await page.waitForSelector('.el-message--success >> text=预警研判完成');
  await row.locator('[data-test=run-last]').waitFor();
  const after = await getJson(page, `/api/v1/checkpoints/${c.id}`);
  assert.equal(after.run.running, false);
  assert.equal(after.run.evaluated, c.reports);
  assert.ok(after.run.finished_at);
  assert.match(await row.locator('[data-test=run-last]').textContent(), new RegExp(`研判 ${c.reports} 份，等级变化 ${after.run.changed} 份`));
  await screenshot(page, 'monitoring-run-finished');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

let decidedReport;
test('on an accepted red report of May the office decides 收回资金 and sees it listed', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await toYear(page, YEAR);
  await page.goto(app.base + '/monitoring/reports');
  const may = await demoCheckpoint(page, '5月末监控');
  const reds = (await getJson(page, `/api/v1/monitoring-reports?year=${YEAR}&checkpoint_id=${may.id}&colour=red&status=accepted&limit=100`)).items;
  // What is left is the budget less the spending by now (the series runs past May).
  let report;
  let unspent = 0;
  for (const r of reds.filter((x) => x.project_id)) {
    // One the demo's office has not decided on yet.
    if ((await getJson(page, `/api/v1/monitoring-reports/${r.id}`)).outcomes.length > 0) continue;
    const series = (await getJson(page, `/api/v1/projects/${r.project_id}/executions`)).items;
    unspent = r.budget_fen - (series.length ? series[series.length - 1].executed_fen : r.executed_fen);
    if (unspent >= 2) { report = r; break; }
  }
  assert.ok(report, 'May has an accepted red report with money left');
  await page.goto(`${app.base}/monitoring/reports/${report.id}`);
  await page.waitForSelector('[data-test=colour-tag] >> text=红色重要预警');
  const fired = await page.textContent('[data-test=fired]');
  assert.ok(!/R-MO/.test(fired), 'the rule ids are in tooltips only');
  await page.waitForSelector('[data-test=decide-form]');
  await page.click('[data-test=outcome-kind] >> text=收回资金');
  assert.match(await page.textContent('[data-test=outcome-hint]'), new RegExp(`最多可收回尚未支出的 ${wanShown(unspent)} 万元`));
  // Too much, and no reason: each error at its field, nothing recorded.
  await page.fill('[data-test=outcome-amount]', wanText(unspent + 1));
  await page.click('[data-test=outcome-save]');
  await page.waitForSelector('[data-test=decide-form] .el-form-item__error >> text=最多只能收回尚未支出的');
  await page.waitForSelector('[data-test=decide-form] .el-form-item__error >> text=请写明处理理由');
  await screenshot(page, 'monitoring-outcome-errors');
  const amount = Math.floor(unspent / 2);
  decidedReport = { ...report, amount };
  await page.fill('[data-test=outcome-amount]', wanText(amount));
  await page.fill('[data-test=outcome-reason]', '项目进度严重滞后，收回部分未支出资金统筹使用');
  await page.click('[data-test=outcome-save]');
  await page.waitForSelector('.el-message--success >> text=处理决定已记录');
  await page.waitForSelector('[data-test=outcome-table] >> text=收回资金');
  const listed = await page.textContent('[data-test=outcome-table]');
  assert.ok(listed.includes('项目进度严重滞后'));
  const view = await getJson(page, `/api/v1/monitoring-reports/${report.id}`);
  assert.equal(view.outcomes.length, 1);
  assert.equal(view.outcomes[0].recovered_fen, amount);
  assert.ok(listed.includes(view.outcomes[0].decided_by_name));
  assert.ok(!/demo_/.test(listed));
  await page.waitForSelector('[data-test=history] >> text=作出处理决定：收回资金');
  await page.locator('[data-test=outcomes]').scrollIntoViewIfNeeded();
  await screenshot(page, 'monitoring-outcome-recorded');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the board counts the reports by colour, draws them, lists a colour and the recovered money', async () => {
  assert.ok(decidedReport);
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await toYear(page, YEAR);
  await page.click('[data-menu="/monitoring/board"]');
  const may = await demoCheckpoint(page, '5月末监控');
  await page.goto(`${app.base}/monitoring/board?checkpoint_id=${may.id}`);
  await page.waitForSelector('[data-test=tile-red] [data-test=tile-count]');
  for (const colour of ['none', 'blue', 'red']) {
    const { total } = await getJson(page, `/api/v1/monitoring-reports?year=${YEAR}&checkpoint_id=${may.id}&colour=${colour}&limit=1`);
    assert.equal(await page.textContent(`[data-test=tile-${colour}] [data-test=tile-count]`), String(total), colour);
  }
  await page.waitForSelector('[data-test=board-chart] canvas');
  // Red is listed first; a click on blue lists blue.
  await page.waitForSelector('[data-test=board-table] [data-test=board-report-link]');
  assert.match(await page.textContent('[data-test=board-table] .el-table__body'), /红色重要预警/);
  await screenshot(page, 'monitoring-board');
  await page.click('[data-test=tile-blue]');
  await page.waitForFunction(() => {
    const body = document.querySelector('[data-test=board-table] .el-table__body')?.textContent ?? '';
    return body.includes('蓝色一般预警') && !body.includes('红色重要预警');
  });
  const totals = await page.textContent('[data-test=totals-table]');
  assert.match(totals, /合计/);
  // The department's recovered money: the demo's decisions and this one.
  const row = (await getJson(page, `/api/v1/monitoring-outcomes/totals?year=${YEAR}`)).items
    .find((t) => t.department_id === decidedReport.department_id);
  assert.ok(row && row.recovered_fen >= decidedReport.amount);
  assert.ok(totals.includes(wanShown(row.recovered_fen)), totals);
  await page.locator('[data-test=totals-table]').scrollIntoViewIfNeeded();
  await screenshot(page, 'monitoring-board-totals');
  // The outcomes tab lists the decision, filtered by kind.
  await page.click('.el-tabs__item >> text=监控处理结果');
  await page.waitForSelector('[data-test=outcomes-table] >> text=收回资金');
  // The demo's office let some projects continue after their units explained.
  await page.click('[data-test=outcome-kind-filter] >> text=继续实施');
  await page.waitForSelector('[data-test=outcomes-table] >> text=单位已说明原因并落实纠偏措施');
  await page.waitForFunction(() => !document.querySelector('[data-test=outcomes-table] .el-table__body')
    ?.textContent?.includes('项目进度严重滞后'));
  await page.click('[data-test=outcome-kind-filter] >> text=收回资金');
  await page.waitForSelector('[data-test=outcomes-table] >> text=项目进度严重滞后');
  await screenshot(page, 'monitoring-outcomes');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
