// 年度预算绩效管理工作报告 in the browser: the office opens its report of the work year laid out
// for print, follows a figure to the rows behind it, writes a section's words with a placeholder,
// saves, downloads the Word file (its text read back from word/document.xml) and freezes the
// report, which then shows who froze it and offers no editing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, login, screenshot } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

// The stored (uncompressed) entry of a .docx, as jixiao writes them.
function zipEntry(buf, name) {
  for (let at = 0; at + 30 <= buf.length && buf.readUInt32LE(at) === 0x04034b50;) {
    const size = buf.readUInt32LE(at + 18);
    const nameLen = buf.readUInt16LE(at + 26);
    const extra = buf.readUInt16LE(at + 28);
    const data = at + 30 + nameLen + extra;
    if (buf.toString('utf8', at + 30, at + 30 + nameLen) === name) return buf.toString('utf8', data, data + size);
    at = data + size;
  }
  return null;
}

test('the office reads, follows, edits, saves, downloads and freezes its annual report', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.click('[data-menu="/annual-report"]');
  await page.waitForSelector('[data-test=ar-sheet]');
  assert.equal((await page.textContent('[data-test=ar-title]')).trim(), '云岭州2026年度预算绩效管理工作报告');
  const headings = await page.$$eval('[data-test=ar-heading]', (els) => els.map((e) => e.textContent.trim()));
  assert.ok(headings.includes('（五）绩效评价（2025年预算）'), headings.join('|'));
  // The body is 3号 (16 pt).
  assert.equal(await page.$eval('[data-test=ar-para]', (p) => getComputedStyle(p).fontSize), '21.3333px');
  await screenshot(page, 'annual-report');

  // A figure leads to the rows behind it, for its fiscal year and part.
  const figure = page.locator('[data-test=ar-figure]').first();
  const href = await figure.getAttribute('href');
  assert.match(href, /^\/annual-report\/rows\/[^?]+\?year=\d{4}&part=all$/);
  const shown = (await figure.textContent()).trim();
  await figure.click();
  await page.waitForURL((u) => u.pathname.startsWith('/annual-report/rows/'));
  // The rows page counts as many rows as the report said.
  await page.waitForFunction((n) => document.body.textContent.replace(/\s+/g, '').includes(`共${n}条`), shown);
  await screenshot(page, 'annual-report-rows');
  await page.goBack();
  await page.waitForSelector('[data-test=ar-sheet]');

  // 编辑: a section's words with a placeholder clicked in from the list.
  await page.click('[data-test=ar-edit]');
  await page.waitForSelector('[data-test=ar-editor]');
  const field = page.locator('textarea[data-test=ar-field-problems], [data-test=ar-field-problems] textarea');
  await field.click();
  await field.fill('一是部分单位绩效意识不强，本级自评');
  await field.press('End');
  const ph = page.locator('[data-test=ar-ph]', { hasText: '·个数·本级' }).first();
  const value = (await ph.locator('.ph-value').textContent()).trim();
  await ph.click();
  assert.match(await field.inputValue(), /本级自评\{\{.+·个数·本级\}\}$/);
  await screenshot(page, 'annual-report-edit');
  await page.click('[data-test=ar-save]');
  await page.waitForSelector('[data-test=ar-sheet]');
  const paras = await page.$$eval('[data-test=ar-para]', (els) => els.map((e) => e.textContent.trim()));
  assert.ok(paras.includes(`一是部分单位绩效意识不强，本级自评${value}`), paras.join('\n'));

  // 下载 Word: the same report, its figures' text in word/document.xml.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=ar-docx]')]);
  assert.equal(download.suggestedFilename(), '云岭州2026年度预算绩效管理工作报告.docx');
  const xml = zipEntry(readFileSync(await download.path()), 'word/document.xml');
  assert.ok(xml.includes('（五）绩效评价（2025年预算）'));
  assert.ok(xml.includes(`本级自评${value}`));
  assert.ok(xml.includes((await figure.textContent()).trim()));

  // 冻结, confirmed: who and when, and no more editing.
  await page.click('[data-test=ar-freeze]');
  await page.click('.el-message-box__btns .el-button--primary');
  await page.waitForSelector('[data-test=ar-frozen]');
  assert.match(await page.textContent('[data-test=ar-frozen]'), /^已于 \d{4}-\d\d-\d\d \d\d:\d\d 由 .+ 冻结$/);
  assert.equal(await page.locator('[data-test=ar-edit]').count(), 0);
  assert.equal(await page.locator('[data-test=ar-freeze]').count(), 0);
  await screenshot(page, 'annual-report-frozen');
  // Printed, the toolbar is left out and the report alone remains.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('[data-test=ar-docx]').isVisible(), false);
  assert.equal(await page.locator('[data-test=ar-sheet]').isVisible(), true);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
