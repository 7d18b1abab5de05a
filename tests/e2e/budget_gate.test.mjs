// The budget gate on the project page: the office sees what a declared project of the next year
// still lacks before it may be approved into the budget, the approval is refused naming it, and
// a project that meets every condition is approved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';
import { loggedIn } from '../api/harness.mjs';

let app, api;
before(async () => {
  app = await startApp();
  api = await loggedIn(app.base, 'demo_office');
});
after(async () => { await app?.stop(); });

// A declared project of the next year whose checklist is (or is not) complete.
async function declared(ready) {
  const items = (await api.get('/api/v1/projects?year=2027&status=declared&limit=100')).body.items;
  for (const p of items) {
    const gate = (await api.get(`/api/v1/projects/${p.id}/gate`)).body;
    if (gate.conditions.length && gate.ready === ready) return p;
  }
  throw new Error('no declared project with ready=' + ready);
}

async function approve(page) {
  await page.click('[data-test=step-approve]');
  await page.click('.el-message-box__btns .el-button--primary');
}

test('the office sees the checklist, approval is refused while a condition is unmet, then allowed', async () => {
  const blocked = await declared(false);
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(`${app.base}/projects/${blocked.id}`);
  await page.waitForSelector('[data-test=gate-blocked]');
  const text = await page.textContent('[data-test=budget-gate]');
  assert.match(text, /批复入预算的条件/);
  assert.match(text, /绩效目标审核通过/);
  await screenshot(page, 'project-budget-gate');
  await approve(page);
  await page.waitForSelector('.el-message--error');
  assert.match(await page.textContent('.el-message--error'), /项目尚不能批复入预算。.*绩效目标审核通过/);
  assert.match(await page.textContent('[data-test=project-fields]'), /已申报/);

  const ready = await declared(true);
  await page.goto(`${app.base}/projects/${ready.id}`);
  await page.waitForSelector('[data-test=gate-ready]');
  await approve(page);
  await page.waitForFunction(() => document.querySelector('[data-test=project-fields]')?.textContent?.includes('已批复'));
  assert.equal(await page.locator('[data-test=gate-ready]').count(), 0, 'an approved project no longer waits on the gate');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('on the year being executed, the budget pages offer the year being prepared in one click', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  // Logged in on a fresh browser, the header shows the calendar year; 2027 is being prepared.
  assert.match(await page.textContent('[data-test=year-switcher]'), /2026/);
  await page.goto(`${app.base}/budget-reviews`);
  await page.waitForSelector('[data-test=budget-year-notice]');
  assert.match(await page.textContent('[data-test=budget-year-notice]'), /2027 年预算正在编制/);
  await page.click('[data-test=budget-year-switch]');
  await page.waitForFunction(() => document.querySelector('[data-test=year-switcher]')?.textContent?.includes('2027'));
  await page.waitForSelector('[data-test=budget-year-notice]', { state: 'detached' });
  await page.goto(`${app.base}/assessments`);
  await page.waitForSelector('[data-test=total]');
  assert.match(await page.textContent('[data-test=total]'), /^[1-9]\d*$/);
  await screenshot(page, 'assessment-list-next-year');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
