// Official documents in the browser: the office finds a letter in 发文登记; a department opens
// the 批复 of its unit's target from the target, laid out as an official letter, ready to print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, login, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('the office finds the year\'s letters in 发文登记 and opens one', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/documents"]');
  await page.waitForSelector('[data-test=register-link]');
  assert.ok(Number(await page.textContent('[data-test=register-total]')) > 0);
  const title = (await page.textContent('[data-test=register-link] >> nth=0')).trim();
  await screenshot(page, 'documents-register');
  await page.click('[data-test=register-link] >> nth=0');
  await page.waitForSelector('[data-test=official-letter]');
  assert.equal((await page.textContent('[data-test=letter-title]')).trim(), title);
  assert.equal((await page.textContent('.el-menu-item.is-active')).trim(), '发文登记');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('a department opens its unit\'s 批复 from the target, as a letter to print', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_department');
  await page.goto(app.base + '/targets?status=approved');
  await page.waitForSelector('[data-test=target-link]');
  await page.click('[data-test=target-link] >> nth=0');
  await page.waitForSelector('[data-test=document-link]');
  await page.click('[data-test=document-link] >> nth=0');
  await page.waitForSelector('[data-test=official-letter]');
  assert.match(await page.textContent('[data-test=letter-number]'), /^云岭州财绩批〔2026〕\d+号$/);
  assert.match(await page.textContent('[data-test=letter-title]'), /^关于.+绩效目标的批复$/);
  assert.match(await page.textContent('[data-test=letter-issuer]'), /云岭州财政局/);
  assert.match(await page.textContent('[data-test=letter-date]'), /^\d{4}年\d{1,2}月\d{1,2}日$/);
  assert.ok(await page.locator('[data-test=letter-attachment] tbody tr').count() > 0);
  // The letter's body is 3号 (16 pt) and its page A4 wide.
  const size = await page.$eval('[data-test=letter-paragraph]', (p) => getComputedStyle(p).fontSize);
  assert.equal(size, '21.3333px');
  // Printed, the app's frame is left out and the letter alone remains.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.aside').isVisible(), false);
  assert.equal(await page.locator('[data-test=print]').isVisible(), false);
  assert.equal(await page.locator('[data-test=official-letter]').isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  await screenshot(page, 'document-letter');
  // 下载 Word saves the same letter as a .docx named by its number.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=docx]')]);
  const number = await page.textContent('[data-test=letter-number]');
  assert.equal(download.suggestedFilename(), `${number}.docx`);
  // The breadcrumb does not lead a department to the register it may not open.
  assert.equal(await page.locator('.el-breadcrumb a', { hasText: '发文登记' }).count(), 0);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
