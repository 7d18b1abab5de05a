// 绩效自评 sent back through the pages: the department returns a unit's evaluation with its
// opinion; the unit finds it among its to-dos on the home page, sees the opinion above its form
// (the saved scores, editable again) and submits it anew. The office returns consolidated ones,
// a unit's and a department's own, and each goes where data/workflows/self_evaluation.json
// sends it: back to its author, then again through the department or straight to the office.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, login, screenshot, toYear, getJson, ROOT } from './harness.mjs';
import { loggedIn } from '../api/harness.mjs';

const YEAR = 2026;
const WORKFLOW = JSON.parse(readFileSync(join(ROOT, 'data/workflows/self_evaluation.json'), 'utf8'));
let app, api;
before(async () => {
  app = await startApp();
  api = Object.fromEntries(await Promise.all(['demo_unit', 'demo_department', 'demo_office']
    .map(async (u) => [u, await loggedIn(app.base, u)])));
  const opened = await api.demo_office.post('/api/v1/self-evaluations/rounds', { year: YEAR, due: `${YEAR + 1}-03-31` });
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
});
after(async () => { await app?.stop(); });

function readable(text) {
  assert.ok(!/R-[A-Z]{2}-\d/.test(text), `a rule id on the page: ${text}`);
  assert.ok(!/demo_|\b(pending|submitted|consolidated|accepted|returned|return|decide|consolidate)\b/.test(text), `a code on the page: ${text}`);
}

async function as(username) {
  const page = await app.page();
  await login(page, app.base, username);
  await toYear(page, YEAR);
  return page;
}
const settled = (page) => page.waitForFunction(() => [...document.querySelectorAll('.el-overlay')]
  .every((o) => getComputedStyle(o).display === 'none' || o.closest('[style*="display: none"]')));
async function tall(page, name) {
  await settled(page);
  const height = await page.evaluate(() => document.querySelector('[data-test=evaluation-page]')?.scrollHeight ?? 900);
  await page.setViewportSize({ width: 1440, height: Math.min(height + 120, 4000) });
  await screenshot(page, name);
  await page.setViewportSize({ width: 1440, height: 900 });
}
const rowOf = (page, id) => page.locator('[data-test=evaluation-table] .el-table__body tr',
  { has: page.locator(`[data-test=evaluation-link][data-id="${id}"]`) });

// Where the workflow table sends an evaluation.
const to = (from, actor, action, decision) => WORKFLOW.transitions.find((t) => t.from === from && t.actor === actor
  && t.action === action && (t.decision ?? '') === (decision ?? '')).to;
const labelOf = (state) => WORKFLOW.states.find((s) => s.name === state).label;

// Every indicator at its target; the year's goal reported; submitted.
async function fillAndSubmit(client, id) {
  const v = (await client.get(`/api/v1/self-evaluations/${id}`)).body;
  const indicators = v.indicators.map((i) => ({ position: i.position,
    actual_value: i.indicator.comparator === 'qualitative' ? 'achieved' : i.indicator.value }));
  let res = await client.put(`/api/v1/self-evaluations/${id}`, { version: v.version, goal_achieved: '全年目标已完成', indicators });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.ok(res.body.grade, 'scored in full');
  res = await client.post(`/api/v1/self-evaluations/${id}/steps`, { version: res.body.version, action: 'submit' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}
const get = async (client, id) => (await client.get(`/api/v1/self-evaluations/${id}`)).body;

const story = {};

test('the department returns a unit\'s evaluation with its opinion', async () => {
  const pending = (await api.demo_unit.get(`/api/v1/self-evaluations?year=${YEAR}&kind=project&status=pending&limit=50`)).body.items;
  assert.ok(pending.length >= 1);
  const submitted = await fillAndSubmit(api.demo_unit, pending[0].id);
  assert.equal(submitted.status, to('pending', 'author', 'submit'));
  story.id = submitted.id;
  story.name = submitted.name;
  story.total = submitted.computed_total_text;

  const page = await as('demo_department');
  await page.click('[data-menu="/self-evaluations/department"]');
  await rowOf(page, story.id).locator('[data-test=evaluation-link]').click();
  await page.waitForURL(`**/self-evaluations/${story.id}`);
  await page.waitForSelector('[data-test=consolidate-return]');
  assert.equal((await page.textContent('[data-test=status]')).trim(), '待部门汇总');
  await page.click('[data-test=consolidate-return]');
  await page.waitForSelector('[data-test=return-dialog]');
  // Without words: the dialog asks for them.
  await page.click('[data-test=return-confirm]');
  await page.waitForSelector('[data-test=return-dialog] .el-form-item__error >> text=请写明需要修改的内容');
  story.opinion = '满意度指标的实际完成值缺少问卷依据，请补充调查问卷并说明样本数量。';
  await page.fill('[data-test=return-opinion]', story.opinion);
  await page.waitForTimeout(300);
  await screenshot(page, 'self-evaluation-return-1-dialog');
  await page.click('[data-test=return-confirm]');
  await page.waitForSelector('.el-message--success >> text=已退回');
  assert.equal((await page.textContent('[data-test=status]')).trim(), labelOf(to('submitted', 'department', 'consolidate', 'return')));
  assert.equal(await page.locator('[data-test=consolidate-return]').count(), 0, 'nothing more for the department to do');
  const kept = await getJson(page, `/api/v1/self-evaluations/${story.id}`);
  assert.equal(kept.status, 'returned');
  assert.equal(kept.opinion, story.opinion);
  // Out of the department's queue.
  await page.click('[data-menu="/self-evaluations/department"]');
  await page.waitForSelector('[data-test=evaluation-table]');
  await page.waitForTimeout(500);
  assert.equal(await rowOf(page, story.id).count(), 0);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the unit finds it among its to-dos, reads the opinion above its form and submits it anew', async () => {
  assert.ok(story.id);
  const page = await as('demo_unit');
  await page.click('[data-menu="/home"]').catch(() => page.goto(`${app.base}/home`));
  const todo = page.locator('[data-test=todo-item][data-kind=returned_self_evaluations]', { hasText: `${YEAR} 年度` });
  await todo.waitFor();
  assert.match(await todo.textContent(), new RegExp(`${YEAR} 年度被退回的绩效自评待修改\\s*1`));
  readable(await page.textContent('[data-test=todo-list]'));
  await screenshot(page, 'self-evaluation-return-2-home');
  await todo.click();
  await page.waitForURL(/\/self-evaluations\?status=returned/);
  const row = rowOf(page, story.id);
  await row.waitFor();
  assert.equal(await page.locator('[data-test=evaluation-link]').count(), 1, 'the returned one alone');
  assert.equal((await row.locator('[data-test=status]').textContent()).trim(), '已退回');
  // Answered in full before: its score shows on the list.
  assert.equal((await row.locator('[data-test=computed-total]').textContent()).trim(), story.total);
  await row.locator('[data-test=evaluation-link]').click();
  await page.waitForURL(`**/self-evaluations/${story.id}`);
  const opinion = page.locator('[data-test=opinion]');
  await opinion.waitFor();
  assert.match(await opinion.textContent(), /退回意见/);
  assert.ok((await opinion.textContent()).includes(story.opinion));
  assert.equal((await page.textContent('[data-test=status]')).trim(), '已退回');
  // Editable again, its saved scores standing (nothing on the page changed yet).
  await page.waitForSelector('[data-test=save]');
  await page.waitForSelector('[data-test=score-summary] >> text=自评得分');
  await page.waitForTimeout(1000);
  assert.equal(await page.locator('[data-test=score-summary] >> text=试算').count(), 0);
  assert.equal((await page.textContent('[data-test=score-summary] [data-test=total]')).trim(), story.total);
  // Its timeline names who returned it, with the words.
  await page.waitForSelector('[data-test=history-opinion]');
  assert.ok((await page.textContent('[data-test=history]')).includes('退回修改'));
  assert.ok((await page.textContent('[data-test=history-opinion]')).includes(story.opinion));
  readable(await page.textContent('[data-test=evaluation-page]'));
  await tall(page, 'self-evaluation-return-3-returned-form');

  await page.fill('[data-test=goal-achieved]', '全年目标已完成；满意度调查问卷 320 份，已作为佐证材料上传。');
  await page.click('[data-test=submit]');
  await page.click('.el-message-box__btns button:has-text("提交")');
  await page.waitForSelector('.el-message--success >> text=已提交');
  assert.equal((await page.textContent('[data-test=status]')).trim(), labelOf(to('returned', 'author', 'submit')));
  assert.equal(await page.locator('[data-test=opinion]').count(), 0, 'the opinion was for the form as returned');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the office returns consolidated ones: a unit\'s goes back through its department, a department\'s own straight to the office', async () => {
  assert.ok(story.id);
  // The unit's, passed by its department; the department's own project, submitted straight on.
  let v = await get(api.demo_department, story.id);
  let res = await api.demo_department.post(`/api/v1/self-evaluations/${story.id}/steps`, { version: v.version, action: 'consolidate', decision: 'pass' });
  assert.equal(res.body.status, 'consolidated', JSON.stringify(res.body));
  const mine = (await api.demo_department.get(`/api/v1/self-evaluations?year=${YEAR}&kind=project&status=pending&limit=200`)).body.items
    .find((e) => e.unit_name === e.department_name);
  assert.ok(mine, 'a project the department carries out itself');
  const own = await fillAndSubmit(api.demo_department, mine.id);
  assert.equal(own.status, to('pending', 'author_above_unit', 'submit'));

  const page = await as('demo_office');
  for (const [id, words] of [[story.id, '请补充满意度调查的样本说明。'], [own.id, '本部门实施项目的执行数与决算数不一致，请核实。']]) {
    await page.click('[data-menu="/self-evaluations/office"]');
    await rowOf(page, id).locator('[data-test=evaluation-link]').click();
    await page.waitForURL(`**/self-evaluations/${id}`);
    await page.click('[data-test=decide-return]');
    await page.fill('[data-test=return-opinion]', words);
    await page.click('[data-test=return-confirm]');
    await page.waitForSelector('.el-message--success >> text=已退回');
    await settled(page);
    assert.equal((await page.textContent('[data-test=status]')).trim(), labelOf(to('consolidated', 'office', 'decide', 'return')));
    assert.equal((await getJson(page, `/api/v1/self-evaluations/${id}`)).opinion, words);
  }
  await page.click('[data-menu="/self-evaluations/office"]');
  await page.waitForSelector('[data-test=evaluation-table]');
  await page.waitForTimeout(500);
  assert.equal(await rowOf(page, story.id).count() + await rowOf(page, own.id).count(), 0, 'out of the office\'s queue');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();

  // Each back with its authors: the department's to-dos count its own and its unit's (it may
  // write its units' evaluations too, as the workflow's author); its own shows the office's words.
  const dept = await as('demo_department');
  const todo = dept.locator('[data-test=todo-item][data-kind=returned_self_evaluations]', { hasText: `${YEAR} 年度` });
  await todo.waitFor();
  assert.match(await todo.textContent(), /被退回的绩效自评待修改\s*2/);
  // The year before's round is done in this year's spring: its to-do opens the queue of that year.
  const before = dept.locator('[data-test=todo-item][data-kind=department_self_evaluations]', { hasText: `${YEAR - 1} 年度` });
  const waiting = (await before.textContent()).match(/(\d+)\s*$/)[1];
  await before.click();
  await dept.waitForURL(new RegExp(`/self-evaluations/department\\?year=${YEAR - 1}$`));
  await dept.waitForSelector(`.totals >> text=${YEAR - 1} 年度待部门汇总`);
  assert.equal((await dept.textContent('[data-test=total]')).trim(), waiting);
  await screenshot(dept, 'self-evaluation-return-4-department-year-before');
  await dept.goto(`${app.base}/self-evaluations/${own.id}`);
  await dept.locator('[data-test=opinion]').waitFor();
  assert.ok((await dept.textContent('[data-test=opinion]')).includes('本部门实施项目的执行数与决算数不一致'));
  await dept.waitForSelector('[data-test=submit]');
  readable(await dept.textContent('[data-test=evaluation-page]'));
  await tall(dept, 'self-evaluation-return-4-department-own');
  // Submitted anew: the department's own goes straight to the office.
  await dept.click('[data-test=submit]');
  await dept.click('.el-message-box__btns button:has-text("提交")');
  await dept.waitForSelector('.el-message--success >> text=已提交');
  assert.equal((await dept.textContent('[data-test=status]')).trim(), labelOf(to('returned', 'author_above_unit', 'submit')));
  assert.equal((await get(api.demo_department, own.id)).status, 'consolidated');
  assert.deepEqual(dept.jsErrors, []);
  await dept.context().close();

  // The unit's goes through its department again.
  v = await get(api.demo_unit, story.id);
  assert.equal(v.status, 'returned');
  res = await api.demo_unit.post(`/api/v1/self-evaluations/${story.id}/steps`, { version: v.version, action: 'submit' });
  assert.equal(res.body.status, to('returned', 'author', 'submit'));
  assert.equal(res.body.status, 'submitted');
  const queue = (await api.demo_department.get(`/api/v1/self-evaluations?year=${YEAR}&queue=department&limit=500`)).body.items;
  assert.ok(queue.some((e) => e.id === story.id), 'in the department\'s queue again');
});
