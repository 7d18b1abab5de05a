// A key evaluation through the pages, switching users as the work passes between them: demo_office
// commissions demo_agency's agency for a subject of its plan and assigns demo_expert; the agency
// finds it under 我的委托, uploads its plan and submits it; the expert finds it under 评审任务 marked
// as waiting for its sheet and scores it; the office passes the plan; the agency's draft report is
// scored and passed with its band shown before; the final report goes in with its score sheets
// (the total computed as typed), the office accepts it, sees the score, grade and fee, and sends
// the results with a problem, whose letter and finding the page then shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot, menuPaths } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

const q = (sql) => app.server.db.query(sql);
const now = '2026-03-01T08:00:00Z';
const FREE = `WHERE region_id = 1 AND year = 2025 AND id NOT IN (SELECT project_id FROM assessments)
  AND unit_id NOT IN (SELECT unit_id FROM users WHERE username IN ('demo_unit', 'demo_unit2'))
  AND unit_id NOT IN (SELECT id FROM units WHERE name LIKE '%财经%') ORDER BY amount_fen DESC, id`;

// A subject of the prefecture's plan, as the plan page puts it in.
function plan() {
  const p = q(`SELECT id || '|' || unit_id || '|' || department_id || '|' || amount_fen FROM projects ${FREE} LIMIT 1`).split('|').map(Number);
  const officeId = Number(q("SELECT id FROM users WHERE username = 'demo_office'"));
  q(`INSERT INTO key_evaluations (region_id, year, kind, name, project_id, department_id, unit_id, fund_type,
     budget_fen, due, mode, status, created_by, created_at, updated_at) VALUES (1, 2025, 'project', '页面重点评价',
     ${p[0]}, ${p[2]}, ${p[1]}, 'general', ${p[3]}, '2026-09-30', 'agency', 'planned', ${officeId}, '${now}', '${now}')`);
  return Number(q("SELECT id FROM key_evaluations WHERE name = '页面重点评价'"));
}

async function as(username) {
  const page = await app.page();
  await login(page, app.base, username);
  return page;
}
const statusOf = (page) => page.textContent('[data-test=status]');
async function waitStatus(page, label) {
  await page.waitForFunction((l) => document.querySelector('[data-test=status]')?.textContent.includes(l), label);
}
async function open(page, id) {
  await page.goto(`${app.base}/key-evaluations/${id}`);
  await page.waitForSelector('[data-test=key-evaluation-page] [data-test=status]');
}
async function upload(page, name) {
  await page.setInputFiles('[data-test=evidence-input]', { name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.7\n${name}\n`) });
  await page.waitForFunction((n) => document.querySelector('[data-test=evidence-table]')?.textContent.includes(n), name);
}
async function confirmBox(page) {
  await page.click('.el-message-box__btns .el-button--primary');
}
async function fillSheet(page, scores) {
  for (const [code, v] of Object.entries(scores)) await page.fill(`[data-test=quality-${code}]`, String(v));
  await page.click('[data-test=quality-save]');
  await page.waitForSelector('.el-message--success');
}
const codeWords = /\b(planned|commissioned|plan_review|fieldwork|report_review|revision|final_review|finalised|results_sent|project|agency|pass|rework|undefined|null|NaN)\b/;

test('from the commission to the final report, its fee and its findings, through the pages', async () => {
  const id = plan();
  const agencyName = q("SELECT a.name FROM agencies a JOIN agency_users au ON au.agency_id = a.id JOIN users u ON u.id = au.user_id WHERE u.username = 'demo_agency'");
  const office = await as('demo_office');
  const agency = await as('demo_agency');
  const expert = await as('demo_expert');

  // The office's list has it, planned; the page commissions it.
  assert.ok((await menuPaths(office)).includes('/key-evaluations'));
  await office.click('[data-menu="/key-evaluations"]');
  await office.waitForSelector('[data-test=evaluation-link]');
  const listed = await office.textContent('[data-test=evaluation-table]');
  assert.match(listed, /页面重点评价/);
  assert.match(listed, /结果已反馈/);  // the demo's evaluations of the year before
  assert.doesNotMatch(listed, codeWords);
  await screenshot(office, 'key-evaluation-list');
  await open(office, id);
  assert.match(await statusOf(office), /计划中/);
  assert.match(await office.textContent('[data-test=budget]'), /\d+\.\d{2}/);
  await office.click('[data-test=act-commission]');
  await office.click('[data-test=commission-confirm]');
  await office.waitForSelector('[data-test=commission-dialog] .el-form-item__error');
  await office.click('[data-test=commission-agency]');
  await office.click(`.el-select-dropdown__item:visible >> text=${agencyName}`);
  await office.fill('[data-test=commission-fee]', '30');
  await office.click('[data-test=commission-confirm]');
  await waitStatus(office, '已委托');
  await office.click('[data-test=expert-pick]');
  await office.click('.el-select-dropdown__item:visible >> text=吴建国');
  await office.click('[data-test=assign]');
  await office.waitForFunction(() => document.querySelector('[data-test=expert-table]')?.textContent.includes('吴建国'));
  await screenshot(office, 'key-evaluation-commissioned');

  // The agency: 我的委托, waiting for it; uploads the plan and submits it.
  await agency.reload();
  assert.ok((await menuPaths(agency)).includes('/key-evaluations/commissions'));
  await agency.click('[data-menu="/key-evaluations/commissions"]');
  await agency.waitForSelector('[data-test=evaluation-link]');
  assert.match(await agency.textContent('[data-test=evaluation-table]'), /页面重点评价/);
  assert.match(await agency.textContent('[data-test=evaluation-table]'), /剩余|已逾期/);
  await screenshot(agency, 'key-evaluation-commissions');
  await agency.click('[data-test=evaluation-link]:has-text("页面重点评价")');
  await agency.waitForSelector('[data-test=act-submit_plan]');
  await upload(agency, '评价实施方案.pdf');
  await agency.click('[data-test=act-submit_plan]');
  await confirmBox(agency);
  await waitStatus(agency, '方案评审');

  // The expert: 评审任务 marks it as waiting for its sheet; the sheet's total adds up as typed.
  // Its home page's to-do leads there.
  await expert.goto(`${app.base}/home`);
  await expert.click('[data-test=todo-item][data-kind=expert_key_evaluations]');
  await expert.waitForURL(/\/key-evaluations\/reviews\?waiting=1/);
  await expert.waitForSelector('[data-test=owed]');
  assert.ok(await expert.isChecked('[data-test=waiting] input'));
  assert.ok((await menuPaths(expert)).includes('/key-evaluations/reviews'));
  await screenshot(expert, 'key-evaluation-reviews');
  await expert.click('[data-test=evaluation-link]:has-text("页面重点评价")');
  await expert.waitForSelector('[data-test=quality-form]');
  await expert.fill('[data-test=quality-format]', '11');
  await expert.click('[data-test=quality-save]');
  await expert.waitForSelector('[data-test=quality-form] .el-form-item__error');
  await fillSheet(expert, { format: 9, completeness: 22, performance: 26, evidence: 18, language: 13 });
  assert.equal((await expert.textContent('[data-test=quality-total]')).trim(), '88.00');
  await screenshot(expert, 'key-evaluation-quality-sheet');

  // The office passes the plan, its quality shown.
  await open(office, id);
  assert.match(await office.textContent('[data-test=quality-plan]'), /88\.00/);
  await office.click('[data-test=act-close_plan_review]');
  await office.waitForSelector('[data-test=decision-info]');
  assert.match(await office.textContent('[data-test=decision-info]'), /88\.00/);
  await office.click('[data-test=decision-confirm]');
  await waitStatus(office, '评价实施');

  // The draft report, scored by the expert.
  await open(agency, id);
  await upload(agency, '评价报告初稿.pdf');
  await agency.click('[data-test=act-submit_draft]');
  await confirmBox(agency);
  await waitStatus(agency, '报告评审');
  await open(expert, id);
  await fillSheet(expert, { format: 9, completeness: 23, performance: 28, evidence: 18, language: 14 });

  // The office sees the band before it closes the review.
  await open(office, id);
  await office.click('[data-test=act-close_report_review]');
  await office.waitForSelector('[data-test=decision-info]');
  const info = await office.textContent('[data-test=decision-info]');
  assert.match(info, /92\.00/);
  assert.match(info, /90\.00～100\.00 分/);
  assert.match(info, /100\.00%/);
  assert.match(info, /修改完善/);
  await office.waitForTimeout(500);  // the dialog's opening animation
  await screenshot(office, 'key-evaluation-report-review');
  await office.click('[data-test=decision-confirm]');
  await waitStatus(office, '修改完善');

  // The final report with its score sheets, the total computed as typed; a part over its weight
  // is refused at its cell.
  await open(agency, id);
  await upload(agency, '评价报告终稿.pdf');
  await agency.click('[data-test=act-submit_final]');
  await agency.waitForSelector('[data-test=final-sheets]');
  await agency.fill('[data-test=sheet-0-evaluator]', '张评审');
  for (const [part, v] of [['decision', '20.5'], ['process', '17'], ['output', '26'], ['benefit', '25']])
    await agency.fill(`[data-test=sheet-0-${part}]`, v);
  await agency.click('[data-test=final-confirm]');
  await agency.waitForSelector('[data-test=final-sheets] .err');
  await agency.fill('[data-test=sheet-0-decision]', '18');
  assert.equal((await agency.textContent('[data-test=sheet-0-total]')).trim(), '86.00');
  await screenshot(agency, 'key-evaluation-final-sheets');
  await agency.click('[data-test=final-confirm]');
  await waitStatus(agency, '终稿审核');

  // The office accepts it: score, grade and fee.
  await open(office, id);
  await office.click('[data-test=act-review_final]');
  await office.click('[data-test=decision-confirm]');
  await waitStatus(office, '已定稿');
  await office.waitForSelector('[data-test=score-total]');
  assert.equal((await office.textContent('[data-test=score-total]')).trim(), '86.00 分');
  assert.equal((await office.textContent('[data-test=score-grade]')).trim(), '良');
  assert.equal((await office.textContent('[data-test=fee-payable]')).trim(), '30.00');
  assert.match(await office.textContent('[data-test=fee-detail]'), /R-KE-4|质量/);

  // The results: a problem, sent with the letter; the finding in the ledger.
  await office.click('[data-test=problem-add]');
  await office.fill('[data-test=problem-0-title]', '绩效目标设置不够细化');
  await office.fill('[data-test=problem-0-requirement]', '按评价报告意见细化产出和效益指标');
  await office.click('[data-test=send-results]');
  await confirmBox(office);
  await waitStatus(office, '结果已反馈');
  await office.waitForSelector('[data-test=results-letter]');
  assert.match(await office.textContent('[data-test=results-letter]'), /财绩评〔\d{4}〕\d+号/);
  assert.match(await office.textContent('[data-test=results-problems]'), /绩效目标设置不够细化[\s\S]*待整改/);
  await office.waitForFunction(() => document.querySelector('[data-test=history]')?.textContent.includes('反馈评价结果'));
  const pageText = await office.textContent('[data-test=key-evaluation-page]');
  assert.doesNotMatch(pageText, codeWords);
  assert.match(pageText, /委托第三方机构/);
  assert.match(pageText, /方案评审结论：通过/);
  await screenshot(office, 'key-evaluation-results');
  const letter = await office.getAttribute('[data-test=results-letter]', 'href');
  assert.match(letter, /^\/documents\/\d+$/);

  for (const p of [office, agency, expert]) {
    assert.deepEqual(p.jsErrors, []);
    await p.close();
  }
});

test("the demo's evaluation with its results, read by the office, the agency and the evaluated unit", async () => {
  const id = Number(q("SELECT id FROM key_evaluations WHERE status = 'results_sent' ORDER BY id LIMIT 1"));
  for (const username of ['demo_office', 'demo_agency', 'demo_unit', 'demo_viewer']) {
    const page = await as(username);
    await open(page, id);
    await page.waitForSelector('[data-test=results-letter]');
    await page.waitForFunction(() => document.querySelector('[data-test=history]'));
    const text = await page.textContent('[data-test=key-evaluation-page]');
    assert.match(text, /结果已反馈/);
    assert.doesNotMatch(text, codeWords);
    // The quality review and the fee are finance's and the agency's, not the evaluated party's.
    const party = username === 'demo_unit';
    // The fee loads after the score: wait for it where it is shown.
    if (!party) await page.waitForSelector('[data-test=fee]');
    assert.equal(await page.locator('[data-test=fee]').count(), party ? 0 : 1, username);
    assert.equal(await page.locator('[data-test=quality]').count(), party ? 0 : 1, username);
    if (!party) assert.match(await page.textContent('[data-test=quality-report]'), /质量得分/);
    await page.waitForSelector('[data-test=score-total]');
    await screenshot(page, `key-evaluation-demo-${username}`);
    assert.deepEqual(page.jsErrors, [], username);
    await page.close();
  }
  // The unit finds it in its own list (被评价项目), without the agency's fee or quality.
  const unit = await as('demo_unit');
  await unit.click('[data-menu="/key-evaluations/evaluated"]');
  await unit.waitForSelector('[data-test=evaluation-table] .el-table__row');
  const list = await unit.textContent('[data-test=evaluation-table]');
  assert.match(list, /2025年教学仪器设备购置[\s\S]*结果已反馈/);
  assert.doesNotMatch(list, /合同费用|报告质量|应付费用/);
  await screenshot(unit, 'key-evaluation-evaluated-unit');
  assert.deepEqual(unit.jsErrors, []);
  await unit.close();
});

test('a conflicted agency is refused in the commission dialog with its reason', async () => {
  // demo_agency's account scored the project's ex-ante assessment (R-KE-3).
  const p = q(`SELECT a.project_id FROM assessment_scorers s JOIN assessments a ON a.id = s.assessment_id
    JOIN users u ON u.id = s.scorer_id JOIN projects pr ON pr.id = a.project_id
    WHERE u.username = 'demo_agency' AND pr.region_id = 1 ORDER BY a.project_id LIMIT 1`);
  const row = q(`SELECT unit_id || '|' || department_id || '|' || amount_fen FROM projects WHERE id = ${p}`).split('|');
  const officeId = Number(q("SELECT id FROM users WHERE username = 'demo_office'"));
  q(`INSERT INTO key_evaluations (region_id, year, kind, name, project_id, department_id, unit_id, fund_type,
     budget_fen, due, mode, status, created_by, created_at, updated_at) VALUES (1, 2025, 'project', '回避测试评价',
     ${p}, ${row[1]}, ${row[0]}, 'general', ${row[2]}, '2026-09-30', 'agency', 'planned', ${officeId}, '${now}', '${now}')`);
  const id = Number(q("SELECT id FROM key_evaluations WHERE name = '回避测试评价'"));
  const agencyName = q("SELECT a.name FROM agencies a JOIN agency_users au ON au.agency_id = a.id JOIN users u ON u.id = au.user_id WHERE u.username = 'demo_agency'");
  const office = await as('demo_office');
  await open(office, id);
  await office.click('[data-test=act-commission]');
  await office.click('[data-test=commission-agency]');
  await office.click(`.el-select-dropdown__item:visible >> text=${agencyName}`);
  await office.fill('[data-test=commission-fee]', '10');
  await office.click('[data-test=commission-confirm]');
  await office.waitForSelector('[data-test=commission-conflicts]');
  assert.match(await office.textContent('[data-test=commission-conflicts]'), /事前绩效评估/);
  assert.match(await office.textContent('[data-test=commission-dialog]'), /须回避/);
  await office.waitForTimeout(300);
  await screenshot(office, 'key-evaluation-conflict');
  assert.match(await statusOf(office), /计划中/);
  await office.close();
});
