// 部门整体自评 through the pages, on the demo's closed year: the department finds its own overall
// form among its self-evaluations (answered, not yet sent), types what the department spent in
// the year and watches the execution score follow, submits it straight to the office, which
// accepts it; the grade shows on the office's list as the form scored it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot, toYear, getJson, select, wanText } from './harness.mjs';

const YEAR = 2025;
let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

const story = {};

function readable(text) {
  assert.ok(!/R-[A-Z]{2}-\d/.test(text), `a rule id on the page: ${text}`);
  assert.ok(!/demo_|\b(pending|submitted|consolidated|accepted|department|excellent|good|fair|poor)\b/.test(text),
    `a code on the page: ${text}`);
}

async function as(username) {
  const page = await app.page();
  await login(page, app.base, username);
  await toYear(page, YEAR);
  return page;
}

const linkOf = (page, id) => page.locator(`[data-test=evaluation-link][data-id="${id}"]`);

test('the department finds its overall form, types its spending and submits it to the office', async () => {
  const page = await as('demo_department');
  await page.click('[data-menu="/self-evaluations"]');
  await page.waitForSelector('[data-test=evaluation-table] .el-table__body tr');
  await select(page, page.locator('[data-test=filter-kind]'), '部门整体');
  const list = await getJson(page, `/api/v1/self-evaluations?year=${YEAR}&kind=department&limit=50`);
  assert.equal(list.items.length, 1, 'a department has one overall form a year');
  const own = list.items[0];
  assert.equal(own.status, 'pending');
  story.id = own.id;
  await linkOf(page, own.id).waitFor();
  await screenshot(page, 'self-evaluation-department-1-list');
  readable(await page.textContent('[data-test=evaluation-table]'));

  await linkOf(page, own.id).click();
  await page.waitForSelector('[data-test=evaluation-page]');
  assert.match(await page.textContent('[data-test=title]'), /（部门整体）$/);
  assert.match(await page.textContent('[data-test=evaluation-page]'), /部门整体支出绩效自评表/);
  // A department's year is typed by hand: no project's spending feed holds it.
  const view = await getJson(page, `/api/v1/self-evaluations/${own.id}`);
  assert.ok(view.budget_fen > 0);
  const spent = Math.floor(view.budget_fen / 2 / 10000) * 10000;  // half the budget, whole yuan
  await page.fill('[data-test=executed]', wanText(spent));
  // R-SE-3: min(executed ÷ budget, 1) × 10 points.
  await page.waitForFunction(() => document.querySelector('[data-test=execution-rate]')?.textContent?.includes('%'));
  const rate = Math.round((spent * 10000) / view.budget_fen);
  assert.equal((await page.textContent('[data-test=execution-rate]')).trim(),
    `${Math.floor(rate / 100)}.${String(rate % 100).padStart(2, '0')}%`);
  // The live score follows: min(rate, 1) × 10 points, in hundredths rounded half up.
  const points = Math.floor((rate * 10 + 50) / 100);
  const shown = `${Math.floor(points / 100)}.${String(points % 100).padStart(2, '0')}`;
  await page.waitForFunction((t) => document.querySelector('[data-test=execution-score]')?.textContent?.trim() === t, shown);
  await screenshot(page, 'self-evaluation-department-2-form');
  readable(await page.textContent('[data-test=evaluation-page]'));

  await page.click('[data-test=submit]');
  await page.click('.el-message-box__btns .el-button--primary');
  await page.waitForFunction(() => document.querySelector('[data-test=status]')?.textContent?.includes('待绩效科确认'));
  const sent = await getJson(page, `/api/v1/self-evaluations/${own.id}`);
  assert.equal(sent.status, 'consolidated', 'straight to the office, no consolidation of its own');
  assert.equal(sent.executed_fen, spent);
  story.total = sent.computed_total;
  story.grade = sent.grade;
});

test('the office accepts the department\'s overall form; its grade shows on the list', async () => {
  assert.ok(story.id, 'the step before ran');
  const page = await as('demo_office');
  await page.goto(`${app.base}/self-evaluations/${story.id}`);
  await page.waitForSelector('[data-test=evaluation-page]');
  await page.click('[data-test=decide-accept]');
  await page.click('.el-message-box__btns .el-button--primary');
  await page.waitForFunction(() => document.querySelector('[data-test=status]')?.textContent?.includes('已确认'));
  const done = await getJson(page, `/api/v1/self-evaluations/${story.id}`);
  assert.equal(done.status, 'accepted');
  assert.equal(done.computed_total, story.total, 'accepted as the form scored it');
  await screenshot(page, 'self-evaluation-department-3-accepted');

  await page.click('[data-menu="/self-evaluations"]');
  await page.waitForSelector('[data-test=evaluation-table] .el-table__body tr');
  await select(page, page.locator('[data-test=filter-kind]'), '部门整体');
  await linkOf(page, story.id).waitFor();
  const row = page.locator('[data-test=evaluation-table] .el-table__body tr', { has: linkOf(page, story.id) });
  const labels = { excellent: '优', good: '良', fair: '中', poor: '差' };
  assert.match(await row.textContent(), new RegExp(labels[story.grade]));
  await screenshot(page, 'self-evaluation-department-4-office-list');
});
