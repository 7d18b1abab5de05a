// Performance targets in a browser: a unit writes a target while the live lint points at its
// problems, fixes them and submits; its department finds it under its to-do and passes it
// (R-TR-1); the section passes it; the office scores it under the pass
// mark (未通过, 不予安排资金); another target scores above and is approved; the indicator library
// finds an indicator by two Chinese characters; the declaration table downloads as .xlsx.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { startApp, login, screenshot } from './harness.mjs';
import { loggedIn } from '../api/harness.mjs';
import { goodTarget } from '../api/target_fixtures.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

const GOOD = goodTarget({ overall_goal: '完成2000人次教师培训，培训合格率达到95%以上，10月底前全部完成，人均培训成本控制在800元以内，参训教师满意度达到90%以上。' });

async function sessionYear(page) {
  const text = await page.textContent('[data-test=year-switcher]').catch(() => '');
  return Number(/\d{4}/.exec(text)?.[0]) || new Date().getFullYear();
}

// The unit's projects of the year that have no target yet.
async function freeProjects(client, year, n) {
  const out = [];
  const page = await client.get(`/api/v1/projects?year=${year}&limit=100`);
  for (const p of page.body.items) {
    if (p.status === 'cancelled') continue;
    if ((await client.get(`/api/v1/targets?project_id=${p.id}`)).body.total === 0) out.push(p);
    if (out.length === n) break;
  }
  assert.equal(out.length, n, `demo_unit has ${n} projects without a target in ${year}`);
  return out;
}

const row = (page, i) => page.locator(`.jx-ind-row-${i}`);

// Waits out the lint of the last keystrokes, so that the table below holds still.
async function lintSettled(page) {
  await page.waitForFunction(() => !document.querySelector('[data-test=lint-panel]')?.textContent?.includes('检查中'));
}

async function pickCategory(page, i, category, subcategory) {
  await lintSettled(page);
  await row(page, i).locator('.el-cascader').click();
  const menus = page.locator('.el-cascader__dropdown:visible .el-cascader-menu');
  await menus.first().waitFor();
  await page.waitForTimeout(350);  // the menu's opening transition
  await menus.nth(0).locator('.el-cascader-node', { hasText: category }).first().click();
  await menus.nth(1).locator('.el-cascader-node', { hasText: subcategory }).first().click();
  // Choosing the value it already has leaves the menu open.
  if (await page.locator('.el-cascader__dropdown:visible').count()) await page.keyboard.press('Escape');
  await page.waitForFunction(() => ![...document.querySelectorAll('.el-cascader__dropdown')].some((e) => e.offsetParent !== null && getComputedStyle(e).display !== 'none'));
  const chosen = await row(page, i).locator('.el-cascader input').inputValue();
  assert.equal(chosen, `${category} / ${subcategory}`);
}

async function pickComparator(page, i, label) {
  await lintSettled(page);
  await row(page, i).locator('.el-select').first().click();
  await page.waitForTimeout(300);
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: new RegExp(`^${label}$`) }).click();
}

async function fillRow(page, i, { name, value, unit, weight }) {
  await row(page, i).locator('input[data-test=ind-name]').fill(name);
  await row(page, i).locator('input[data-test=ind-value]').fill(value);
  await row(page, i).locator('input[data-test=ind-unit]').fill(unit);
  if (weight !== undefined) {
    const w = row(page, i).locator('[data-test=ind-weight] input');
    await w.fill(String(weight));
    await w.blur();
  }
}

async function errorCodes(page) {
  return page.$$eval('[data-test=finding-error]', (els) => els.map((e) => e.getAttribute('data-code')));
}

async function review(page, scores) {
  for (const [key, v] of Object.entries(scores)) {
    const input = page.locator(`[data-test=score-${key}] input`);
    await input.fill(String(v));
    await input.blur();
  }
}

let year;
let first;   // the target written in the browser (fails the review)
let firstName;
let second;  // the target set up through the API (approved)

test('a unit writes a target, the lint points at its problems, they are fixed and it is submitted', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_unit');
  year = await sessionYear(page);
  const unit = await loggedIn(app.base, 'demo_unit');
  const [p1, p2] = await freeProjects(unit, year, 2);

  // The project's page leads to its target.
  await page.goto(`${app.base}/projects/${p1.id}`);
  await page.click('[data-test=create-target]');
  await page.waitForURL(/\/targets\/\d+$/);
  first = Number(/\/targets\/(\d+)/.exec(page.url())[1]);
  firstName = p1.name;
  await page.waitForSelector('[data-test=indicator-table]');
  assert.match(await page.textContent('[data-test=target-title]'), new RegExp(p1.name));

  await page.fill('[data-test=overall-goal]', '完成200人次教师培训，培训合格率达到95%以上，教师教学能力达标率达到90%。');
  await page.click('[data-test=ind-add]');
  await pickCategory(page, 0, '产出指标', '数量指标');
  await fillRow(page, 0, { name: '培训人次', value: '200', unit: '人次', weight: 30 });
  await page.click('[data-test=ind-add]');
  await pickCategory(page, 1, '产出指标', '质量指标');
  await fillRow(page, 1, { name: '培训合格率', value: '95', unit: '%', weight: 20 });
  await page.click('[data-test=ind-add]');
  await pickCategory(page, 2, '效益指标', '社会效益指标');
  await fillRow(page, 2, { name: '有效提升服务水平', value: '有效提升', unit: '', weight: 30 });

  // The live lint finds the vague indicator (on its row) and the missing cost indicator.
  await page.waitForSelector('[data-test=finding-error][data-code=vague_indicator]');
  // The finding reads in Chinese: its code stays in the tooltip.
  assert.doesNotMatch(await page.textContent('[data-test=finding-error][data-code=vague_indicator]'), /vague_indicator/);
  let codes = await errorCodes(page);
  assert.ok(codes.includes('category_missing'), `category_missing in ${codes}`);
  assert.match(await page.textContent('[data-test=header-errors]'), /\d+ 个错误/);
  assert.ok(await page.locator('[data-test=submit]').isDisabled());
  await page.click('[data-test=finding-error][data-code=vague_indicator]');
  await page.waitForSelector('.jx-ind-row-2.highlight');
  assert.equal(await page.locator('.jx-ind-row-2.has-error').count(), 1);
  await screenshot(page, 'target-lint-errors');

  // Fixed: a measurable benefit and a cost indicator.
  await fillRow(page, 2, { name: '教师教学能力达标率', value: '90', unit: '%' });
  await page.click('[data-test=ind-add]');
  await pickCategory(page, 3, '成本指标', '经济成本指标');
  await pickComparator(page, 3, '≤');
  await fillRow(page, 3, { name: '人均培训成本', value: '1500', unit: '元/人', weight: 20 });
  await page.waitForFunction(() => document.querySelectorAll('[data-test=finding-error]').length === 0
    && !document.querySelector('[data-test=lint-panel]')?.textContent?.includes('检查中'), null, { timeout: 10000 })
    .catch(async () => assert.fail(`errors remain: ${await errorCodes(page)}`));
  assert.equal(await page.locator('[data-test=header-errors]').count(), 0);
  await screenshot(page, 'target-lint-fixed');

  // Submitting asks first, and says the submission can be taken back until someone acts on it.
  const submitOnce = async () => {
    await page.click('[data-test=submit]');
    const box = page.locator('.el-message-box');
    await box.waitFor();
    assert.match(await box.textContent(), /可以撤回/);
    await box.locator('button', { hasText: '提交' }).click();
    await page.waitForFunction(() => document.querySelector('[data-test=target-status]')?.textContent?.includes('已提交'));
  };
  await submitOnce();
  assert.equal(await page.locator('[data-test=save]').count(), 0);  // no longer editable
  // 撤回 before anyone acted: a draft again, then submitted again.
  await page.click('[data-test=withdraw]');
  await page.locator('.el-message-box button', { hasText: '撤回' }).click();
  await page.waitForFunction(() => document.querySelector('[data-test=target-status]')?.textContent?.includes('草稿'));
  await page.waitForSelector('[data-test=save]');
  await submitOnce();
  assert.equal(await page.locator('[data-test=save]').count(), 0);
  const stored = (await unit.get(`/api/v1/targets/${first}`)).body;
  assert.equal(stored.status, 'submitted');
  assert.equal(stored.indicators.length, 4);
  assert.equal(stored.indicators[3].comparator, '<=');

  // The second target goes through the API up to the office.
  const made = (await unit.post('/api/v1/targets', { kind: 'project', project_id: p2.id, ...GOOD })).body;
  second = made.id;
  await unit.post(`/api/v1/targets/${second}/submit`, { version: made.version });
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the department finds it under its to-do, asks for an opinion on a return, and passes it', async () => {
  assert.ok(first, 'the first test made a target');
  const page = await app.page();
  await login(page, app.base, 'demo_department');
  const todo = page.locator('[data-test=todo-item][data-kind=department_targets]');
  await todo.waitFor();
  assert.match(await todo.textContent(), /绩效目标待部门审核/);
  await todo.click();
  await page.waitForURL((u) => u.pathname === '/targets/review');
  await page.waitForSelector('[data-test=tab-department]');
  assert.match(await page.textContent('[data-test=tab-department]'), /待部门审核/);
  await page.fill('input[data-test=queue-q]', firstName);
  await page.click('[data-test=queue-search]');
  await page.waitForSelector(`[data-test=review-queue] a[href="/targets/${first}/review"]`);
  // Only what waits for the department: submitted targets of its units.
  assert.ok(await page.locator('[data-test=review-queue] .el-tag').allTextContents()
    .then((tags) => tags.length > 0 && tags.every((t) => t.trim() === '已提交')));
  await screenshot(page, 'target-department-queue');
  await page.click(`[data-test=review-queue] a[href="/targets/${first}/review"]`);
  await page.waitForSelector('[data-test=score-sheet]');
  // A return without an opinion is held back; the unit needs to know what to change.
  await page.click('[data-test=decide-return]');
  await page.waitForSelector('[data-test=score-sheet] .err');
  assert.match(await page.textContent('[data-test=score-sheet]'), /退回时请写明需要修改的内容/);
  assert.match(await page.textContent('[data-test=target-status]'), /已提交/);
  await page.fill('[data-test=review-comment]', '经部门审核，同意报送财政');
  await page.click('[data-test=decide-pass]');
  await page.waitForFunction(() => document.querySelector('[data-test=target-status]')?.textContent?.includes('部门已审核'));
  await screenshot(page, 'target-department-passed');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();

  const department = await loggedIn(app.base, 'demo_department');
  const d2 = (await department.get(`/api/v1/targets/${second}`)).body;
  assert.equal((await department.post(`/api/v1/targets/${second}/review`, { version: d2.version, decision: 'pass' })).status, 200);
});

test('the section passes it; the office scores it under the pass mark and it gets no money', async () => {
  assert.ok(first, 'the first test made a target');
  const page = await app.page();
  await login(page, app.base, 'demo_section');
  await page.goto(app.base + '/targets/review');
  await page.fill('input[data-test=queue-q]', firstName);
  await page.click('[data-test=queue-search]');
  await page.waitForSelector(`[data-test=review-queue] a[href="/targets/${first}/review"]`);
  await page.click(`[data-test=review-queue] a[href="/targets/${first}/review"]`);
  await page.waitForSelector('[data-test=score-sheet]');
  await page.fill('[data-test=review-comment]', '指标完整，同意报绩效科审核');
  await page.click('[data-test=decide-pass]');
  await page.waitForFunction(() => document.querySelector('[data-test=target-status]')?.textContent?.includes('科室已初审'));
  await page.context().close();

  const section = await loggedIn(app.base, 'demo_section');
  const s2 = (await section.get(`/api/v1/targets/${second}`)).body;
  assert.equal((await section.post(`/api/v1/targets/${second}/review`, { version: s2.version, decision: 'pass' })).status, 200);

  const office = await app.page();
  await login(office, app.base, 'demo_office');
  await office.goto(app.base + '/targets/review');
  await office.fill('input[data-test=queue-q]', firstName);
  await office.click('[data-test=queue-search]');
  await office.waitForSelector(`[data-test=review-queue] a[href="/targets/${first}/review"]`);
  await office.click(`[data-test=review-queue] a[href="/targets/${first}/review"]`);
  await office.waitForSelector('[data-test=score-sheet]');
  await review(office, { completeness: 12, relevance: 18, appropriateness: 15, feasibility: 14.5 });
  assert.equal(await office.textContent('[data-test=score-total]'), '59.50');
  assert.equal((await office.textContent('[data-test=score-grade]')).trim(), '差');
  assert.equal((await office.textContent('[data-test=score-pass]')).trim(), '不及格');
  assert.match(await office.textContent('[data-test=below-pass]'), /低于及格线，将不予安排资金/);
  await screenshot(office, 'target-review-fail');
  await office.click('[data-test=decide-approve]');
  await office.click('.el-message-box button:has-text("确认提交")');
  await office.waitForSelector('[data-test=not-funded]');
  assert.match(await office.textContent('[data-test=target-status]'), /未通过/);
  assert.match(await office.textContent('[data-test=target-score]'), /59\.50/);

  // The second scores above the mark and is approved.
  await office.goto(`${app.base}/targets/${second}/review`);
  await office.waitForSelector('[data-test=score-sheet]');
  await review(office, { completeness: 18, relevance: 27, appropriateness: 22.5, feasibility: 21 });
  assert.equal(await office.textContent('[data-test=score-total]'), '88.50');
  assert.equal((await office.textContent('[data-test=score-grade]')).trim(), '良');
  assert.equal(await office.locator('[data-test=below-pass]').count(), 0);
  await office.fill('[data-test=review-comment]', '目标明确，指标可衡量');
  await office.click('[data-test=decide-approve]');
  await office.waitForFunction(() => document.querySelector('[data-test=target-status]')?.textContent?.includes('已批复'));
  assert.equal(await office.locator('[data-test=not-funded]').count(), 0);
  await screenshot(office, 'target-review-approved');

  // The list shows both outcomes.
  await office.goto(`${app.base}/targets?status=rejected&q=${encodeURIComponent(firstName)}`);
  await office.waitForSelector(`[data-test=target-table] a[href="/targets/${first}"]`);
  assert.ok(await office.locator('[data-test=target-table] [data-test=not-funded]').count() > 0);
  await screenshot(office, 'target-list');
  assert.deepEqual(office.jsErrors, []);
  await office.context().close();
});

test('the approved target exports as the national declaration table', async () => {
  assert.ok(second, 'the approved target exists');
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(`${app.base}/targets/${second}`);
  await page.waitForSelector('[data-test=indicator-table]');
  await screenshot(page, 'target-approved');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-declaration]')]);
  assert.match(download.suggestedFilename(), /绩效目标申报表\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0];
  assert.equal(ws.getCell('A1').value, '项目支出绩效目标申报表');
  assert.equal(ws.getCell('A3').value, '项目名称');
  const t = (await (await loggedIn(app.base, 'demo_office')).get(`/api/v1/targets/${second}`)).body;
  assert.equal(ws.getCell('B3').value, t.project_name);
  // The indicator block: its head, then output (three subcategories) merged in column A.
  let head = 0;
  ws.eachRow((r, n) => { if (r.getCell(1).value === '一级指标') head = n; });
  assert.ok(head > 0, 'the indicator block has its head row');
  assert.deepEqual([1, 2, 3, 4, 5].map((c) => ws.getCell(head, c).value), ['一级指标', '二级指标', '三级指标', '中期指标值', '年度指标值']);
  assert.equal(ws.getCell(head + 1, 1).value, '产出指标');
  assert.equal(ws.getCell(head + 1, 3).value, '培训人次');
  assert.equal(ws.getCell(head + 1, 5).value, '≥2000人次');
  assert.ok(ws.getCell(head + 3, 1).isMerged, 'level 1 merged over the output rows');
  assert.equal(ws.getCell(head + 3, 1).master.address, `A${head + 1}`);
  assert.equal(ws.rowCount, head + 6);
  assert.equal(ws.pageSetup.paperSize, 9);
  assert.ok(ws.getCell('A3').border?.top, 'cells have borders');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the indicator library finds an indicator by two Chinese characters', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_unit');
  await page.goto(app.base + '/library/indicators');
  await page.waitForSelector('[data-test=lib-table]');
  await page.fill('input[data-test=lib-q]', '培训');
  await page.click('[data-test=lib-search]');
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-test=lib-table] .el-table__body tr')];
    return rows.length > 0 && rows.every((r) => r.textContent.includes('培训'));
  });
  await screenshot(page, 'library-indicators');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('an author fills a draft from recommendations, the library and a case', async () => {
  const unit = await loggedIn(app.base, 'demo_unit');
  const [p] = await freeProjects(unit, year, 1);
  const draft = (await unit.post('/api/v1/targets', { kind: 'project', project_id: p.id, overall_goal: '', indicators: [] })).body;
  const page = await app.page();
  await login(page, app.base, 'demo_unit');
  await page.goto(`${app.base}/targets/${draft.id}`);
  await page.waitForSelector('[data-test=indicator-table]');

  await page.click('[data-test=open-library]');
  await page.waitForSelector('[data-test=rec-table] .el-table__body tr');
  assert.match(await page.textContent('[data-test=rec-table]'), /指标库|历史项目/);
  await page.click('[data-test=rec-table] [data-test=rec-add] >> nth=0');
  await page.waitForSelector('.jx-ind-row-0');
  await page.click('.el-tabs__item:has-text("指标库")');
  await page.fill('input[data-test=lib-q]', '满意');
  await page.click('[data-test=lib-search]');
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-test=lib-table] .el-table__body tr')];
    return rows.length > 0 && rows.every((r) => r.textContent.includes('满意'));
  });
  await page.click('[data-test=lib-table] [data-test=lib-add] >> nth=0');
  await page.waitForSelector('.jx-ind-row-1');
  assert.match(await row(page, 1).locator('input[data-test=ind-name]').inputValue(), /满意/);
  await screenshot(page, 'target-library-dialog');
  await page.click('[data-test=library-dialog] .el-dialog__footer button');

  await page.click('[data-test=open-cases]');
  await page.waitForSelector('[data-test=case-table] .el-table__body tr');
  await page.click('[data-test=case-table] .el-table__body tr >> nth=0');
  await page.waitForSelector('[data-test=case-dialog] [data-test=case-detail]');
  const caseRows = await page.locator('[data-test=case-dialog] [data-test=case-detail] .el-table__body tr').count();
  await page.click('[data-test=case-copy]');
  await page.click('.el-message-box button:has-text("复制")');
  await page.waitForSelector(`.jx-ind-row-${caseRows - 1}`);
  assert.equal(await page.locator('[data-test=indicator-table] .el-table__body tr').count(), caseRows);
  assert.notEqual(await page.inputValue('[data-test=overall-goal]'), '');
  await page.click('[data-test=save]');
  await page.waitForSelector('[data-test=dirty]', { state: 'detached' });
  const saved = (await unit.get(`/api/v1/targets/${draft.id}`)).body;
  assert.equal(saved.indicators.length, caseRows);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the office sees target statistics, the rule set and the case library', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/targets/statistics');
  await page.waitForSelector('[data-test=fig-failing]');
  assert.match(await page.textContent('[data-test=fig-failing]'), /未通过[\s\S]*[1-9]/);
  assert.match(await page.textContent('[data-test=fig-project_coverage]'), /%|—/);
  // Approved at the first submission ÷ decided, with both counts.
  assert.match(await page.textContent('[data-test=fig-first_pass_rate]'), /一次通过率（\d+\/\d+）\s*\d+\.\d{2}%/);
  // Every state has its count, the department's step (R-TR-1) between submitted and the section's.
  const states = await page.locator('.statuses .status').allTextContents();
  assert.deepEqual(states.map((t) => t.replace(/\s*\d+$/, '').trim()),
    ['草稿', '已提交', '部门已审核', '科室已初审', '已退回', '已批复', '未通过', '调整中']);
  assert.match(await page.textContent('[data-test=status-department_reviewed]'), /部门已审核\s*[1-9]/);
  await page.waitForSelector('[data-test=stat-department] .el-table__body tr');
  await page.waitForSelector('[data-test=chart-canvas] canvas');
  // The prefecture's counties, each with its own coverage; the prefecture's own departments.
  const regions = page.locator('[data-test=stat-region] .el-table__body tr');
  assert.equal(await regions.count(), 3);
  assert.match(await regions.first().textContent(), /云溪县[\s\S]*%/);
  assert.match(await page.textContent('.jx-page'), /云岭州本级部门/);
  await screenshot(page, 'target-statistics');

  // Down to one county by its name, and back up by the trail.
  await page.click('[data-test=stat-region] [data-test=region-link]:has-text("云溪县")');
  await page.waitForURL(/region_id=\d+/);
  await page.waitForSelector('[data-test=stat-trail] >> text=云溪县');
  assert.equal(await page.locator('[data-test=stat-region]').count(), 0);
  assert.match(await page.textContent('.jx-page'), /云溪县本级部门/);
  await page.waitForSelector('[data-test=stat-department] .el-table__body tr');
  await page.waitForTimeout(800); // the chart's bars move to the departments; picture them landed
  await screenshot(page, 'target-statistics-county');
  await page.click('[data-test=stat-trail] a:has-text("云岭州")');
  await page.waitForSelector('[data-test=stat-region] .el-table__body tr');
  assert.doesNotMatch(page.url(), /region_id/);

  // The review sheet's maxima are edited in a table that must add up to 100.
  await page.goto(app.base + '/rules');
  await page.waitForSelector('[data-test=rule-R-TR-2]');
  await page.click('[data-test=rule-edit-R-TR-2]');
  await page.waitForSelector('[data-test=sheet-sum]');
  const first = page.locator('[data-test=rule-dialog] [data-test^=param-sheet-completeness-max] input');
  await first.fill('25');
  await first.blur();
  assert.match(await page.textContent('[data-test=sheet-sum]'), /105\.00/);
  assert.ok(await page.locator('[data-test=rule-save]').isDisabled());
  await first.fill('20');
  await first.blur();
  await page.locator('[data-test=rule-dialog] [data-test=param-pass_mark] input').fill('65');
  await page.click('[data-test=rule-save]');
  await page.waitForSelector('[data-test=rule-R-TR-2] [data-test=rule-own]');
  assert.match(await page.textContent('[data-test=rule-R-TR-2]'), /65/);
  await page.waitForSelector('.el-overlay', { state: 'hidden' });
  await screenshot(page, 'rules');
  await page.click('[data-test=rule-restore-R-TR-2]');
  await page.click('.el-message-box button:has-text("恢复")');
  await page.waitForSelector('[data-test=rule-R-TR-2] [data-test=rule-default]');

  await page.goto(app.base + '/library/cases');
  await page.waitForSelector('[data-test=case-list] .el-table__body tr');
  await page.click('[data-test=case-list] .el-table__body tr >> nth=0');
  await page.waitForSelector('[data-test=case-drawer] [data-test=case-detail]');
  await page.waitForFunction(() => !document.querySelector('[data-test=case-detail]')?.textContent?.includes('output'));
  await page.waitForTimeout(400);  // the drawer slides in
  assert.match(await page.textContent('[data-test=case-detail]'), /产出指标/);
  await screenshot(page, 'library-cases');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the office imports its own indicators, checked row by row before anything is sent', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/library/indicators');
  await page.waitForSelector('[data-test=lib-table]');
  await page.click('[data-test=lib-import]');
  const header = '行业,一级指标,二级指标,三级指标,指标解释,计量单位,比较符,参考值,指标方向,设定依据';
  const good = '教育,产出指标,数量指标,浏览器导入研学活动场次,年度组织的研学活动场次,场,≥,12,正向,计划标准';
  const bad = '教育,产出指标,数量指标,浏览器导入研学人次,,,≥,300,,';  // no unit
  await page.setInputFiles('[data-test=library-import-file]', { name: '指标.csv', mimeType: 'text/csv', buffer: Buffer.from([header, good, bad].join('\n')) });
  await page.waitForSelector('[data-test=library-row-error]');
  assert.match(await page.textContent('[data-test=library-row-error]'), /计量单位/);
  assert.ok(await page.locator('[data-test=library-import-send]').isDisabled());
  await page.waitForTimeout(400);  // the dialog fades in
  await screenshot(page, 'library-import-errors');
  await page.setInputFiles('[data-test=library-import-file]', { name: '指标.csv', mimeType: 'text/csv',
    buffer: Buffer.from([header, good, bad.replace(',,,≥', ',,人次,≥')].join('\n')) });
  await page.waitForFunction(() => document.querySelector('[data-test=library-import-summary]')?.textContent?.includes('0 行有错误'));
  await page.click('[data-test=library-import-send]');
  await page.waitForSelector('[data-test=library-import]', { state: 'hidden' });
  await page.fill('input[data-test=lib-q]', '研学');
  await page.click('[data-test=lib-search]');
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-test=lib-table] .el-table__body')?.textContent ?? '';
    return text.includes('浏览器导入研学活动场次') && text.includes('浏览器导入研学人次');
  });
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
