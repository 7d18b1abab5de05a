// Every demo account through every entry of its menu, as a new user would click: no page error,
// no error answer from the API, no English word on screen outside codes and names, and no entry
// that only says the role has nothing there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, menuPaths, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

const ACCOUNTS = ['demo_admin', 'demo_office', 'demo_section', 'demo_department', 'demo_unit',
  'demo_county_office', 'demo_agency', 'demo_expert', 'demo_viewer'];

// Words that are names people use as they are (file formats, 政府和社会资本合作 PPP).
const ALLOWED = new Set(['PDF', 'OFD', 'Word', 'Excel', 'PowerPoint', 'PPP', 'CSV', 'xlsx', 'csv', 'UTF']);

// Latin words of the visible text that are neither codes (which carry digits or a dash, such as
// XM2026001 or R-TR-2) nor allowed names.
export function englishWords(text) {
  const words = text.match(/[A-Za-z][A-Za-z0-9_\-.]*/g) ?? [];
  return [...new Set(words.filter((w) => !/[0-9]/.test(w) && !/^R-/.test(w) && !ALLOWED.has(w) && w.length > 1))];
}

// Texts that mean a role was sent somewhere it has nothing to do.
const DEAD_END = /不处理|无权|没有权限|不在您的管理范围/;

// Resolves once the page has had no request in flight for `quiet` ms: its data is in and drawn.
// Playwright's own networkidle waits 500 ms after the last one, which over every menu entry of
// every account was most of this file's time.
function requestsWatch(page) {
  let inFlight = 0;
  let changed = Date.now();
  const step = (d) => () => { inFlight += d; changed = Date.now(); };
  page.on('request', step(1));
  page.on('requestfinished', step(-1));
  page.on('requestfailed', step(-1));
  return async (quiet = 150, timeout = 15000) => {
    const start = Date.now();
    while (inFlight > 0 || Date.now() - changed < quiet) {
      if (Date.now() - start > timeout) throw new Error(`${inFlight} requests still in flight after ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
}

for (const account of ACCOUNTS) {
  test(`${account}: every menu entry opens cleanly, in Chinese`, async () => {
    const page = await app.page();
    const failures = [];
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/') && r.status() >= 400) failures.push(`${r.status()} ${r.request().method()} ${url.pathname}${url.search}`);
      if (!url.pathname.startsWith('/api/') && r.status() === 404) failures.push(`404 ${url.pathname}`);
    });
    const settled = requestsWatch(page);
    await login(page, app.base, account);
    const paths = await menuPaths(page);
    assert.ok(paths.length > 0, `${account} has a menu`);
    const problems = [];
    for (const path of ['/', ...paths]) {
      failures.length = 0;
      await page.goto(app.base + path);
      await settled();
      const main = await page.locator('main, .jx-main, #app').first().innerText();
      // The accounts page lists login names: the one place they are what an administrator needs.
      // The integrators' page quotes the API as it is spelt (paths, headers, fields): its readers
      // need exactly that.
      const words = path === '/org/api-docs' ? []
        : englishWords(main).filter((w) => !(path === '/org/users' && /^[a-z][a-z0-9_]*$/.test(w)));
      if (words.length) problems.push(`${path}: English words on screen: ${words.join(', ')}`);
      if (DEAD_END.test(main)) problems.push(`${path}: a dead end: ${main.match(DEAD_END)[0]}`);
      if (failures.length) problems.push(`${path}: ${failures.join('; ')}`);
      if (page.jsErrors.length) problems.push(`${path}: page errors: ${page.jsErrors.join('; ')}`);
      page.jsErrors.length = 0;
      if (problems.length) await screenshot(page, `walk-${account}-${path.replace(/\W+/g, '_')}`);
    }
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}
