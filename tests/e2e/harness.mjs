// Browser tests: a real `jixiao serve` with the built web app on a fresh demo database (SQLite),
// driven through Debian's chromium by playwright-core. Screenshots go to tests/artifacts/.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, DEMO_PASSWORD } from '../api/harness.mjs';

export { DEMO_PASSWORD };
export const ROOT = new URL('../../', import.meta.url).pathname;
export const ARTIFACTS = join(ROOT, 'tests/artifacts');
const CHROMIUM = process.env.JIXIAO_CHROMIUM || '/usr/bin/chromium';

// Starts the server and a browser; call stop() in after().
export async function startApp() {
  const server = await startServer({ extraArgs: ['--web', join(ROOT, 'web/dist')] });
  // launch() gives the browser a fresh, temporary user data dir of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    server,
    browser,
    base: server.base,
    // A fresh browser context (its own cookies) with a page, in Chinese, at 1440×900.
    async page() {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
      const page = await context.newPage();
      page.setDefaultTimeout(15000);
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.jsErrors = errors;
      return page;
    },
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}

// Logs in through the login form and waits for the home page (or the password page).
export async function login(page, base, username, password = DEMO_PASSWORD) {
  await page.goto(base + '/login');
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, name + '.png'), fullPage: true });
}

// The side menu's entries (their paths), in order.
export async function menuPaths(page) {
  await page.waitForSelector('[data-test=side-menu]');
  return page.$$eval('[data-menu]', (els) => els.map((e) => e.getAttribute('data-menu')));
}

// Switches the session's year through the year switcher in the header.
export async function toYear(page, year) {
  await page.click('[data-test=year-switcher]');
  await page.click(`.el-select-dropdown__item:visible >> text=${year} 年`);
  await page.waitForFunction((y) => document.querySelector('[data-test=year-switcher]')?.textContent?.includes(String(y)), year);
}

// GET through the page's own session.
export const getJson = (page, path) => page.evaluate(async (p) => (await fetch(p)).json(), path);

// fen → 万元 text to type, exact (integers only).
export const wanText = (fen) => `${Math.floor(fen / 1_000_000)}.${String(fen % 1_000_000).padStart(6, '0')}`;

// fen → 万元 as the pages show it: two decimals rounded half up, thousands grouped (integers only).
export const wanShown = (fen) => {
  const cents = Math.floor((fen + 5000) / 10000);
  return `${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
};

// Chooses label in an element-plus select.
export async function select(page, locator, label) {
  await locator.click();
  await page.click(`.el-select-dropdown__item:visible >> text=${label}`);
  // The list closes before the next one opens (a closing list still holds its items).
  await page.waitForFunction(() => [...document.querySelectorAll('.el-select__popper')].every((p) => getComputedStyle(p).display === 'none'));
}

// A checkpoint of the year as the logged-in user sees it, by name.
export async function checkpointNamed(page, year, name) {
  const c = (await getJson(page, `/api/v1/checkpoints?year=${year}`)).items.find((x) => x.name === name);
  if (!c) throw new Error(`no checkpoint ${name} in ${year}`);
  return c;
}
