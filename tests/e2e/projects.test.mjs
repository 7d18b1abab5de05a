// The project pages in a browser: data scope on the detail page, the form's field errors,
// import with row checks, and the list's filter and export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { startApp, login, screenshot } from './harness.mjs';
import { loggedIn } from '../api/harness.mjs';

let app;
let tmp;
before(async () => {
  app = await startApp();
  tmp = mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
});
after(async () => {
  await app?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = ['项目编码', '项目名称', '单位编码', '年度', '资金类型', '金额（万元）', '支出功能分类', '项目类别', '项目标签'];

async function sessionYear(page) {
  const text = await page.textContent('[data-test=year-switcher]').catch(() => '');
  return Number(/\d{4}/.exec(text)?.[0]) || new Date().getFullYear();
}

async function xlsxBuffer(rows) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// The text of the error shown under the form item that holds the given control.
function fieldError(page, control) {
  return page.locator(`.el-form-item:has([data-test=${control}]) .el-form-item__error`);
}

test("a unit's user cannot open another unit's project by its address", async () => {
  const owner = await loggedIn(app.base, 'demo_unit');
  const res = await owner.get('/api/v1/projects?limit=1');
  assert.equal(res.status, 200);
  const project = res.body.items[0];
  assert.ok(project, 'demo_unit has projects');

  const page = await app.page();
  await login(page, app.base, 'demo_unit2');
  await page.goto(`${app.base}/projects/${project.id}`);
  await page.waitForSelector('[data-test=not-found]');
  assert.match(await page.textContent('[data-test=not-found]'), /项目不存在或无权访问/);
  assert.equal(await page.locator('[data-test=project-fields]').count(), 0);
  // The edit page says the same.
  await page.goto(`${app.base}/projects/${project.id}/edit`);
  await page.waitForSelector('[data-test=not-found]');
  assert.match(await page.textContent('[data-test=not-found]'), /项目不存在或无权访问/);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('creating a project shows field errors next to their fields, then finds it in the list', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_unit');
  const year = await sessionYear(page);
  const owner = await loggedIn(app.base, 'demo_unit');
  const existing = (await owner.get(`/api/v1/projects?year=${year}&limit=1`)).body.items[0];
  assert.ok(existing, `demo_unit has projects in ${year}`);
  await page.goto(app.base + '/projects/new');
  await page.waitForSelector('[data-test=project-form]');
  // A unit's user files projects for its own unit: the picker is preset.
  assert.match(await page.textContent('.el-form-item:has([data-test=unit-picker])'), /州第一中学/);

  const name = '浏览器测试新增项目';
  await page.fill('[data-test=f-code]', existing.code);  // taken: the server says so
  await page.fill('[data-test=f-name]', name);
  await page.fill('[data-test=f-function]', '2050201');
  await page.fill('[data-test=f-amount]', '12.345');
  await page.click('[data-test=save]');
  await fieldError(page, 'f-amount').waitFor();
  assert.match(await fieldError(page, 'f-amount').textContent(), /最多保留两位小数/);
  await page.fill('[data-test=f-amount]', '-1');
  await page.press('[data-test=f-amount]', 'Enter');  // Enter submits
  await page.waitForFunction(() => /不能为负数/.test(document.querySelector('.el-form-item:has([data-test=f-amount]) .el-form-item__error')?.textContent ?? ''));

  await page.fill('[data-test=f-amount]', '12.34');
  await page.click('[data-test=save]');
  // The duplicate code comes back from the server as a field error on 项目编码.
  await fieldError(page, 'f-code').waitFor();
  assert.match(await fieldError(page, 'f-code').textContent(), /相同编码/);
  await fieldError(page, 'f-amount').waitFor({ state: 'detached' });  // the amount is fine now

  await page.fill('[data-test=f-code]', 'E2E-NEW-001');
  await page.click('[data-test=save]');
  await page.waitForURL(/\/projects\/\d+$/);
  await page.waitForSelector('[data-test=project-fields]');
  assert.equal(await page.textContent('[data-test=project-name]'), name);
  assert.equal((await page.textContent('[data-test=amount]')).trim(), '12.34');
  const id = page.url().split('/').pop();

  // Evidence: upload a PDF, see it listed. The bar follows the bytes sent: it starts at 0% and
  // says when all are out and the server is saving them.
  await page.evaluate(() => {
    window.progressSeen = [];
    new MutationObserver(() => {
      const text = document.querySelector('[data-test=evidence-progress-text]')?.textContent;
      const bar = document.querySelector('[data-test=evidence-progress]')?.textContent;
      if (text) window.progressSeen.push(`${text.trim()} ${bar.trim()}`);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.setInputFiles('[data-test=evidence-input]', {
    name: '立项依据.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% e2e\n%%EOF\n'),
  });
  await page.waitForSelector('[data-test=evidence-table] >> text=立项依据.pdf');
  const seen = await page.evaluate(() => window.progressSeen);
  assert.ok(seen.includes('正在上传 立项依据.pdf 0%'), JSON.stringify(seen));
  assert.ok(seen.includes('已发送 立项依据.pdf，正在保存… 100%'), JSON.stringify(seen));
  assert.match(await page.textContent('[data-test=evidence-table]'), /PDF 文档/);

  // Edit the amount: the history shows the change with Chinese field names.
  await page.click('[data-test=edit]');
  await page.waitForURL(/\/edit$/);
  await page.waitForFunction(() => document.querySelector('[data-test=f-amount]')?.value === '12.34');
  await page.fill('[data-test=f-amount]', '20');
  await page.click('[data-test=save]');
  await page.waitForURL(new RegExp(`/projects/${id}$`));
  await page.waitForSelector('[data-test=history-change]');
  assert.match(await page.textContent('[data-test=history]'), /金额（万元）：12\.34 → 20\.00/);
  assert.match(await page.textContent('[data-test=history]'), /上传佐证材料/);
  assert.match(await page.textContent('[data-test=history]'), /创建/);
  await screenshot(page, 'project-detail');

  // Someone else saves first: the stale edit is refused with a clear message.
  await page.click('[data-test=edit]');
  await page.waitForFunction(() => document.querySelector('[data-test=f-amount]')?.value === '20.00');
  const current = (await owner.get(`/api/v1/projects/${id}`)).body;
  assert.equal((await owner.patch(`/api/v1/projects/${id}`, { version: current.version, name: name + '（他人修改）' })).status, 200);
  await page.fill('[data-test=f-function]', '2050202');
  await page.click('[data-test=save]');
  await page.waitForSelector('[data-test=form-alert]');
  assert.match(await page.textContent('[data-test=form-alert]'), /项目已被他人修改，请刷新后重试/);

  // The list finds it by name.
  await page.goto(app.base + '/projects');
  await page.waitForSelector('[data-test=total]');
  await page.fill('[data-test=filter-q]', name);
  await page.click('[data-test=search]');
  await page.waitForFunction(() => document.querySelector('[data-test=total]')?.textContent === '1');
  const table = await page.textContent('[data-test=project-table]');
  assert.match(table, new RegExp(name));
  assert.match(table, /20\.00/);
  assert.match(table, /E2E-NEW-001/);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('an import file is checked row by row, imported when clean, and the list exports to xlsx', async () => {
  const office = await loggedIn(app.base, 'demo_office');
  const unit = (await office.get('/api/v1/units?q=' + encodeURIComponent('州第一中学'))).body.items[0];
  assert.ok(unit, 'the demo has 州第一中学');
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/projects/import');
  await page.waitForSelector('[data-test=choose-file]');
  const year = await sessionYear(page);

  const good = [
    ['E2E-IMP-001', '导入测试项目一', unit.code, year, '一般公共预算', 100.5, '2050201', '新增项目', '转移支付、直达资金'],
    ['E2E-IMP-002', '导入测试项目二', unit.code, year, 'gov_fund', '0.01', '2120803', '延续项目', ''],
    ['E2E-IMP-003', '导入测试项目三', unit.code, year, '社会保险基金预算', '12345.67', '2090201', '经常性项目', '专项债券'],
  ];
  const withBadAmount = good.map((r) => [...r]);
  withBadAmount[1][5] = '12.345';
  await page.setInputFiles('[data-test=import-file]', { name: '项目导入.xlsx', mimeType: XLSX, buffer: await xlsxBuffer(withBadAmount) });
  await page.waitForSelector('[data-test=import-summary]');
  assert.match(await page.textContent('[data-test=import-summary]'), /共 3 行，1 行有错误/);
  const bad = page.locator('[data-test=preview] tr.bad-row');
  assert.equal(await bad.count(), 1);
  assert.match(await bad.textContent(), /^3/);  // row 3 of the file
  assert.match(await bad.textContent(), /金额（万元）：金额最多保留两位小数/);
  assert.ok(await page.isDisabled('[data-test=import]'));
  await screenshot(page, 'project-import-errors');

  // A row the browser cannot judge (an unknown unit code) comes back from the server on its row.
  const unknownUnit = good.map((r) => [...r]);
  unknownUnit[2][2] = '999999';
  await page.setInputFiles('[data-test=import-file]', { name: '项目导入.xlsx', mimeType: XLSX, buffer: await xlsxBuffer(unknownUnit) });
  await page.waitForFunction(() => /0 行有错误/.test(document.querySelector('[data-test=import-summary]')?.textContent ?? ''));
  await page.click('[data-test=import]');
  await page.waitForSelector('[data-test=server-error]');
  await page.waitForSelector('[data-test=preview] tr.bad-row');
  assert.match(await page.locator('[data-test=preview] tr.bad-row').textContent(), /^4.*单位编码：本地区没有编码为 999999 的单位/);
  assert.ok(await page.isDisabled('[data-test=import]'));

  // The corrected file goes in.
  await page.setInputFiles('[data-test=import-file]', { name: '项目导入.xlsx', mimeType: XLSX, buffer: await xlsxBuffer(good) });
  await page.waitForFunction(() => /共 3 行，0 行有错误/.test(document.querySelector('[data-test=import-summary]')?.textContent ?? ''));
  await page.evaluate(() => {
    window.progressSeen = [];
    new MutationObserver(() => {
      const text = document.querySelector('[data-test=import-progress-text]')?.textContent;
      if (text) window.progressSeen.push(text.trim());
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.click('[data-test=import]');
  await page.waitForSelector('[data-test=import-success]');
  assert.match(await page.textContent('[data-test=import-success]'), /已导入 3 个项目/);
  // The bar followed the upload, then said the server was at work.
  const seen = await page.evaluate(() => window.progressSeen);
  assert.ok(seen.includes('正在发送 3 行…'), JSON.stringify(seen));
  assert.ok(seen.includes('已发送，服务器正在检查并写入 3 行…'), JSON.stringify(seen));

  // The list, filtered to them, and its export.
  await page.click('[data-test=to-list]');
  await page.waitForURL(/\/projects$/);
  await page.waitForSelector('[data-test=total]');
  await page.waitForSelector('[data-test=project-table] tbody tr');
  await screenshot(page, 'project-list');
  await page.fill('[data-test=filter-q]', '导入测试项目');
  await page.click('[data-test=search]');
  await page.waitForFunction(() => document.querySelector('[data-test=total]')?.textContent === '3');
  assert.equal(await page.textContent('[data-test=total-amount]'), '12,446.18');
  // Sorted by amount, largest first, on the server.
  await page.click('[data-test=project-table] th:has-text("金额（万元）") .sort-caret.descending');
  await page.waitForFunction(() => document.querySelector('[data-test=project-table] tbody tr td:nth-child(2)')?.textContent?.includes('导入测试项目三'));
  const money = await page.$$eval('[data-test=project-table] tbody tr td:nth-child(5)', (tds) => tds.map((t) => t.textContent.trim()));
  assert.deepEqual(money, ['12,345.67', '100.50', '0.01']);
  await screenshot(page, 'project-list-filtered');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export]')]);
  assert.equal(download.suggestedFilename(), `项目列表-${year}.xlsx`);
  const file = join(tmp, 'export.xlsx');
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  assert.deepEqual(ws.getRow(1).values.slice(1),
    ['项目编码', '项目名称', '单位', '资金类型', '金额（万元）', '项目类别', '项目标签', '项目状态', '更新时间']);
  assert.equal(ws.getRow(1).font?.bold, true);
  assert.equal(ws.rowCount, 4);
  const rows = [2, 3, 4].map((n) => ws.getRow(n).values.slice(1));
  assert.deepEqual(rows.map((r) => r[0]), ['E2E-IMP-003', 'E2E-IMP-001', 'E2E-IMP-002']);
  assert.deepEqual(rows.map((r) => r[4]), [12345.67, 100.5, 0.01]);
  assert.deepEqual(rows.map((r) => r[3]), ['社会保险基金预算', '一般公共预算', '政府性基金预算']);
  assert.deepEqual(rows.map((r) => r[6]), ['专项债券', '转移支付、直达资金', '']);
  assert.equal(ws.getRow(2).getCell(5).numFmt, '0.00');
  assert.equal(rows[0][2], unit.name);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('a viewer reads but cannot change; a long export can be cancelled', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_viewer');
  await page.goto(app.base + '/projects');
  await page.waitForSelector('[data-test=project-table] tbody tr');
  assert.equal(await page.locator('[data-test=new]').count(), 0);
  const total = Number(await page.textContent('[data-test=total]'));
  assert.ok(total > 500, `the demo year has many projects (${total})`);

  // Next and previous pages walk the keyset cursors.
  const firstCode = await page.textContent('[data-test=project-table] tbody tr td:first-child');
  await page.click('[data-test=pager] .btn-next');
  await page.waitForSelector('[data-test=pager] .el-pager li.is-active >> text=2');
  assert.notEqual(await page.textContent('[data-test=project-table] tbody tr td:first-child'), firstCode);
  // The first page's totals stay: later pages do not count them again.
  assert.equal(Number(await page.textContent('[data-test=total]')), total);
  await page.click('[data-test=pager] .btn-prev');
  await page.waitForSelector('[data-test=pager] .el-pager li.is-active >> text=1');
  assert.equal(await page.textContent('[data-test=project-table] tbody tr td:first-child'), firstCode);

  let downloaded = false;
  page.on('download', () => { downloaded = true; });
  // Each export page answers slowly, as on a county's link, so there is time to cancel.
  await page.route(/\/api\/v1\/projects\?.*limit=500/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue().catch(() => {});
  });
  await page.click('[data-test=export]');
  await page.waitForSelector('[data-test=export-progress]');
  await page.click('[data-test=export-cancel]');
  await page.waitForSelector('text=已取消导出');
  assert.equal(downloaded, false);

  await page.click('[data-test=project-table] tbody tr td:first-child a');
  await page.waitForSelector('[data-test=project-fields]');
  await page.waitForSelector('[data-test=evidence-table]');
  assert.equal(await page.locator('[data-test=edit]').count(), 0);
  assert.equal(await page.locator('[data-test=evidence-upload]').count(), 0);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
