// 绩效运行监控 from start to end, through the pages: the office opens the year-end checkpoint and
// runs the warnings; a project of 州第一中学 turns red, the rules that fired explained; the office
// issues the 预警纠偏告知函 and opens the unit's notice as a letter to print (its .docx downloads);
// the unit finds the notice under its to-do and answers with its measures and evidence; the office
// closes the finding, cuts the budget of one warned project and recovers money from another, and
// the recovered money shows in the warning board's totals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, login, screenshot, toYear, getJson, wanText, wanShown, checkpointNamed } from './harness.mjs';

const YEAR = 2026;
let app;
let unitId;
before(async () => {
  app = await startApp();
  unitId = Number(app.server.db.query("SELECT unit_id FROM users WHERE username = 'demo_unit'"));
});
after(async () => { await app?.stop(); });

// What one step hands the next.
const story = {};

// Page text a person reads: Chinese, no rule ids or login names.
function readable(text) {
  assert.ok(!/R-[A-Z]{2}-\d/.test(text), `a rule id on the page: ${text}`);
  assert.ok(!/demo_/.test(text), `a login name on the page: ${text}`);
}

async function asOffice() {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await toYear(page, YEAR);
  return page;
}

test('the office opens the year-end checkpoint and runs the warnings: a project of the unit turns red', async () => {
  const page = await asOffice();
  await page.click('[data-menu="/monitoring/checkpoints"]');
  const row = page.locator('[data-test=checkpoint-table] .el-table__body tr', { hasText: '12月末监控' });
  await row.locator('[data-test=checkpoint-status] >> text=未开始').waitFor();
  await screenshot(page, 'story-1-checkpoints');
  await row.locator('[data-test=open-checkpoint]').click();
  assert.match(await page.textContent('.el-message-box'), /生成一份“12月末监控”监控报告/);
  await page.click('.el-message-box__btns button:has-text("开启")');
  await page.waitForSelector('.el-message--success >> text=已开启');
  await row.locator('[data-test=checkpoint-status] >> text=填报中').waitFor();
  await row.locator('[data-test=run-checkpoint]').click();
  await page.click('.el-message-box__btns button:has-text("运行")');
  await page.waitForSelector('.el-message--success >> text=预警研判完成');
  const december = await checkpointNamed(page, YEAR, '12月末监控');
  await row.locator('[data-test=run-last]').waitFor();
  assert.match(await row.locator('[data-test=run-last]').textContent(), new RegExp(`研判 ${december.reports} 份`));
  await screenshot(page, 'story-2-run-finished');

  // The unit's idle project: nothing spent by August, a little since, far behind the year's end.
  const reds = (await getJson(page, `/api/v1/monitoring-reports?year=${YEAR}&checkpoint_id=${december.id}&colour=red&limit=500`)).items
    .filter((r) => r.unit_id === unitId && r.project_id);
  assert.ok(reds.length > 0, 'the unit has a red report at the year-end checkpoint');
  const red = reds[0];
  story.checkpoint = december;
  story.red = red;
  await page.goto(`${app.base}/monitoring/reports/${red.id}`);
  await page.waitForSelector('[data-test=colour-tag] >> text=红色重要预警');
  const fired = await page.textContent('[data-test=fired]');
  assert.match(fired, /红色重要预警：以下 \d+ 条预警规则被触发/);
  assert.match(fired, /支出进度|执行/);
  readable(fired);
  assert.equal(await page.textContent('[data-test=time-progress]'), '100.00%');
  await screenshot(page, 'story-3-red-report');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the office issues the warning notices and opens the unit\'s, ready to print and as .docx', async () => {
  assert.ok(story.red);
  const page = await asOffice();
  await page.click('[data-menu="/findings"]');
  await page.waitForSelector('[data-test=notice-checkpoint]');
  assert.match(await page.textContent('[data-test=notice-checkpoint]'), /12月末监控/);
  await page.click('[data-test=issue-notices]');
  await page.waitForSelector('.el-message--success >> text=已下达预警纠偏告知函');
  await screenshot(page, 'story-4-notices-issued');
  const notices = (await getJson(page, `/api/v1/checkpoints/${story.checkpoint.id}/notices`)).items;
  const notice = notices.find((n) => n.addressee === story.red.unit_name);
  assert.ok(notice, `a notice to ${story.red.unit_name}`);
  story.notice = notice;
  // The letter as the register opens it.
  await page.goto(`${app.base}/documents/${notice.id}`);
  await page.waitForSelector('[data-test=official-letter]');
  const number = (await page.textContent('[data-test=letter-number]')).trim();
  assert.match(number, /^云岭州财绩预〔2026〕\d+号$/);
  assert.match(await page.textContent('[data-test=letter-title]'), /预警项目纠偏的告知函$/);
  const attachment = await page.textContent('[data-test=letter-attachment]');
  assert.ok(attachment.includes(story.red.name), attachment);
  assert.match(attachment, /红色重要预警/);
  readable(await page.textContent('[data-test=official-letter]'));
  await screenshot(page, 'story-5-notice-letter');
  await page.locator('[data-test=letter-attachment]').scrollIntoViewIfNeeded();
  await screenshot(page, 'story-5-notice-attachment');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=docx]')]);
  assert.equal(download.suggestedFilename(), `${number}.docx`);
  const docx = readFileSync(await download.path());
  assert.equal(docx.subarray(0, 2).toString(), 'PK', 'a .docx is a zip');
  assert.ok(docx.length > 2000);
  story.number = number;
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the unit finds the notice under its to-do and answers with its measures and evidence', async () => {
  assert.ok(story.number);
  const page = await app.page();
  await login(page, app.base, 'demo_unit');
  await toYear(page, YEAR);
  await page.goto(app.base + '/home');
  // The unit's monitoring work waits on its home page: the year-end reports to fill in, the one
  // returned in August, the notices to answer.
  await page.waitForSelector('[data-test=todo-item] >> text=待反馈整改情况的问题');
  const todos = await page.textContent('[data-test=todo-list]');
  assert.match(todos, /绩效运行监控报告待填报/);
  assert.match(todos, /被退回的绩效运行监控报告待修改/);
  readable(todos);
  await screenshot(page, 'story-6-unit-home');
  // Its reports: May's accepted, August's in every state, the year-end's just opened.
  await page.click('[data-menu="/monitoring/reports"]');
  await page.waitForSelector('[data-test=report-table] [data-test=report-link]');
  const statuses = await page.textContent('[data-test=report-table] .el-table__body');
  for (const s of ['待填报', '已确认', '已退回']) assert.ok(statuses.includes(s), s);
  readable(statuses);
  await screenshot(page, 'story-6-unit-reports');
  await page.goto(app.base + '/home');
  await page.click('[data-test=todo-item] >> text=待反馈整改情况的问题');
  await page.waitForURL(/\/findings\?status=open/);
  // The red project's finding, under the notice's number.
  const row = page.locator('[data-test=finding-table] .el-table__body tr', { hasText: story.number })
    .filter({ hasText: story.red.name });
  await row.waitFor();
  assert.match(await row.textContent(), /红色重要预警/);
  await screenshot(page, 'story-7-unit-findings');
  // The notice itself, as the unit received it.
  await row.locator('[data-test=notice-link]').click();
  await page.waitForSelector('[data-test=official-letter]');
  assert.equal((await page.textContent('[data-test=letter-number]')).trim(), story.number);
  assert.match(await page.textContent('[data-test=official-letter]'), new RegExp(story.red.unit_name));
  await page.goBack();
  await page.locator('[data-test=finding-table] .el-table__body tr', { hasText: story.number })
    .filter({ hasText: story.red.name }).locator('[data-test=finding-link]').click();
  await page.waitForSelector('[data-test=answer-form]');
  const detail = await page.textContent('[data-test=finding-detail]');
  assert.match(detail, /整改要求/);
  readable(detail);
  await page.setInputFiles('[data-test=evidence-input]', {
    name: '资金支付凭证.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% e2e\n%%EOF\n'),
  });
  await page.waitForSelector('[data-test=evidence-table] >> text=资金支付凭证.pdf');
  await page.fill('[data-test=answer-input]', '已完成设备采购招标，12月支付合同款 60%，余款验收后支付；已建立月度支出调度，确保年底前执行率达到 90%。');
  await page.click('[data-test=answer-submit]');
  await page.waitForFunction(() => document.querySelector('[data-test=finding-status]')?.textContent.includes('已反馈'));
  await screenshot(page, 'story-8-unit-answered');
  const answered = (await getJson(page, `/api/v1/findings?year=${YEAR}&status=answered&limit=100`)).items
    .find((f) => f.document_id === story.notice.id && f.project_id === story.red.project_id);
  assert.ok(answered);
  story.finding = answered;
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the office reads the answer and its evidence, and closes the finding', async () => {
  assert.ok(story.finding);
  const page = await asOffice();
  await page.goto(app.base + '/home');
  await page.click('[data-test=todo-item] >> text=已反馈待核实销号的问题');
  await page.waitForURL(/\/findings\?status=answered/);
  await page.goto(`${app.base}/findings/${story.finding.id}`);
  await page.waitForSelector('[data-test=office-form]');
  assert.match(await page.textContent('[data-test=finding-detail]'), /已完成设备采购招标/);
  await page.waitForSelector('[data-test=evidence-table] >> text=资金支付凭证.pdf');
  await page.fill('[data-test=opinion-input]', '经核实，已支付合同款并建立月度调度，予以销号。');
  await page.click('[data-test=close-finding]');
  await page.waitForFunction(() => document.querySelector('[data-test=finding-status]')?.textContent.includes('已销号'));
  // The timeline, reloaded after the step, names it.
  await page.waitForSelector('[data-test=finding-detail] >> text=整改问题：核实销号');
  const detail = await page.textContent('[data-test=finding-detail]');
  assert.match(detail, /整改问题：上传佐证材料/);
  readable(detail);
  await screenshot(page, 'story-9-closed');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

// Records a decision on a report's page; returns the recorded outcome.
async function decide(page, reportId, kind, amountFen, reason) {
  await page.goto(`${app.base}/monitoring/reports/${reportId}`);
  await page.waitForSelector('[data-test=decide-form]');
  await page.click(`[data-test=outcome-kind] >> text=${kind}`);
  await page.fill('[data-test=outcome-amount]', wanText(amountFen));
  await page.fill('[data-test=outcome-reason]', reason);
  await page.click('[data-test=outcome-save]');
  await page.waitForSelector('.el-message--success >> text=处理决定已记录');
  await page.waitForSelector(`[data-test=outcome-table] >> text=${kind}`);
  const view = await getJson(page, `/api/v1/monitoring-reports/${reportId}`);
  assert.equal(view.outcomes.length, 1);
  return view;
}

test('the office cuts one warned project\'s budget and recovers money from another; the totals show it', async () => {
  assert.ok(story.red);
  const page = await asOffice();
  const august = await checkpointNamed(page, YEAR, '8月末监控');
  // The unit's reports the office accepted at August, warned: red (money idle) and blue (behind).
  const accepted = (await getJson(page, `/api/v1/monitoring-reports?year=${YEAR}&checkpoint_id=${august.id}&status=accepted&department_id=${story.red.department_id}&limit=500`)).items
    .filter((r) => r.unit_id === unitId && r.project_id);
  const idle = accepted.find((r) => r.colour === 'red');
  const behind = accepted.find((r) => r.colour === 'blue');
  assert.ok(idle && behind, 'the unit has a red and a blue report accepted at August');
  const before = (await getJson(page, `/api/v1/monitoring-outcomes/totals?year=${YEAR}`)).items
    .find((t) => t.department_id === story.red.department_id) ?? { recovered_fen: 0, adjusted_fen: 0 };

  // The project behind: its budget cut to what it spent plus half of the rest.
  const spentNow = async (r) => {
    const series = (await getJson(page, `/api/v1/projects/${r.project_id}/executions`)).items;
    return series.length ? series[series.length - 1].executed_fen : r.executed_fen;
  };
  const spentBehind = await spentNow(behind);
  const cutTo = spentBehind + Math.floor((behind.budget_fen - spentBehind) / 2);
  const cut = await decide(page, behind.id, '调整预算', cutTo, '项目实施内容调减，相应调减年度预算');
  assert.equal(cut.outcomes[0].after_fen, cutTo);
  assert.equal(cut.budget_fen, cutTo);
  const cutRow = await page.textContent('[data-test=outcome-table]');
  assert.ok(cutRow.includes(wanShown(cutTo)), cutRow);
  readable(cutRow);
  await page.locator('[data-test=outcomes]').scrollIntoViewIfNeeded();
  await screenshot(page, 'story-10-budget-adjusted');

  // The idle project: half of what is left recovered to the treasury.
  const unspent = idle.budget_fen - await spentNow(idle);
  const recovered = Math.floor(unspent / 2);
  assert.ok(recovered > 0);
  const rec = await decide(page, idle.id, '收回资金', recovered, '资金长期闲置，收回未支出资金统筹使用');
  assert.equal(rec.outcomes[0].recovered_fen, recovered);
  const recRow = await page.textContent('[data-test=outcome-table]');
  assert.ok(recRow.includes(wanShown(recovered)), recRow);
  readable(recRow);
  await page.locator('[data-test=outcomes]').scrollIntoViewIfNeeded();
  await screenshot(page, 'story-11-recovered');

  // The board's totals: the department's recovered money grew by what was recovered.
  await page.click('[data-menu="/monitoring/board"]');
  await page.waitForSelector('[data-test=totals-table] .el-table__body tr');
  const totals = (await getJson(page, `/api/v1/monitoring-outcomes/totals?year=${YEAR}`)).items
    .find((t) => t.department_id === story.red.department_id);
  assert.equal(totals.recovered_fen, before.recovered_fen + recovered);
  const row = page.locator('[data-test=totals-table] .el-table__body tr', { hasText: totals.department_name });
  await row.first().waitFor();
  assert.ok((await row.first().textContent()).includes(wanShown(totals.recovered_fen)), await row.first().textContent());
  await page.locator('[data-test=totals-table]').scrollIntoViewIfNeeded();
  await screenshot(page, 'story-12-totals');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
