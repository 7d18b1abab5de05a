import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('the admin creates a service account, issues a token seen once, and revokes it', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_admin');
  await page.goto(app.base + '/org/service-accounts');
  // The demo's 预算一体化接口 with its token in force and one revoked.
  await page.waitForSelector('text=预算一体化接口');
  assert.match(await page.textContent('.jx-page'), /预算执行数据推送[\s\S]*有效/);

  await page.click('[data-test=add-service-account]');
  await page.fill('[data-test=account-dialog] input[name=display_name]', '省数据平台');
  await page.fill('[data-test=account-dialog] input[name=username]', 'e2e_platform');
  await page.click('[data-test=account-save]');
  const card = page.locator('.account', { hasText: '省数据平台' });
  await card.waitFor();
  assert.match(await card.textContent(), /接口账号[\s\S]*绩效管理科[\s\S]*尚未签发令牌/);

  await card.locator('[data-test=issue-token]').click();
  await page.fill('[data-test=issue-dialog] input[name=name]', '统计数据拉取');
  await page.click('[data-test=token-routes]');
  // Each route by its summary, its method and path beside it.
  await page.keyboard.type('项目列表');
  const option = page.locator('.el-select-dropdown__item:visible', { hasText: 'GET /api/v1/projects' })
    .filter({ has: page.locator('text="项目列表"') });
  await option.first().click();
  // Closes the list (a closing list still holds its items).
  await page.click('[data-test=issue-dialog] .el-dialog__title');
  await page.waitForFunction(() => [...document.querySelectorAll('.el-select__popper')].every((p) => getComputedStyle(p).display === 'none'));
  await screenshot(page, 'api-tokens-issue');
  await page.click('[data-test=token-save]');
  await page.waitForSelector('[data-test=token-secret]');
  const secret = (await page.textContent('[data-test=token-secret]')).trim();
  assert.match(secret, /^jxt_[0-9a-f]{48}$/);
  assert.match(await page.textContent('[data-test=token-warning]'), /只显示这一次/);
  await screenshot(page, 'api-tokens-secret');
  await page.click('[data-test=token-dialog-close]');
  // Never shown again: not on the page, whatever it lists.
  await card.locator('text=统计数据拉取').waitFor();
  assert.ok(!(await page.content()).includes(secret.slice(4)));
  assert.match(await card.textContent(), /1 个接口[\s\S]*有效[\s\S]*从未使用/);

  // The token works from outside the browser, and its use shows on the page.
  const used = await fetch(app.base + '/api/v1/projects?year=2026&limit=1', { headers: { authorization: `Bearer ${secret}` } });
  assert.equal(used.status, 200);
  await page.reload();
  await card.locator('[data-test=token-last-used]').waitFor();
  await screenshot(page, 'api-tokens-list');

  await card.locator('[data-test=token-revoke]').click();
  await page.click('.el-message-box__btns button:has-text("吊销")');
  await card.locator('[data-test=token-status]:has-text("已吊销")').waitFor();
  const refused = await fetch(app.base + '/api/v1/projects?year=2026&limit=1', { headers: { authorization: `Bearer ${secret}` } });
  assert.equal(refused.status, 401);
  await screenshot(page, 'api-tokens-revoked');
  assert.deepEqual(page.jsErrors, []);
});
