// 绩效自评 through the pages: the office opens the year's self-evaluation; a unit fills one of its
// projects' evaluations (a value per indicator, a band for a qualitative one, one indicator
// missed), watching the score as it types; submitting without the missed indicator's reason
// shows the error at that field, and with it the evaluation goes to the department, which passes
// it in a batch; the office accepts it and the grade shows on the list, as the form scored it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, login, screenshot, toYear, getJson, select } from './harness.mjs';

const YEAR = 2026;
let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

// What one step hands the next.
const story = {};

// Page text a person reads: Chinese, no rule ids, codes of states or login names.
function readable(text) {
  assert.ok(!/R-[A-Z]{2}-\d/.test(text), `a rule id on the page: ${text}`);
  assert.ok(!/demo_|\b(pending|submitted|consolidated|accepted|returned|excellent|good|fair|poor|achieved)\b/.test(text),
    `a code on the page: ${text}`);
}

async function as(username) {
  const page = await app.page();
  await login(page, app.base, username);
  await toYear(page, YEAR);
  return page;
}

const plain = (v) => /^\d+(\.\d+)?$/.test(v);
// The row of an evaluation in a list, by its id.
const rowOf = (page, id) => page.locator('[data-test=evaluation-table] .el-table__body tr',
  { has: page.locator(`[data-test=evaluation-link][data-id="${id}"]`) });
// Until no dialog or message box is on screen or fading out.
const settled = (page) => page.waitForFunction(() => [...document.querySelectorAll('.el-overlay')]
  .every((o) => getComputedStyle(o).display === 'none' || o.closest('[style*="display: none"]')));
// A form's whole length in one screenshot (the layout scrolls inside its main area).
async function tall(page, name) {
  await settled(page);
  const height = await page.evaluate(() => document.querySelector('[data-test=evaluation-page]')?.scrollHeight ?? 900);
  await page.setViewportSize({ width: 1440, height: Math.min(height + 120, 4000) });
  await screenshot(page, name);
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('a unit that opens 自评填报 before the year\'s round is offered the year before, one click away', async () => {
  const page = await as('demo_unit');
  await page.goto(app.base + '/self-evaluations');
  const before = await getJson(page, `/api/v1/self-evaluations?year=${YEAR - 1}&limit=1`);
  assert.ok(before.total > 0, 'the demo unit has evaluations of the year before');
  const offer = page.locator('[data-test=earlier-year]');
  await offer.waitFor();
  assert.equal(await page.textContent('[data-test=total]'), '0');
  assert.match(await offer.textContent(), new RegExp(`${YEAR} 年度暂无绩效自评；${YEAR - 1} 年度有 ${before.total} 份`));
  await screenshot(page, 'self-evaluation-0-earlier-year');
  await page.click('[data-test=to-earlier-year]');
  await page.waitForSelector('[data-test=evaluation-table] [data-test=evaluation-link]');
  assert.equal(await page.textContent('[data-test=total]'), String(before.total));
  assert.equal(await offer.count(), 0);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the office opens the year\'s self-evaluation', async () => {
  const page = await as('demo_office');
  await page.click('[data-menu="/self-evaluations/rounds"]');
  // The demo's year before is there already; this year is not.
  await page.waitForSelector('[data-test=round-table] .el-table__body tr');
  await page.click('[data-test=open-round]');
  await page.waitForSelector('[data-test=round-dialog]');
  await page.waitForTimeout(400);
  assert.match(await page.inputValue('.el-dialog .el-date-editor input'), new RegExp(`^${YEAR + 1}-03-31$`));
  await screenshot(page, 'self-evaluation-1-open-round');
  await page.click('[data-test=round-save]');
  assert.match(await page.textContent('.el-message-box'), new RegExp(`${YEAR} 年度每一个已批复的绩效目标`));
  await page.click('.el-message-box__btns button:has-text("开启")');
  await page.waitForSelector('.el-message--success >> text=已开启');
  const rounds = (await getJson(page, `/api/v1/self-evaluations/rounds?year=${YEAR}`)).items;
  assert.equal(rounds.length, 1);
  assert.ok(rounds[0].evaluations > 0);
  const row = page.locator('[data-test=round-table] .el-table__body tr', { hasText: `${YEAR + 1}-03-31` }).first();
  assert.equal((await row.locator('[data-test=round-evaluations]').textContent()).trim(), `${rounds[0].evaluations} 份`);
  readable(await page.textContent('main'));
  await settled(page);
  await screenshot(page, 'self-evaluation-2-rounds');
  // 自评表 leads to the year's evaluations.
  await row.locator('[data-test=round-evaluations]').click();
  await page.waitForURL(/\/self-evaluations\?year=2026$/);
  await page.waitForFunction((n) => document.querySelector('[data-test=total]')?.textContent === String(n), rounds[0].evaluations);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('a unit fills a project\'s evaluation, scored as it types; a missed indicator needs its reason', async () => {
  const page = await as('demo_unit');
  const pending = (await getJson(page, `/api/v1/self-evaluations?year=${YEAR}&kind=project&status=pending&limit=50`)).items;
  // A project with an indicator that can be missed: a higher-is-better number of at least 2.
  const missable = (i) => ['>=', '>'].includes(i.indicator.comparator) && plain(i.indicator.value) && Number(i.indicator.value) >= 2;
  let view;
  for (const e of pending) {
    const v = await getJson(page, `/api/v1/self-evaluations/${e.id}`);
    if (v.indicators.some(missable) && v.indicators.length >= 3) { view = v; break; }
  }
  assert.ok(view, 'a project with a number to miss');
  // The demo's targets carry no qualitative indicator: the last one of this evaluation but the
  // one to miss becomes one.
  const toMiss = view.indicators.find(missable);
  const last = view.indicators.filter((i) => i !== toMiss).pop();
  app.server.db.query(`UPDATE self_evaluation_indicators SET comparator = 'qualitative', value = '群众认可', unit = ''
    WHERE evaluation_id = ${view.id} AND position = ${last.position}`);
  story.id = view.id;
  story.name = view.name;
  story.code = view.code;

  await page.click('[data-menu="/self-evaluations"]');
  await page.fill('[data-test=filter-q]', view.name);
  await page.click('[data-test=search]');
  const link = page.locator(`[data-test=evaluation-link][data-id="${view.id}"]`);
  await link.waitFor();
  readable(await page.textContent('main'));
  await settled(page);
  await screenshot(page, 'self-evaluation-3-unit-list');
  await link.click();
  await page.waitForURL(`**/self-evaluations/${view.id}`);
  await page.waitForSelector('[data-test=indicators]');
  assert.equal((await page.textContent('[data-test=status]')).trim(), '待填报');
  assert.match(await page.textContent('[data-test=score-waiting]'), new RegExp(`还有 ${view.indicators.length} 项指标未填写实际完成值`));

  // Every indicator at its target, the first number to miss at half of it, the qualitative one achieved.
  let missed = null;
  for (const i of view.indicators) {
    const row = page.locator('[data-test=indicators] .el-table__body tr', { has: page.locator(`[data-test=indicator-name]:text-is("${i.indicator.name}")`) });
    if (i.position === last.position) {
      await select(page, row.locator('[data-test=actual-band]'), '达成年度指标');
      continue;
    }
    const { value } = i.indicator;
    let actual = value;
    if (i === toMiss) {
      actual = String(Number(value) / 2);
      missed = i;
    }
    await row.locator('[data-test=actual]').fill(actual);
  }
  await page.fill('[data-test=goal-achieved]', '全年目标基本完成，个别指标未达预期。');
  // The live score: a total, a grade, each indicator's score, the missed one asking for its reason.
  await page.waitForSelector('[data-test=score-summary] >> text=试算总分');
  const total = (await page.textContent('[data-test=score-summary] [data-test=total]')).trim();
  assert.match(total, /^\d+\.\d\d$/);
  const grade = (await page.textContent('[data-test=score-summary] [data-test=grade]')).trim();
  assert.match(grade, /^[优良中差]$/);
  const missedRow = page.locator('[data-test=indicators] .el-table__body tr', { has: page.locator(`[data-test=indicator-name]:text-is("${missed.indicator.name}")`) });
  await missedRow.locator('[data-test=needs-reason]').waitFor();
  // The score's tooltip says which rule and which inputs gave it.
  await missedRow.locator('[data-test=score]').hover();
  const tip = page.locator('[data-test=score-tip]:visible');
  await tip.waitFor();
  assert.match(await tip.textContent(), /定量指标计分.*R-SE-4/);
  await page.waitForTimeout(400);
  await screenshot(page, 'self-evaluation-4-score-tip');
  await page.mouse.move(0, 0);
  await tip.waitFor({ state: 'hidden' });
  readable(await page.textContent('[data-test=evaluation-page]'));
  await tall(page, 'self-evaluation-4-live-score');

  // Submitting without the reason: saved, then refused with the error at the missed indicator.
  await page.click('[data-test=submit]');
  await page.click('.el-message-box__btns button:has-text("提交")');
  await page.waitForSelector('.el-message--error');
  const error = missedRow.locator('.el-form-item__error').first();
  await error.waitFor();
  assert.match(await error.textContent(), /偏差原因|原因/);
  assert.equal((await page.textContent('[data-test=status]')).trim(), '待填报');
  await tall(page, 'self-evaluation-5-reason-missing');

  await missedRow.locator('[data-test=deviation-reason]').fill('受资金到位时间影响，实施进度滞后');
  await missedRow.locator('[data-test=improvement]').fill('提前谋划，加快资金拨付');
  await page.click('[data-test=submit]');
  await page.click('.el-message-box__btns button:has-text("提交")');
  await page.waitForSelector('.el-message--success >> text=已提交');
  assert.equal((await page.textContent('[data-test=status]')).trim(), '待部门汇总');
  // What the form showed as it was typed is what the server kept.
  const kept = await getJson(page, `/api/v1/self-evaluations/${view.id}`);
  assert.equal(kept.computed_total_text, total);
  assert.equal(kept.grade_label, grade);
  assert.equal((await page.textContent('[data-test=score-summary] [data-test=total]')).trim(), total);
  assert.equal(await page.locator('[data-test=save]').count(), 0, 'read-only once submitted');
  story.total = total;
  story.grade = grade;
  readable(await page.textContent('[data-test=evaluation-page]'));
  await tall(page, 'self-evaluation-6-submitted');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the department passes it in a batch; the office accepts it; the grade shows on the list', async () => {
  assert.ok(story.id);
  const dept = await as('demo_department');
  await dept.click('[data-menu="/self-evaluations/department"]');
  const row = rowOf(dept, story.id);
  await row.waitFor();
  await row.locator('.el-checkbox').click();
  await row.locator('.el-checkbox.is-checked').waitFor();
  assert.match(await dept.textContent('[data-test=consolidate]'), /汇总通过（1 份）/);
  readable(await dept.textContent('main'));
  await settled(dept);
  await screenshot(dept, 'self-evaluation-7-department-queue');
  await dept.click('[data-test=consolidate]');
  await dept.click('.el-message-box__btns button:has-text("汇总通过")');
  await dept.waitForSelector('.el-message--success >> text=已汇总通过 1 份');
  await row.waitFor({ state: 'detached' });
  assert.equal((await getJson(dept, `/api/v1/self-evaluations/${story.id}`)).status, 'consolidated');
  assert.deepEqual(dept.jsErrors, []);
  await dept.context().close();

  const office = await as('demo_office');
  await office.click('[data-menu="/self-evaluations/office"]');
  const waiting = rowOf(office, story.id);
  await waiting.waitFor();
  readable(await office.textContent('main'));
  await settled(office);
  await screenshot(office, 'self-evaluation-8-office-queue');
  await waiting.locator('[data-test=accept]').click();
  assert.match(await office.textContent('.el-message-box'), new RegExp(`自评得分 ${story.total.replace('.', '\\.')}，${story.grade}`));
  await office.click('.el-message-box__btns button:has-text("确认")');
  await office.waitForSelector('.el-message--success >> text=已确认');
  await waiting.waitFor({ state: 'detached' });

  await office.click('[data-menu="/self-evaluations"]');
  await office.fill('[data-test=filter-q]', story.code);
  await office.click('[data-test=search]');
  const listed = rowOf(office, story.id);
  await listed.locator('[data-test=status] >> text=已确认').waitFor();
  assert.equal((await listed.locator('[data-test=grade]').textContent()).trim(), story.grade);
  assert.equal((await listed.locator('[data-test=computed-total]').textContent()).trim(), story.total);
  readable(await office.textContent('main'));
  await settled(office);
  await screenshot(office, 'self-evaluation-9-accepted');
  // The page's evaluations as the national table, a sheet each.
  const [batch] = await Promise.all([office.waitForEvent('download'), office.click('[data-test=export-tables]')]);
  assert.match(batch.suggestedFilename(), new RegExp(`^.+${YEAR}年度绩效自评表\\.xlsx$`));
  assert.equal(readFileSync(await batch.path()).subarray(0, 2).toString(), 'PK', 'an .xlsx is a zip');
  // Its timeline: submitted, passed, accepted.
  await listed.locator('[data-test=evaluation-link]').click();
  await office.waitForSelector('[data-test=history]');
  const history = await office.textContent('[data-test=history]');
  for (const words of ['提交', '部门汇总通过', '绩效科确认']) assert.ok(history.includes(words), history);
  const [one] = await Promise.all([office.waitForEvent('download'), office.click('[data-test=export-table]')]);
  assert.equal(one.suggestedFilename(), `${story.name}项目支出绩效自评表.xlsx`);
  await tall(office, 'self-evaluation-10-accepted-form');
  assert.deepEqual(office.jsErrors, []);
  await office.context().close();
});
