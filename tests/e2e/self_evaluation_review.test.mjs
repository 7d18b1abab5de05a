// 自评复核 through the pages: the office drafts the year's sampling plan (R-RV-1's defaults in
// words and 万元), names a key project, previews what the draw covers before fixing it, fixes it
// and assigns reviewers, its own name refused for a conflict of interest; the expert re-scores the
// unit's inflated evaluation beside its self and computed scores with its signals and completes
// it (R-RV-2): a 整改通知书 and a finding follow, which the office sees in the findings ledger, the
// unit answers and the office closes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot as viewportShot, toYear, getJson, select } from './harness.mjs';
import { loggedIn } from '../api/harness.mjs';

const YEAR = 2026;
let app;
// The unit's evaluation, at every target and claiming full marks, submitted; the office wrote into it once.
let evaluation;
const story = {};

before(async () => {
  app = await startApp();
  const [unit, office] = await Promise.all(['demo_unit', 'demo_office'].map((u) => loggedIn(app.server.base, u)));
  const opened = await office.post('/api/v1/self-evaluations/rounds', { year: YEAR, due: '2027-03-31' });
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  const list = (await unit.get(`/api/v1/self-evaluations?year=${YEAR}&kind=project&status=pending&limit=1`)).body;
  let v = (await unit.get(`/api/v1/self-evaluations/${list.items[0].id}`)).body;
  let res = await office.put(`/api/v1/self-evaluations/${v.id}`, { version: v.version, problems: '绩效科代填' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const atTarget = v.indicators.map((i) => ({ position: i.position,
    actual_value: i.indicator.comparator === 'qualitative' ? 'achieved' : i.indicator.value }));
  res = await unit.put(`/api/v1/self-evaluations/${v.id}`, { version: res.body.version, goal_achieved: '全部完成', indicators: atTarget });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const claimed = res.body.indicators.map((i, k) => ({ ...atTarget[k], self_score: i.computed_weight, self_score_reason: '全部完成' }));
  res = await unit.put(`/api/v1/self-evaluations/${v.id}`, { version: res.body.version, indicators: claimed });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  res = await unit.post(`/api/v1/self-evaluations/${v.id}/steps`, { version: res.body.version, action: 'submit' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  evaluation = res.body;
});
after(async () => { await app?.stop(); });

// Page text a person reads: no rule ids, login names or English words.
function readable(text) {
  assert.ok(!/R-[A-Z]{2}-\d/.test(text), `a rule id on the page: ${text.slice(0, 200)}`);
  assert.ok(!/demo_/.test(text), 'a login name on the page');
  assert.ok(!/\b(threshold|key_project|key_department|random|pending|reviewed|draft|fixed|null|undefined)\b/.test(text), 'a code on the page');
}

// The whole page: the layout scrolls inside its main pane, so the window is made as tall as it.
async function screenshot(page, name) {
  const height = await page.evaluate(() => Math.max(...[...document.querySelectorAll('main, .el-main, .jx-main, body')]
    .map((e) => e.scrollHeight)));
  await page.setViewportSize({ width: 1440, height: Math.min(Math.max(height + 80, 900), 4000) });
  await viewportShot(page, name);
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function as(username) {
  const page = await app.page();
  await login(page, app.base, username);
  await toYear(page, YEAR);
  return page;
}

test('the office drafts the plan, names a key project and previews the coverage before fixing it', async () => {
  const page = await as('demo_office');
  await page.click('[data-menu="/self-evaluation-reviews/plans"]');
  await page.waitForSelector('[data-test=plan-table]');
  await page.click('[data-test=new-plan]');
  await page.waitForSelector('[data-test=new-plan-dialog]');
  await page.click('[data-test=create-plan]');
  await page.waitForURL(/\/self-evaluation-reviews\/plans\/\d+$/);
  story.planId = Number(page.url().match(/plans\/(\d+)$/)[1]);
  await page.waitForSelector('[data-test=plan-params]');
  assert.match(await page.textContent('[data-test=plan-title]'), /云岭州 2026 年度绩效自评抽查计划/);
  assert.equal(await page.textContent('[data-test=plan-state]'), '拟定中');
  // R-RV-1's defaults, in 万元 and percent; the seed recorded with the plan.
  assert.equal(await page.inputValue('[data-test=param-threshold]'), '100.00');
  assert.equal(await page.inputValue('[data-test=param-percent]'), '10');
  assert.match(await page.inputValue('[data-test=param-seed]'), /^\d+$/);
  readable(await page.innerText('main'));
  await screenshot(page, 'se-review-1-plan-draft');

  // The unit's project as a key project, found by its name; a fixed seed, the weighting on.
  await page.click('[data-test=key-projects]');
  // Projects of many units share its name: it is found by its code, and told apart by its unit.
  await page.keyboard.type(evaluation.code);
  await page.locator('.el-select-dropdown__item:visible', { hasText: evaluation.unit_name }).click();
  await page.keyboard.press('Escape');
  await page.fill('[data-test=param-seed]', '20260101');
  await page.click('[data-test=param-weighted] >> text=是，风险信号越多越容易被抽中');
  await page.waitForSelector('[data-test=signal-weights]');

  // The preview draws under the form as it stands, nothing saved.
  await page.click('[data-test=preview-plan]');
  await page.waitForSelector('[data-test=preview] [data-test=coverage]');
  const saved = await getJson(page, `/api/v1/self-evaluation-reviews/plans/${story.planId}`);
  assert.deepEqual(saved.params.key_project_ids, [], 'the preview saved nothing');
  const count = Number(await page.textContent('[data-test=preview] [data-test=coverage-count] b'));
  assert.ok(count > 0);
  assert.deepEqual(await page.$$eval('[data-test=preview] [data-test=coverage-reason]', (els) => els.map((e) => e.textContent)),
    ['金额达标', '重点项目', '重点部门', '随机抽取', '抽查合计', '全部自评（候选）']);
  assert.match(await page.textContent('[data-test=preview] [data-test=coverage-money-rate]'), /^\d+\.\d\d%$/);
  // The unit's project among the chosen, as a key project, with its signals.
  await page.click('[data-test=chosen-reason] >> text=重点项目');
  const mine = page.locator('[data-test=chosen-table] .el-table__body tr', { hasText: evaluation.name }).filter({ hasText: evaluation.unit_name });
  await mine.waitFor();
  assert.equal(await mine.locator('[data-test=chosen-reason-tag]').textContent(), '重点项目');
  assert.match(await mine.locator('[data-test=signal-tags]').textContent(), /实际值无佐证材料/);
  readable(await page.innerText('main'));
  await screenshot(page, 'se-review-2-preview');

  // Fixing saves the form first and asks, with what it will keep.
  await page.click('[data-test=fix-plan]');
  await page.waitForSelector('.el-message-box');
  assert.match(await page.textContent('.el-message-box'), new RegExp(`将按当前参数抽取 ${count} 份自评`));
  await page.click('.el-message-box__btns button:has-text("确定计划")');
  await page.waitForSelector('.el-message--success >> text=抽查计划已确定');
  await page.waitForSelector('[data-test=sample-table]');
  assert.equal(await page.textContent('[data-test=plan-state]'), '已确定');
  assert.equal(Number(await page.textContent('[data-test=coverage-count] b')), count);
  assert.equal(await page.locator('[data-test=fix-plan]').count(), 0);
  await screenshot(page, 'se-review-3-fixed');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the office assigns the expert; itself refused for a conflict of interest, the sample named', async () => {
  const page = await as('demo_office');
  await page.click('[data-menu="/self-evaluation-reviews/plans"]');
  const plan = page.locator('[data-test=plan-table] .el-table__body tr', { hasText: '2026 年度' });
  await plan.locator('[data-test=plan-status] >> text=已确定').waitFor();
  await screenshot(page, 'se-review-3a-plans');
  await plan.locator('[data-test=plan-link]').click();
  await page.waitForSelector('[data-test=sample-table]');
  await select(page, page.locator('[data-test=sample-reason-filter]'), '重点项目');
  const row = page.locator('[data-test=sample-table] .el-table__body tr', { hasText: evaluation.name }).filter({ hasText: evaluation.unit_name });
  await row.waitFor();
  await row.locator('.el-checkbox').click();
  await select(page, page.locator('[data-test=reviewer-select]'), '张敏（绩效科）');
  await page.click('[data-test=assign]');
  await page.waitForSelector('[data-test=assign-refusal]');
  const refusal = await page.textContent('[data-test=assign-refusal-text]');
  assert.match(refusal, new RegExp(`“张敏（绩效科）”参与填报了“${evaluation.name}”`));
  assert.match(refusal, /利害关系/);
  assert.equal(await page.locator('[data-test=sample-table] .refused-row').count(), 1);
  await screenshot(page, 'se-review-4-conflict');

  await select(page, page.locator('[data-test=reviewer-select]'), '吴建国（评审专家）');
  await page.click('[data-test=assign]');
  await page.waitForSelector('.el-message--success >> text=已为 1 份自评指定复核人');
  await row.locator('[data-test=sample-reviewer] >> text=吴建国（评审专家）').waitFor();
  readable(await page.innerText('main'));
  await screenshot(page, 'se-review-5-assigned');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the expert re-scores the inflated evaluation beside its self and computed scores and completes it', async () => {
  const page = await as('demo_expert');
  // The home page says what waits.
  await page.waitForSelector('text=2026 年度待复核的绩效自评');
  await page.click('[data-menu="/self-evaluation-reviews/samples"]');
  const row = page.locator('[data-test=queue-table] .el-table__body tr', { hasText: evaluation.name });
  await row.waitFor();
  assert.equal(await page.textContent('[data-test=queue-total]'), '1');
  await screenshot(page, 'se-review-6-queue');
  await row.locator('[data-test=queue-link]').click();
  await page.waitForSelector('[data-test=score-table]');
  story.sampleId = Number(page.url().match(/samples\/(\d+)$/)[1]);
  const v = await getJson(page, `/api/v1/self-evaluation-reviews/samples/${story.sampleId}`);
  // The signals with their numbers, before anything is scored; no evidence at hand.
  assert.match(await page.textContent('[data-test=signals]'), /实际值无佐证材料/);
  assert.match(await page.textContent('[data-test=signals]'), /\d+ 项指标填报了实际完成值，但没有上传佐证材料/);
  assert.equal(await page.textContent('[data-test=no-evidence]'), '单位未上传佐证材料');
  assert.equal(await page.textContent('[data-test=total-self]'), v.self_total_text);
  assert.equal(await page.textContent('[data-test=total-computed]'), v.computed_total_text);
  // Half of each indicator's points, a note on the first; the totals follow as they are typed.
  const applicable = v.evaluation.indicators.filter((i) => !i.not_applicable);
  const inputs = page.locator('[data-test=review-score]');
  assert.equal(await inputs.count(), applicable.length);
  const half = (i) => Math.floor(i.computed_weight / 2);
  const text = (h) => `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`;
  // A score above the points is refused at its field.
  await inputs.nth(0).fill(text(applicable[0].computed_weight + 100));
  await page.waitForSelector('[data-test=review-score-error]');
  assert.match(await page.textContent('[data-test=review-score-error]'), /不能超过该指标的分值/);
  for (const [k, i] of applicable.entries()) await inputs.nth(k).fill(text(half(i)));
  await page.locator('[data-test=review-note]').first().fill('佐证不足，按一半计分');
  const total = v.evaluation.execution.score + applicable.reduce((s, i) => s + half(i), 0);
  assert.equal(await page.textContent('[data-test=total-review]'), text(total));
  assert.match(await page.textContent('[data-test=total-verdict]'), /完成复核时将认定为虚高/);
  readable(await page.innerText('main'));
  // jixiao's score explains itself: the rule and its working.
  await page.locator('[data-test=indicator-computed]').first().hover();
  await page.locator('.signal-tip:visible', { hasText: '计算过程' }).waitFor();
  assert.match(await page.locator('.signal-tip:visible').last().textContent(), /÷/);
  await screenshot(page, 'se-review-7-scoring');
  await page.click('[data-test=save-review]');
  await page.waitForSelector('.el-message--success >> text=复核评分已保存');

  await page.click('[data-test=complete-review]');
  await page.waitForSelector('.el-message-box');
  assert.match(await page.textContent('.el-message-box'), /将认定为虚高，并向单位下达整改通知书/);
  await page.click('.el-message-box__btns button:has-text("完成复核")');
  await page.waitForSelector('[data-test=outcome-inflated]');
  assert.match(await page.textContent('[data-test=inflation-detail]'), /认定为虚高$/);
  // An expert reads neither the letter's page nor the ledger: the number, no link.
  assert.match(await page.textContent('[data-test=outcome-document-number]'), /财绩改〔2026〕\d+号$/);
  assert.equal(await page.locator('[data-test=outcome-finding]').count(), 0);
  assert.equal(await page.textContent('[data-test=sample-state]'), '已复核');
  assert.equal(await page.locator('[data-test=review-score]').count(), 0, 'no more scoring');
  await page.locator('[data-test=history] >> text=完成复核').waitFor();
  assert.match(await page.textContent('[data-test=history]'), /吴建国（评审专家） 保存复核评分/);
  await screenshot(page, 'se-review-8-completed');
  const done = await getJson(page, `/api/v1/self-evaluation-reviews/samples/${story.sampleId}`);
  story.findingId = done.finding_id;
  story.documentId = done.document_id;
  story.documentNumber = done.document_number;
  assert.ok(story.findingId && story.documentId);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the office finds the finding with its notice in the ledger and from the review', async () => {
  const page = await as('demo_office');
  // From the review's page: both linked for the office.
  await page.goto(`${app.base}/self-evaluation-reviews/samples/${story.sampleId}`);
  await page.waitForSelector('[data-test=outcome-finding]');
  assert.equal(await page.textContent('[data-test=outcome-document]'), story.documentNumber);
  await screenshot(page, 'se-review-9a-office-outcome');
  await page.click('[data-menu="/findings"]');
  const row = page.locator('[data-test=finding-table] .el-table__body tr', { hasText: '绩效自评得分虚高' });
  await row.waitFor();
  assert.match(await row.textContent(), new RegExp(evaluation.name));
  assert.equal(await row.locator('[data-test=notice-link]').textContent(), story.documentNumber);
  await screenshot(page, 'se-review-9-ledger');
  await row.locator('[data-test=notice-link]').click();
  await page.waitForSelector('[data-test=official-letter]');
  assert.equal(await page.textContent('[data-test=letter-number]'), story.documentNumber);
  assert.match(await page.innerText('[data-test=official-letter]'), /绩效自评复核评分对照表/);
  await screenshot(page, 'se-review-10-notice');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the unit answers its finding and the office closes it', async () => {
  const page = await as('demo_unit');
  await page.click('[data-menu="/findings"]');
  const row = page.locator('[data-test=finding-table] .el-table__body tr', { hasText: '绩效自评得分虚高' });
  await row.waitFor();
  await row.locator('[data-test=finding-link]').click();
  await page.waitForSelector('[data-test=answer-form]');
  assert.match(await page.textContent('[data-test=finding-detail]'), /佐证不足，按一半计分/);
  await page.fill('[data-test=answer-input]', '已按复核意见据实更正自评得分，补充上传各项指标的佐证材料。');
  await page.click('[data-test=answer-submit]');
  await page.waitForFunction(() => document.querySelector('[data-test=finding-status]')?.textContent.includes('已反馈'));
  await screenshot(page, 'se-review-11-answered');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();

  const office = await as('demo_office');
  await office.goto(`${app.base}/findings/${story.findingId}`);
  await office.waitForSelector('[data-test=office-form]');
  await office.fill('[data-test=opinion-input]', '经核实，单位已更正自评并补充佐证，予以销号。');
  await office.click('[data-test=close-finding]');
  await office.waitForFunction(() => document.querySelector('[data-test=finding-status]')?.textContent.includes('已销号'));
  await screenshot(office, 'se-review-12-closed');
  assert.deepEqual(office.jsErrors, []);
  await office.context().close();
});
