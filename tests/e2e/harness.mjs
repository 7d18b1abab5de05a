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
