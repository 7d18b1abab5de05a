// 事前绩效评估 in the browser: the department begins an assessment and writes its
// self-assessment on the sheet (live total and grade), the office selects it for key assessment
// and assigns the demo expert and agency, each scores from their queue, the office concludes
// with a suggested amount, and the department accepts the suggestions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

// Fills every item of the sheet with `fraction` of its maximum; returns the total in hundredths.
async function fillSheet(page, fraction) {
  const inputs = await page.$$('.el-table__body input[data-test^="score-"]');
  let total = 0;
  for (const input of inputs) {
    const max = Number((await input.getAttribute('placeholder')).split('–')[1]);
    const v = Math.round(max * fraction * 100) / 100;
    total += Math.round(v * 100);
    await input.fill(String(v));
  }
  return total;
}

async function as(user, path) {
  const page = await app.page();
  await login(page, app.base, user);
  await page.goto(app.base + path);
  return page;
}

test('a self-assessment through a key assessment to a conclusion the department accepts', async () => {
  // The department begins one.
  const dept = await as('demo_department', '/assessments');
  await dept.click('[data-test=new-assessment]');
  await dept.click('[data-test=assessment-project]');
  await dept.waitForSelector('.assessment-project-popper .el-select-dropdown__item');
  await dept.click('.assessment-project-popper .el-select-dropdown__item >> nth=0');
  await dept.waitForSelector('[data-test=need-answer]');
  assert.match(await dept.textContent('[data-test=need-answer]'), /R-EA-3/);
  await dept.click('[data-test=create-assessment]');
  await dept.waitForURL(/\/assessments\/\d+$/);
  const url = new URL(dept.url()).pathname;
  await dept.waitForSelector('[data-test=assessment-sheet]');
  assert.equal((await dept.$$('.el-table__body input[data-test^="score-"]')).length, 15);
  const total = await fillSheet(dept, 0.9);
  assert.match(await dept.textContent('[data-test=sheet-total]'), new RegExp(`总分 ${(total / 100).toFixed(2)} 分`));
  assert.equal((await dept.textContent('[data-test=sheet-grade]')).trim(), '优');
  await dept.fill('textarea[data-test=self-report]', '项目符合规划，测算依据充分，目标合理，方案可行，资金来源合规。');
  await screenshot(dept, 'assessment-self');
  await dept.click('[data-test=submit-self]');
  await dept.waitForSelector('.el-message--success');
  assert.equal((await dept.textContent('[data-test=assessment-status]')).trim(), '已提交财政');
  assert.deepEqual(dept.jsErrors, []);

  // The office selects it and assigns the expert and the agency.
  const office = await as('demo_office', url);
  await office.click('[data-test=review-select]');
  await office.waitForSelector('[data-test=assign-panel]');
  await office.click('[data-test=assign-scorers]');
  for (const name of ['专家', '机构']) {
    await office.click(`.assign-popper .el-select-dropdown__item:has-text("${name}") >> nth=0`);
  }
  await office.keyboard.press('Escape');
  await office.click('[data-test=assign-submit]');
  await office.waitForSelector('[data-test=scorer-list]');
  assert.equal((await office.textContent('[data-test=assessment-status]')).trim(), '评分中');
  await screenshot(office, 'assessment-assigned');

  // Each scorer scores from its queue.
  for (const [user, fraction] of [['demo_expert', 0.8], ['demo_agency', 0.7]]) {
    const page = await as(user, '/assessments/scoring');
    await page.waitForSelector('[data-test=scoring-link]');
    await page.click('[data-test=scoring-link] >> nth=0');
    await page.waitForSelector('[data-test=submit-score]');
    await fillSheet(page, fraction);
    if (user === 'demo_expert') await screenshot(page, 'assessment-scorer');
    await page.click('[data-test=submit-score]');
    await page.waitForSelector('.el-message--success');
    assert.deepEqual(page.jsErrors, []);
    await page.context().close();
  }

  // The office concludes with a suggested amount.
  await office.reload();
  await office.waitForSelector('[data-test=conclude-panel]');
  assert.match(await office.textContent('[data-test=conclude-preview]'), /2 名评分人平均/);
  await office.fill('input[data-test=suggested-amount]', '1');
  await office.fill('textarea[data-test=suggested-changes]', '下调服务人次指标值');
  await office.click('[data-test=conclude-submit]');
  await office.waitForSelector('[data-test=conclusion-card]');
  assert.equal((await office.textContent('[data-test=conclusion]')).trim(), '调整后支持');
  await screenshot(office, 'assessment-concluded');
  assert.deepEqual(office.jsErrors, []);

  // The department accepts the suggestions.
  await dept.reload();
  await dept.click('[data-test=accept-suggestions]');
  await dept.waitForSelector('[data-test=accepted]');
  await screenshot(dept, 'assessment-accepted');
  assert.deepEqual(dept.jsErrors, []);
  // The printed report, in the official layout.
  const id = url.split('/').pop();
  await dept.goto(app.base + `/api/v1/assessments/${id}/report`);
  assert.match(await dept.textContent('h1'), /事前绩效评估报告/);
  await screenshot(dept, 'assessment-report');
});

test('the office finds the next year\'s assessments in every state, and a project page says why one is needed', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.evaluate(() => localStorage.setItem('jixiao.year', '2027'));
  await page.goto(app.base + '/assessments');
  await page.waitForSelector('[data-test=assessment-link]');
  const statuses = new Set(await page.$$eval('[data-test=status]', (els) => els.map((e) => e.textContent.trim())));
  for (const s of ['部门自评估中', '已提交财政', '评分中', '已出具结论']) assert.ok(statuses.has(s), s);
  const conclusions = new Set(await page.$$eval('[data-test=conclusion]', (els) => els.map((e) => e.textContent.trim())));
  for (const c of ['予以支持', '调整后支持', '不予支持']) assert.ok(conclusions.has(c), c);
  await screenshot(page, 'assessment-list-2027');

  await page.goto(app.base + '/assessments/statistics');
  await page.waitForSelector('[data-test=assessment-figures]');
  assert.notEqual((await page.textContent('[data-test=kept-out]')).trim(), '0.00');
  await page.waitForSelector('[data-test=conclusion-chart] canvas');
  // Each table exports as it shows: the conclusions (the third) as an .xlsx named by year.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-2]')]);
  assert.equal(download.suggestedFilename(), '事前绩效评估统计-按评估结论-2027.xlsx');
  await screenshot(page, 'assessment-statistics');

  // The project page of one of them says why it needs one, and links to it.
  await page.goto(app.base + '/assessments');
  await page.click('[data-test=assessment-link] >> nth=0');
  await page.waitForURL(/\/assessments\/\d+$/);
  const id = new URL(page.url()).pathname.split('/').pop();
  const a = await page.evaluate(async (x) => (await fetch(`/api/v1/assessments/${x}`)).json(), id);
  await page.goto(app.base + `/projects/${a.project_id}`);
  await page.waitForSelector('[data-test=ex-ante-need]');
  assert.match(await page.textContent('[data-test=ex-ante-need]'), /需要评估.*万元 ≥ 500\.00 万元（R-EA-3）/);
  await screenshot(page, 'assessment-project-page');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
