import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('the home page greets, lists the to-dos and draws the year\'s projects', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.waitForSelector('[data-test=home-greeting]');
  assert.match(await page.textContent('[data-test=home-greeting]'), /张敏.*您好|张敏.*好/);
  assert.match(await page.textContent('[data-test=home-greeting]'), /绩效管理科/);

  const todos = await page.waitForSelector('[data-test=todo-item]');
  assert.match(await page.textContent('[data-test=todo-list]'), /待办事项/);
  assert.match(await todos.textContent(), /年度/);

  await page.waitForSelector('[data-test=chart-fund-type] canvas');
  await page.waitForSelector('[data-test=chart-department] canvas');
  await page.waitForSelector('[data-test=chart-region] canvas');
  assert.match(await page.textContent('[data-test=stat-count]'), /项目数\s*[\d,]+/);
  assert.match(await page.textContent('[data-test=stat-amount]'), /(亿元|万元)/);
  // The charts have drawn something: their canvas is not blank.
  const inked = await page.$eval('[data-test=chart-department] canvas', (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n;
  });
  assert.ok(inked > 1000, `department chart drew ${inked} pixels`);
  // Tall enough for both charts (the page scrolls inside the layout, not the window).
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.waitForTimeout(1000);  // let the charts resize and finish their animations
  await screenshot(page, 'home');

  // A to-do leads where it says.
  const link = await page.$eval('[data-test=todo-item]', (e) => e.getAttribute('data-kind'));
  assert.ok(link);
  await page.click('[data-test=todo-item]');
  await page.waitForURL((u) => u.pathname !== '/home');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the home page follows the chosen year', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_department');
  await page.waitForSelector('[data-test=chart-fund-type] canvas');
  const before = await page.textContent('[data-test=stat-count]');
  await page.click('[data-test=year-switcher]');
  await page.click('.el-select-dropdown__item:visible >> text=2025 年');
  await page.waitForFunction((b) => {
    const el = document.querySelector('[data-test=stat-count]');
    return el && el.textContent !== b;
  }, before);
  assert.match(await page.textContent('[data-test=home-greeting]'), /2025 年/);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('agencies and experts see their own review assignments in place of project figures', async () => {
  for (const username of ['demo_agency', 'demo_expert']) {
    const page = await app.page();
    await login(page, app.base, username);
    await page.waitForSelector('[data-test=assigned-list] a');
    const total = Number(await page.textContent('[data-test=assigned-total]'));
    assert.ok(total > 0, `${username} has assignments in the demo`);
    assert.equal(await page.$('[data-test=stats-empty]'), null);
    assert.equal(await page.$('[data-test=chart-fund-type]'), null);
    assert.match(await page.textContent('[data-test=todo-list]'), /分配给您评审的绩效目标/);
    await page.click('[data-test=assigned-list] a');
    await page.waitForURL(/\/targets\/\d+\/review$/);
    await page.waitForSelector('[data-test=decide-advise]');
    await page.goBack();
    await page.waitForSelector('[data-test=assigned-list] a');
    if (username === 'demo_agency') await screenshot(page, 'home-agency');
    assert.deepEqual(page.jsErrors, []);
    await page.context().close();
  }
});

test('the home page and its charts stay under 1 MB of gzipped script', async () => {
  const page = await app.page();
  const scripts = new Map();
  page.on('response', async (r) => {
    if (r.url().endsWith('.js')) scripts.set(r.url(), Number(r.headers()['content-length'] || (await r.body()).length));
  });
  await login(page, app.base, 'demo_unit');
  await page.waitForSelector('[data-test=chart-fund-type] canvas');
  for (const [url, bytes] of scripts) assert.ok(bytes < 1024 * 1024, `${url} is ${bytes} bytes`);
  await page.context().close();
});
