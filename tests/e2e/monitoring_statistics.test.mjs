// 监控统计 in a browser: the office opens the page from the menu and reads the year's latest
// checkpoint — figure cards, the chart of warnings by department, the table by department — each
// figure as the statistics route gives it; picking May shows its recovered money. The viewer
// reads the same page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

const YEAR = 2026;
const getJson = (page, path) => page.evaluate(async (p) => (await fetch(p)).json(), path);
// fen → 万元 as the pages show it: two decimals rounded half up, thousands grouped (integers only).
const wanShown = (fen) => {
  const cents = Math.floor((fen + 5000) / 10000);
  return `${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
};
const rateShown = (rate) => (rate === null ? '—' : `${rate}%`);

async function toYear(page, year) {
  await page.click('[data-test=year-switcher]');
  await page.click(`.el-select-dropdown__item:visible >> text=${year} 年`);
  await page.waitForFunction((y) => document.querySelector('[data-test=year-switcher]')?.textContent?.includes(String(y)), year);
}

test('the office reads the latest checkpoint\'s figures, chart and departments, then May\'s recovered money', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await toYear(page, YEAR);
  await page.click('[data-menu="/monitoring/statistics"]');
  await page.waitForSelector('[data-test=stat-figures] [data-test=stat-reports]');
  const st = await getJson(page, `/api/v1/monitoring/statistics?year=${YEAR}`);
  assert.equal(st.checkpoint.name, '8月末监控');
  assert.equal((await page.textContent('[data-test=stat-reports]')).trim(), String(st.total.reports));
  assert.equal((await page.textContent('[data-test=stat-warned]')).trim(), String(st.total.warned));
  assert.equal((await page.textContent('[data-test=stat-coverage]')).trim(), rateShown(st.coverage.project_rate));
  assert.equal((await page.textContent('[data-test=stat-on-time]')).trim(), rateShown(st.notices.on_time_rate));
  await page.waitForFunction(() => document.querySelector('[data-test=stat-checkpoint]')?.textContent?.includes('8月末监控'));
  await page.waitForSelector('[data-test=stat-chart] canvas');
  const rows = await page.locator('[data-test=stat-departments] .el-table__body-wrapper tr').count();
  assert.equal(rows, st.by_department.length);
  // Chinese labels only: no status or colour code shows.
  const text = await page.textContent('.jx-page');
  assert.doesNotMatch(text, /\b(pending|submitted|accepted|blue|red|none|prefecture|county)\b/);
  await screenshot(page, 'monitoring-statistics');

  // May: the money the office recovered from its red reports.
  const may = (await getJson(page, `/api/v1/checkpoints?year=${YEAR}`)).items.find((c) => c.name === '5月末监控');
  await page.click('[data-test=stat-checkpoint]');
  await page.click('.el-select-dropdown__item:visible >> text=5月末监控');
  const mayStats = await getJson(page, `/api/v1/monitoring/statistics?year=${YEAR}&checkpoint_id=${may.id}`);
  assert.ok(mayStats.recovered.recovered_fen > 0);
  await page.waitForFunction((want) => document.querySelector('[data-test=stat-recovered]')?.textContent?.trim() === want,
    wanShown(mayStats.recovered.recovered_fen));
  await page.waitForSelector('[data-test=stat-recovered-table] .el-table__body-wrapper tr');
  assert.match(page.url(), new RegExp(`checkpoint_id=${may.id}`));
  await page.locator('[data-test=stat-recovered-table]').scrollIntoViewIfNeeded();
  await screenshot(page, 'monitoring-statistics-may');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the viewer reads the same figures', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_viewer');
  await toYear(page, YEAR);
  await page.click('[data-menu="/monitoring/statistics"]');
  await page.waitForSelector('[data-test=stat-reports]');
  const st = await getJson(page, `/api/v1/monitoring/statistics?year=${YEAR}`);
  assert.equal((await page.textContent('[data-test=stat-reports]')).trim(), String(st.total.reports));
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
