// Lists in a browser at 1440×900: page jumps and sizes, filters that come from the URL alone (a
// menu click opens a list fresh), a year switch that reloads, names that show in full on hover,
// the header's search, the favicon and the reviewer picker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

const firstCell = (page, table) => page.textContent(`[data-test=${table}] tbody tr td:first-child`);
const activePage = async (page) => (await page.textContent('[data-test=pager] .el-pager li.is-active')).trim();

test('the project list jumps to a page and changes its page size; every page is found', async () => {
  const page = await app.page();
  const missing = [];
  page.on('response', (r) => { if (r.status() === 404) missing.push(r.url()); });
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/projects"]');
  await page.waitForSelector('[data-test=project-table] tbody tr');
  const total = Number(await page.textContent('[data-test=total]'));
  assert.ok(total > 500, `${total}`);
  const first = await firstCell(page, 'project-table');
  // Jump to page 12 by typing it.
  await page.fill('[data-test=pager] .el-pagination__jump input', '12');
  await page.press('[data-test=pager] .el-pagination__jump input', 'Enter');
  await page.waitForFunction(() => document.querySelector('[data-test=pager] .el-pager li.is-active')?.textContent.trim() === '12');
  const twelfth = await firstCell(page, 'project-table');
  assert.notEqual(twelfth, first);
  // Page 13 by 下一页 (its cursor), then back to 12 (known cursor): the same rows.
  await page.click('[data-test=pager] .btn-next');
  await page.waitForFunction(() => document.querySelector('[data-test=pager] .el-pager li.is-active')?.textContent.trim() === '13');
  await page.click('[data-test=pager] .btn-prev');
  await page.waitForFunction(() => document.querySelector('[data-test=pager] .el-pager li.is-active')?.textContent.trim() === '12');
  assert.equal(await firstCell(page, 'project-table'), twelfth);
  assert.equal(Number(await page.textContent('[data-test=total]')), total);
  // 50 a page: back to page 1, with 50 rows.
  await page.click('[data-test=pager] .el-pagination__sizes');
  await page.click('.el-select-dropdown__item:visible >> text=50条/页');
  await page.waitForFunction(() => document.querySelectorAll('[data-test=project-table] tbody tr').length === 50);
  assert.equal(await activePage(page), '1');
  assert.equal(await firstCell(page, 'project-table'), first);
  await screenshot(page, 'lists-projects-paged');
  // Names and units cut off show in full on hover (a tooltip cell).
  assert.ok(await page.locator('[data-test=project-table] tbody tr:first-child td:nth-child(2) .cell.el-tooltip').count() === 1);
  assert.ok(await page.locator('[data-test=project-table] tbody tr:first-child td:nth-child(3) .cell.el-tooltip').count() === 1);
  assert.deepEqual(missing, [], 'no request is answered 404 (the favicon among them)');
});

test('a menu click opens the list fresh: no filter kept from a link or from before', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_unit');
  await page.click('[data-menu="/projects"]');
  await page.waitForSelector('[data-test=project-table] tbody tr');
  const all = Number(await page.textContent('[data-test=total]'));
  assert.ok(all > 0);
  // A filter that matches nothing, applied.
  await page.fill('[data-test=filter-q]', '不存在的项目名称');
  await page.click('[data-test=search]');
  await page.waitForSelector('[data-test=total] >> text=0');
  assert.match(page.url(), /q=/);
  // Home, then the menu entry: the whole list again.
  await page.click('[data-menu="/home"]');
  await page.waitForSelector('[data-test=home-greeting]');
  await page.click('[data-menu="/projects"]');
  await page.waitForSelector(`[data-test=total] >> text=${all}`);
  assert.equal(await page.inputValue('[data-test=filter-q]'), '');
  // A link naming a filter, then the menu entry while the list is open: the link's filter goes.
  await page.goto(app.base + '/projects?status=draft');
  await page.waitForSelector('[data-test=project-table]');
  await page.waitForFunction(() => document.querySelector('[data-test=total]')?.textContent !== '');
  const drafts = Number(await page.textContent('[data-test=total]'));
  assert.ok(drafts < all, `${drafts} drafts of ${all}`);
  await page.click('[data-menu="/projects"]');
  await page.waitForSelector(`[data-test=total] >> text=${all}`);
  assert.equal(new URL(page.url()).search, '');
});

test('the libraries, the review queue and the users keep their filters in the URL, and a menu click clears them', async () => {
  const cases = [
    ['demo_office', '/library/indicators', '[data-test=lib-q]', '[data-test=lib-search]', '[data-test=lib-total]'],
    ['demo_office', '/library/cases', '[data-test=case-q]', null, null],
    ['demo_section', '/targets/review', '[data-test=queue-q]', '[data-test=queue-search]', '[data-test=queue-total]'],
    ['demo_admin', '/org/users', '[data-test=user-search]', '[data-test=user-search-button]', null],
  ];
  for (const [user, path, box, button, total] of cases) {
    const page = await app.page();
    await login(page, app.base, user);
    await page.click(`[data-menu="${path}"]`);
    await page.waitForSelector(box);
    await page.fill(box, '不存在的名称');
    if (button) await page.click(button);
    else await page.press(box, 'Enter');
    await page.waitForFunction(() => location.search.includes('q='));
    if (total) await page.waitForSelector(`${total} >> text=0`);
    // Reloading the address keeps the filter; the menu entry clears it.
    await page.reload();
    await page.waitForSelector(box);
    assert.equal(await page.inputValue(box), '不存在的名称', path);
    await page.click(`[data-menu="${path}"]`);
    await page.waitForFunction(() => location.search === '');
    assert.equal(await page.inputValue(box), '', path);
    assert.deepEqual(page.jsErrors, [], path);
    await page.context().close();
  }
});

test('changing the year in the header reloads the open list for that year', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/projects"]');
  await page.waitForSelector('[data-test=project-table] tbody tr');
  const before = await page.textContent('[data-test=totals]');
  const year = Number(/(\d{4}) 年度/.exec(before)[1]);
  await page.click('[data-test=year-switcher]');
  const other = page.locator('.el-select-dropdown__item:visible').filter({ hasNotText: String(year) }).first();
  const otherYear = Number(/\d{4}/.exec(await other.textContent())[0]);
  await other.click();
  await page.waitForSelector(`[data-test=totals] >> text=${otherYear} 年度`);
  const asked = Number(await page.textContent('[data-test=total]'));
  const api = await page.evaluate(async (y) => (await (await fetch(`/api/v1/projects?year=${y}&limit=1`)).json()).total, otherYear);
  assert.equal(asked, api);
});

test('the review queue and the libraries are paged, not grown, and stay within the screen', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  for (const [path, table] of [['/library/indicators', 'lib-table'], ['/targets/review', 'review-queue'], ['/library/cases', null]]) {
    await page.click(`[data-menu="${path}"]`);
    await page.waitForSelector('[data-test=pager] .el-pagination');
    assert.equal(await page.locator('text=加载更多').count(), 0, path);
    if (table) await page.waitForSelector(`[data-test=${table}] tbody tr`).catch(() => {});
    const height = await page.evaluate(() => document.querySelector('.main')?.scrollHeight ?? 0);
    assert.ok(height < 2000, `${path} is ${height}px tall`);
  }
  await page.click('[data-menu="/org/units"]');
  await page.waitForSelector('[data-test=unit-tree] tbody tr');
  assert.equal(await page.locator('text=加载更多').count(), 0);
  await screenshot(page, 'lists-units-paged');
});

test('the header search finds a project by code and a unit by name, and opens them', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  const year = /\d{4}/.exec(await page.textContent('[data-test=year-switcher]'))[0];
  const project = await page.evaluate(async (y) =>
    (await (await fetch(`/api/v1/projects?year=${y}&limit=1`)).json()).items[0], year);
  // The box keeps its width in the header, and the names beside it stay on one line.
  assert.ok((await page.locator('.global-search').boundingBox()).width <= 320);
  for (const part of ['[data-test=user-menu]', '[data-test=scope]', '.header .el-breadcrumb']) {
    assert.ok((await page.locator(part).boundingBox()).height < 30, `${part} wraps`);
  }
  await page.fill('[data-test=global-search]', project.code);
  await page.waitForSelector('[data-test=search-result][data-kind=project]');
  await screenshot(page, 'lists-global-search');
  await page.click('[data-test=search-result][data-kind=project]');
  await page.waitForURL(`**/projects/${project.id}`);
  await page.fill('[data-test=global-search]', '第一中学');
  await page.click('[data-test=search-result][data-kind=unit]');
  await page.waitForURL(/\/org\/units\?q=/);
  await page.waitForSelector('[data-test=unit-results] tbody tr >> text=第一中学');
});

test('a unit searching finds nothing of another unit', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_unit2');
  await page.fill('[data-test=global-search]', '第一中学');
  await page.waitForSelector('.global-search-popper >> text=没有找到');
  assert.equal(await page.locator('[data-test=search-result]').count(), 0);
});

test('the reviewer picker shows each role once', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/targets"]');
  await page.waitForSelector('[data-test=target-table] tbody tr');
  await page.click('[data-test=target-table] tbody tr:first-child .el-checkbox');
  await page.click('[data-test=new-batch]');
  await page.click('[data-test=batch-reviewer]');
  await page.waitForSelector('[data-test=reviewer-option]');
  const options = await page.$$eval('[data-test=reviewer-option]', (els) => els.map((e) => e.textContent.trim()));
  assert.ok(options.length >= 2, options.join());
  for (const o of options) {
    for (const role of ['评审专家', '第三方机构']) assert.ok(o.split(role).length <= 2, `${o} names ${role} twice`);
  }
});
