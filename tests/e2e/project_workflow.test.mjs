// A project's approval in the browser: the unit's form has no status, the unit declares on the
// project page, the office follows its to-do to the projects waiting for it and returns one with
// an opinion, which the unit then reads on its project.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';
import { loggedIn } from '../api/harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('a unit declares, the office returns it with an opinion, the unit reads why', async () => {
  const api = await loggedIn(app.base, 'demo_unit');
  const me = (await api.get('/api/v1/me')).body.user;
  const unit = await app.page();
  await login(unit, app.base, 'demo_unit');
  // The year the pages open on.
  const year = Number(/\d{4}/.exec(await unit.textContent('[data-test=year-switcher]'))[0]);
  // The new-project form offers no status: a new project is a draft.
  await unit.goto(`${app.base}/projects/new`);
  await unit.waitForSelector('[data-test=project-form]');
  assert.equal(await unit.locator('[data-test=f-status]').count(), 0);
  assert.doesNotMatch(await unit.textContent('[data-test=project-form]'), /项目状态/);

  const created = await api.post('/api/v1/projects', {
    year, code: 'E2EWF1', name: '浏览器流程测试：老年食堂运营补助', unit_id: me.unit_id, fund_type: 'general',
    amount_fen: 8_800_000, function_class: '2080201', category: 'new',
  });
  assert.equal(created.status, 201);
  const id = created.body.id;

  await unit.goto(`${app.base}/projects/${id}`);
  await unit.waitForSelector('[data-test=step-declare]');
  assert.equal(await unit.locator('[data-test=step-approve]').count(), 0, 'a unit is offered no approval');
  await unit.click('[data-test=step-declare]');
  await unit.click('.el-message-box__btns .el-button--primary');
  await unit.waitForFunction(() => document.querySelector('[data-test=project-fields]')?.textContent?.includes('已申报'));
  assert.equal(await unit.locator('[data-test=edit]').count(), 0, 'a declared project is not edited');
  assert.equal(await unit.locator('[data-test=step-withdraw]').count(), 1);

  const office = await app.page();
  await login(office, app.base, 'demo_office');
  await office.waitForSelector('[data-test=todo-item]');
  await office.click("[data-test=todo-item][data-kind=declared_projects]");
  await office.waitForURL(/queue=review/);
  assert.equal(await office.locator('[data-test=filter-review].is-checked').count(), 1, 'the list opens on what waits for the office');
  await office.fill('[data-test=filter-q]', '老年食堂运营补助');
  await office.press('[data-test=filter-q]', 'Enter');
  await office.waitForSelector(`text=浏览器流程测试：老年食堂运营补助`);
  await screenshot(office, 'project-review-queue');
  await office.click(`text=浏览器流程测试：老年食堂运营补助`);
  await office.waitForSelector('[data-test=step-approve]');
  await office.click('[data-test=step-return]');
  await office.fill('.el-message-box textarea', '请补充项目测算依据和绩效目标');
  await office.click('.el-message-box__btns .el-button--primary');
  await office.waitForFunction(() => document.querySelector('[data-test=project-fields]')?.textContent?.includes('已退回'));
  await office.waitForFunction(() => document.querySelector('[data-test=history]')?.textContent?.includes('退回修改'));
  assert.match(await office.textContent('[data-test=history]'), /请补充项目测算依据和绩效目标/);
  assert.doesNotMatch(await office.textContent('[data-test=history]'), /demo_|return|declare/);

  await unit.reload();
  await unit.waitForSelector('[data-test=return-opinion]');
  assert.match(await unit.textContent('[data-test=return-opinion]'), /请补充项目测算依据和绩效目标/);
  assert.equal(await unit.locator('[data-test=edit]').count(), 1, 'a returned project is edited again');
  await screenshot(unit, 'project-returned');
});
