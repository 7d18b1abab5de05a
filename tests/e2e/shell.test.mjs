import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, menuPaths, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

// What each role may use: the menu shows exactly this, and the router refuses the rest.
const MENUS = {
  demo_admin: ['/home', '/projects', '/projects/new', '/projects/import', '/targets', '/library/indicators', '/library/cases', '/targets/statistics', '/rules', '/org/regions', '/org/units', '/org/users', '/org/years'],
  demo_office: ['/home', '/projects', '/projects/new', '/projects/import', '/targets', '/targets/review', '/library/indicators', '/library/cases', '/targets/statistics', '/rules', '/org/regions', '/org/units', '/org/users', '/org/years'],
  demo_section: ['/home', '/projects', '/projects/new', '/projects/import', '/targets', '/targets/review', '/library/indicators', '/library/cases', '/targets/statistics', '/org/units'],
  demo_department: ['/home', '/projects', '/projects/new', '/projects/import', '/targets', '/library/indicators', '/library/cases', '/org/units'],
  demo_unit: ['/home', '/projects', '/projects/new', '/projects/import', '/targets', '/library/indicators', '/library/cases'],
  demo_agency: ['/home', '/targets/review', '/library/indicators', '/library/cases'],
  demo_expert: ['/home', '/targets/review', '/library/indicators', '/library/cases'],
  demo_viewer: ['/home', '/projects', '/targets', '/library/indicators', '/library/cases', '/targets/statistics', '/org/regions', '/org/units'],
};

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

for (const [username, expected] of Object.entries(MENUS)) {
  test(`${username} sees exactly its menu`, async () => {
    const page = await app.page();
    await login(page, app.base, username);
    assert.deepEqual(await menuPaths(page), expected);
    if (!expected.includes('/org/users')) {
      await page.goto(app.base + '/org/users');
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
