// 接口文档: the office opens the integrators' page, finds a route by its use, reads its
// parameters and answer fields in Chinese, and downloads the document; a unit has no such page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, login, screenshot, menuPaths } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('the office reads the API document by part and downloads it', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  assert.ok((await menuPaths(page)).includes('/org/api-docs'));
  await page.goto(app.base + '/org/api-docs');
  await page.waitForSelector('[data-test="api-tag-项目库"]');
  const auth = await page.textContent('[data-test=api-auth]');
  assert.match(auth, /X-CSRF-Token/);
  assert.match(auth, /Bearer/);
  // The projects' part: its routes by method, path and summary.
  await page.click('[data-test="api-tag-项目库"] .el-collapse-item__header');
  const op = '[data-test="api-op-GET /api/v1/projects/{id}"]';
  await page.click(`${op} .el-collapse-item__header`);
  await page.waitForSelector(`${op} .el-table`);
  const text = await page.textContent(op);
  for (const words of ['查看项目', '对象编号', '路径', '整数', 'amount_fen', '金额，单位：分', '404 未找到', 'Bearer']) {
    assert.ok(text.includes(words), `${words} in ${text.slice(0, 300)}`);
  }
  // A search keeps the routes of that use.
  await page.fill('[data-test=api-search]', '导入');
  await page.waitForFunction(() => !document.querySelector('[data-test="api-tag-用户管理"]'));
  assert.ok(await page.$('[data-test="api-tag-绩效运行监控"]'));
  await page.fill('[data-test=api-search]', '');
  await page.waitForSelector('[data-test="api-tag-用户管理"]');
  await page.click(`${op} .el-collapse-item__header`);
  await page.click('[data-test="api-tag-项目库"] .el-collapse-item__header');
  await page.click('[data-test="api-tag-绩效运行监控"] .el-collapse-item__header');
  const evaluate = '[data-test="api-op-POST /api/v1/monitoring:evaluate"]';
  await page.click(`${evaluate} .el-collapse-item__header`);
  await page.waitForSelector(`${evaluate} .el-table`);
  await page.waitForTimeout(300);  // the panel's opening animation
  await screenshot(page, 'openapi-docs');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=api-download]')]);
  assert.equal(download.suggestedFilename(), 'openapi.json');
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(saved.openapi, '3.1.0');
  assert.ok(saved.paths['/api/v1/projects']);
  assert.deepEqual(page.jsErrors, []);

  const unit = await app.page();
  await login(unit, app.base, 'demo_unit');
  assert.ok(!(await menuPaths(unit)).includes('/org/api-docs'));
});
