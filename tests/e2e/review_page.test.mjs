// The review page at 1440×900: the indicator table fits its card, the earlier opinions are shown
// whole, the side menu marks 目标审核, and an expert's opinion is confirmed as sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

async function openFirst(page, user) {
  await login(page, app.base, user);
  await page.goto(app.base + '/targets/review');
  await page.waitForSelector('[data-test=review-link]');
  await page.click('[data-test=review-link] >> nth=0');
  await page.waitForURL(/\/targets\/\d+\/review$/);
  await page.waitForSelector('[data-test=indicator-table] .el-table__body tr');
}

// How far the table's content runs past its visible box (0 when it fits).
const overflow = (page, selector) => page.$eval(selector, (el) => {
  const body = el.querySelector('.el-table__body');
  const wrap = el.querySelector('.el-table__body-wrapper');
  return Math.max(0, Math.round(body.getBoundingClientRect().right - wrap.getBoundingClientRect().right));
});

test('a section reviewer\'s page fits at 1440 px and the menu marks 目标审核', async () => {
  const page = await app.page();
  await openFirst(page, 'demo_section');
  assert.equal(await overflow(page, '[data-test=indicator-table]'), 0);
  assert.equal((await page.textContent('.el-menu-item.is-active')).trim(), '目标审核');
  // The total line keeps 总分 whole.
  const line = await page.$eval('[data-test=score-total-line] span', (el) => el.getBoundingClientRect().height);
  assert.ok(line < 30, `总分 wraps: ${line}px`);
  await screenshot(page, 'review-section');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('an expert sends an opinion: the message confirms it, and the opinion is shown whole', async () => {
  const page = await app.page();
  await openFirst(page, 'demo_expert');
  const statusBefore = await page.textContent('[data-test=target-status]');
  for (const [key, v] of [['completeness', '18'], ['relevance', '26'], ['appropriateness', '20'], ['feasibility', '21']]) {
    await page.fill(`[data-test=score-${key}] input`, v);
    await page.press(`[data-test=score-${key}] input`, 'Tab');
  }
  const opinion = '效益指标偏少，建议补充可量化的受益人数、覆盖率等指标；时效指标请写明具体完成日期，' +
    '成本指标请列明测算依据。以上意见供绩效科审核时参考，请填报单位结合实际修改完善。';
  await page.fill('textarea[data-test=review-comment]', opinion);
  await page.click('[data-test=decide-advise]');
  const message = await page.waitForSelector('.el-message--success');
  assert.match(await message.textContent(), /评审意见已提交/);
  assert.doesNotMatch(await message.textContent(), /已提交：/);
  assert.equal(await page.textContent('[data-test=target-status]'), statusBefore);
  const shown = page.locator('[data-test=review-opinion]').last();
  assert.equal((await shown.textContent()).trim(), opinion);
  const box = await shown.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  assert.ok(box.scroll <= box.client, 'the opinion is not cut off');
  await screenshot(page, 'review-expert');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
