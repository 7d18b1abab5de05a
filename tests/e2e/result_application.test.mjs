// 结果应用 in the browser: the office confirms a budget action, changes another to a 20 % cut with
// its reason, sees the breaches of confirmed limits, and a breached project's page says it may
// not enter the budget (R-RA-2, R-BG-1).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
  // Two of the prefecture's 2025 caps waiting again for the office.
  app.server.db.query(`UPDATE budget_actions SET status = 'proposed', decided_by = NULL, decided_at = NULL
    WHERE id IN (SELECT id FROM budget_actions WHERE year = 2025 AND status = 'confirmed' AND kind = 'cap'
      AND region_id = (SELECT region_id FROM users WHERE username = 'demo_office') ORDER BY id LIMIT 2)`);
});
after(async () => { await app?.stop(); });

test('the office confirms one action and changes another with its reason', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/result-application/actions"]');
  await page.waitForSelector('[data-test=action-summary]');
  await page.click('[data-test=filter-status]');
  await page.click('.el-select-dropdown__item:visible >> text=待确认');
  // The counties' own wait for their offices: the office acts on its two, listed first.
  const proposed = Number(app.server.db.query(`SELECT COUNT(*) FROM budget_actions WHERE year = 2025 AND status = 'proposed'`));
  await page.waitForFunction((n) => document.querySelector('[data-test=total]')?.textContent === String(n), proposed);
  assert.equal(await page.locator('[data-test=confirm]').count(), 2);
  assert.equal(await page.locator('[data-test=bulk-confirm]').count(), 1);
  assert.match(await page.textContent('[data-test=action-table] [data-test=grade] >> nth=0'), /^[良中]$/);
  assert.match(await page.textContent('[data-test=action-table] [data-test=kind] >> nth=0'), /不得高于上年/);
  await screenshot(page, 'result-application-proposed');
  await page.click('[data-test=confirm] >> nth=0');
  await page.waitForSelector('.el-message--success >> text=已确认');
  await page.waitForFunction((n) => document.querySelector('[data-test=total]')?.textContent === String(n), proposed - 1);

  await page.click('[data-test=change] >> nth=0');
  await page.waitForSelector('[data-test=step-dialog]');
  await page.click('[data-test=dialog-kind]');
  await page.click('.el-select-dropdown__item:visible >> text=按比例压减');
  await page.click('[data-test=dialog-save]');
  await page.waitForSelector('.el-message--warning >> text=请说明理由');
  await page.fill('[data-test=dialog-reason]', '项目下年度实施内容减少，按评价结果压减 20%。');
  await screenshot(page, 'result-application-change');
  await page.click('[data-test=dialog-save]');
  await page.waitForSelector('.el-message--success >> text=已调整后确认');
  await page.waitForFunction((n) => document.querySelector('[data-test=total]')?.textContent === String(n), proposed - 2);
  await page.click('[data-test=filter-status]');
  await page.click('.el-select-dropdown__item:visible >> text=已调整');
  await page.waitForSelector('[data-test=reason] >> text=按评价结果压减 20%');
  assert.match(await page.textContent('[data-test=action-table]'), /按比例压减 20\.00%/);
  await screenshot(page, 'result-application-changed');
  // The demo linked the next year's projects by unit and name: nothing left to suggest.
  await page.click('[data-test=open-links]');
  await page.waitForSelector('[data-test=link-dialog] >> text=没有待关联的项目');
  await screenshot(page, 'result-application-links');
  await page.keyboard.press('Escape');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('a unit reads its budget actions with no box, batch button or column of steps it cannot take', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_unit');
  await page.goto(app.base + '/result-application/actions');
  await page.waitForSelector('[data-test=action-table] [data-test=status]');
  assert.ok(Number(await page.textContent('[data-test=total]')) > 0);
  assert.equal(await page.locator('[data-test=bulk-confirm]').count(), 0);
  assert.equal(await page.locator('[data-test=action-table] .el-table-column--selection').count(), 0);
  assert.equal(await page.locator('[data-test=action-table] th', { hasText: '操作' }).count(), 0);
  await screenshot(page, 'result-actions-unit');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the office sees the breaches, and a breached project may not enter the budget', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/result-application/breaches"]');
  await page.waitForSelector('[data-test=breach]');
  const rows = await page.locator('[data-test=action-table] [data-test=breach]').count();
  assert.ok(rows > 0);
  await screenshot(page, 'result-application-breaches');
  const acted = Number(app.server.db.query(`SELECT MIN(acted_project_id) FROM budget_actions
    WHERE source = 'assessment' AND kind = 'cancel' AND status = 'confirmed'`));
  assert.ok(acted > 0);
  await page.goto(`${app.base}/projects/${acted}`);
  await page.waitForSelector('[data-test=result-card]');
  assert.match(await page.textContent('[data-test=result-breach]'), /不能批复入预算/);
  await page.waitForSelector('[data-test=gate-result_application]');
  assert.match(await page.textContent('[data-test=gate-result_application]'), /评价结果应用/);
  await screenshot(page, 'result-application-project');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the what-if moves more money under harsher bands and saves nothing', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/result-application/what-if"]');
  await page.waitForSelector('[data-test=whatif-table]');
  const before = await page.textContent('[data-test=whatif-moved]');
  await page.click('[data-test=band-good]');
  await page.click('.el-select-dropdown__item:visible >> text=取消');
  await page.click('[data-test=whatif-run]');
  await page.waitForFunction((b) => document.querySelector('[data-test=whatif-moved]')?.textContent !== b, before);
  await screenshot(page, 'result-application-what-if');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the office names by hand the project a continuing project carries on from', async () => {
  const region = `(SELECT region_id FROM users WHERE username = 'demo_office')`;
  const id = Number(app.server.db.query(`SELECT MIN(p.id) FROM projects p WHERE p.year = 2026 AND p.category = 'continuing'
    AND p.region_id = ${region} AND NOT EXISTS (SELECT 1 FROM project_links l WHERE l.project_id = p.id)`));
  const before = String(app.server.db.query(`SELECT MIN(name) FROM projects WHERE year = 2025 AND region_id = ${region}
    AND name NOT LIKE '2025年%'`));
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(`${app.base}/projects/${id}`);
  await page.waitForSelector('[data-test=predecessor] >> text=尚未关联');
  await page.click('[data-test=predecessor-edit]');
  await page.waitForSelector('[data-test=predecessor-dialog]');
  await page.fill('[data-test=predecessor-select] input', before);
  await page.click(`.predecessor-popper .el-select-dropdown__item >> text=${before} >> nth=0`);
  await screenshot(page, 'result-application-predecessor');
  await page.click('[data-test=predecessor-save]');
  await page.waitForSelector('.el-message--success >> text=已指定上年项目');
  await page.waitForSelector('[data-test=predecessor] >> text=人工指定');
  const named = String(app.server.db.query(`SELECT p.name FROM project_links l JOIN projects p ON p.id = l.predecessor_id
    WHERE l.project_id = ${id} AND l.how = 'hand' AND p.year = 2025`));
  assert.ok(named.includes(before), named);
  assert.match(await page.textContent('[data-test=predecessor]'), new RegExp(`2025 年 ${named}`));
  await screenshot(page, 'result-application-predecessor-linked');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
