import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, menuPaths, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

// Each demo account sees the menu the server serves it (tests/api/menu.test.mjs says what that
// is, role by role); a few things it must or must not see, that no serving may change unnoticed.
const ACCOUNTS = ['demo_admin', 'demo_office', 'demo_section', 'demo_department', 'demo_unit',
  'demo_agency', 'demo_expert', 'demo_viewer'];
const MUST = {
  // A target's review page lies below 目标填报 but is the reviewers'.
  demo_unit: { has: ['整改台账'], lacks: ['用户管理'], refused: ['/targets/1/review'] },
  // The findings ledger is finance's and the units': an expert has none.
  demo_expert: { has: ['目标审核'], lacks: ['项目列表', '整改台账'], refused: ['/targets/1', '/findings'] },
  demo_admin: { has: ['规则设置'] },
  // 新增项目 lies below 项目列表 but is the writers'.
  demo_viewer: { refused: ['/projects/new'] },
};
// Pages some role has in its menu: each account is refused the first of them its menu lacks.
const ELSEWHERE = ['/org/users', '/targets/review', '/projects', '/rules'];

test('the login page is small, in Chinese, and refuses a wrong password', async () => {
  const page = await app.page();
  let scriptBytes = 0;
  page.on('response', async (r) => {
    if (r.url().endsWith('.js')) scriptBytes += Number(r.headers()['content-length'] || (await r.body()).length);
  });
  await page.goto(app.base + '/login');
  await page.waitForSelector('input[name=username]');
  assert.ok(scriptBytes < 300 * 1024, `login page loads ${scriptBytes} bytes of script`);
  await page.fill('input[name=username]', 'demo_unit');
  await page.fill('input[name=password]', 'wrong-password');
  await page.press('input[name=password]', 'Enter');
  await page.waitForSelector('[data-test=login-error]');
  assert.match(await page.textContent('[data-test=login-error]'), /用户名或密码错误/);
  await screenshot(page, 'login');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

for (const username of ACCOUNTS) {
  test(`${username} sees exactly the menu it is served, and no page outside it`, async () => {
    const page = await app.page();
    await login(page, app.base, username);
    const served = await page.evaluate(async () => (await fetch('/api/v1/menu')).json());
    const expected = served.groups.flatMap((g) => g.items.map((i) => i.path));
    assert.ok(expected.includes('/home'), JSON.stringify(served));
    assert.deepEqual(await menuPaths(page), expected);
    const text = await page.textContent('[data-test=side-menu]');
    for (const title of MUST[username]?.has ?? []) assert.ok(text.includes(title), `${username} lacks ${title}`);
    for (const title of MUST[username]?.lacks ?? []) assert.ok(!text.includes(title), `${username} has ${title}`);
    if (username === 'demo_expert') await screenshot(page, 'menu-expert');
    const outside = ELSEWHERE.find((p) => !expected.includes(p));
    if (outside) {
      await page.goto(app.base + outside);
      await page.waitForSelector('text=无权访问');
    } else {
      assert.equal(username, 'demo_office');  // the one account with every entry
    }
    for (const path of MUST[username]?.refused ?? []) {
      await page.goto(app.base + path);
      await page.waitForSelector('text=无权访问');
    }
    assert.deepEqual(page.jsErrors, []);
    await page.context().close();
  });
}

test('logging out and an ended session both lead back to the login page, saying why', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-test=user-menu]');
  await page.click('text=退出登录');
  await page.waitForURL(/\/login/);
  await login(page, app.base, 'demo_office');
  await page.waitForSelector('[data-test=stat-count]');  // the home page has finished loading
  // The session ends on the server (as after 30 idle minutes): the next request says so.
  await page.context().clearCookies();
  await page.click('[data-menu="/projects"]');
  await page.waitForURL(/\/login/);
  await page.waitForSelector('text=登录已超时');
  await page.context().close();
});

test('a to-do on the home page opens the project list filtered to it', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_unit');
  const drafts = page.locator('[data-test=todo-item][data-kind=draft_projects]');
  await drafts.waitFor();
  const expected = Number(await drafts.locator('.el-badge__content').textContent());
  await drafts.click();
  await page.waitForURL(/\/projects\?status=draft/);
  await page.waitForSelector('[data-test=total]');
  assert.equal(Number(await page.textContent('[data-test=total]')), expected);
  await page.context().close();
});
