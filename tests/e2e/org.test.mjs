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
  tmp = mkdtempSync(join(tmpdir(), 'jixiao-e2e-org-'));
});
after(async () => {
  await app?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// Clicks an export button, saves the download and reads its first sheet back:
// { filename, header: [...], rows: [[...], ...], bold }.
async function exportSheet(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-test=${button}]`)]);
  const file = join(tmp, `${button}-${Date.now()}.xlsx`);
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  const text = (v) => (v === null || v === undefined ? '' : String(v));
  const rows = [];
  for (let n = 2; n <= ws.rowCount; n++) rows.push(ws.getRow(n).values.slice(1).map(text));
  return {
    filename: download.suggestedFilename(),
    header: ws.getRow(1).values.slice(1),
    bold: ws.getRow(1).font?.bold,
    rows,
  };
}

// Every item of a list from the API, walking its pages.
async function everyItem(client, path) {
  const out = [];
  let cursor = null;
  do {
    const res = await client.get(path + (path.includes('?') ? '&' : '?') + 'limit=500' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
    assert.equal(res.status, 200);
    out.push(...res.body.items);
    cursor = res.body.next_cursor;
  } while (cursor);
  return out;
}

// Picks an option from the open Element Plus select dropdown.
async function pick(page, text) {
  await page.click(`.el-select-dropdown__item:visible >> text=${text}`);
}

// Opens the office's users page and the new-user dialog, with the name fields and (optionally)
// the role filled in.
async function newUserDialog(page, username, displayName, role) {
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/org/users');
  await page.click('[data-test=add-user]');
  await page.fill('[data-test=user-dialog] input[name=username]', username);
  await page.fill('[data-test=user-dialog] input[name=display_name]', displayName);
  if (role) {
    await page.click('[data-test=user-role]');
    await pick(page, role);
  }
}

// Confirms the open message box with its button.
async function confirmBox(page, button) {
  await page.click(`.el-message-box__btns button:has-text("${button}")`);
}

test('an office creates a unit user, who logs in with the initial password and must change it', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/org/users');
  await page.waitForSelector('[data-test=user-demo_unit]');
  assert.match(await page.textContent('[data-test=user-total]'), /共 \d+ 个用户/);
  await page.waitForTimeout(300);
  await screenshot(page, 'org-users');

  await page.click('[data-test=add-user]');
  await page.fill('[data-test=user-dialog] input[name=username]', 'e2e_teacher');
  await page.fill('[data-test=user-dialog] input[name=display_name]', '黄老师（州第一中学）');
  // The role is 预算单位 by default; find the unit by part of its name.
  await page.click('[data-test=unit-picker]');
  await page.keyboard.type('第一中学');
  await pick(page, '州第一中学');
  await page.click('[data-test=user-save]');
  await page.waitForSelector('[data-test=initial-password]');
  const password = (await page.textContent('[data-test=initial-password]')).trim();
  assert.ok(password.length >= 8, password);
  assert.match(await page.textContent('[data-test=password-dialog]'), /首次登录时必须修改密码/);
  await screenshot(page, 'org-initial-password');
  await page.click('[data-test=password-dialog-close]');
  await page.waitForSelector('[data-test=user-e2e_teacher]');
  assert.deepEqual(page.jsErrors, []);

  const fresh = await app.page();
  await login(fresh, app.base, 'e2e_teacher', password);
  await fresh.waitForURL(/\/password$/);
  await fresh.fill('input[name=current_password]', password);
  await fresh.fill('input[name=new_password]', 'Teacher#2026a');
  await fresh.fill('input[name=new_password_again]', 'Teacher#2026a');
  await fresh.press('input[name=new_password_again]', 'Enter');
  await fresh.waitForURL(/\/home$/);
  await fresh.waitForSelector('[data-test=home-greeting]');
  assert.match(await fresh.textContent('[data-test=home-greeting]'), /黄老师/);
  assert.deepEqual(fresh.jsErrors, []);
  await fresh.context().close();
  await page.context().close();
});

test('a user name already taken is shown next to the field', async () => {
  const page = await app.page();
  await newUserDialog(page, 'demo_unit', '重名', '监督查询');
  await page.press('[data-test=user-dialog] input[name=display_name]', 'Enter');
  await page.waitForSelector('[data-test=field-username] .el-form-item__error');
  assert.match(await page.textContent('[data-test=field-username] .el-form-item__error'), /用户名/);
  await page.context().close();
});

test('an office cannot create an administrator, and is told so', async () => {
  const page = await app.page();
  await newUserDialog(page, 'e2e_admin', '越权', '系统管理员');
  await page.click('[data-test=user-save]');
  await page.waitForSelector('[data-test=user-dialog] [data-test=form-error]');
  assert.match(await page.textContent('[data-test=user-dialog] [data-test=form-error]'), /管理员/);
  await page.context().close();
});

test('an office edits a user of its region; one of a lower region is read-only to it', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/org/users');
  await page.click('[data-test=actions-demo_viewer] [data-test=user-edit]');
  await page.fill('[data-test=user-dialog] input[name=display_name]', '孙悦（监督）');
  await page.press('[data-test=user-dialog] input[name=display_name]', 'Enter');
  await page.waitForSelector('[data-test=user-table] >> text=孙悦（监督）');

  await page.click('[data-test=actions-demo_county_office] [data-test=user-edit]');
  await page.fill('[data-test=user-dialog] input[name=display_name]', '杨帆');
  await page.click('[data-test=user-save]');
  await page.waitForSelector('[data-test=user-dialog] [data-test=form-error]');
  assert.ok((await page.textContent('[data-test=user-dialog] [data-test=form-error]')).trim().length > 0);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('an office disables and enables a user', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/org/users');
  await page.fill('[data-test=user-search]', 'demo_unit2');
  await page.press('[data-test=user-search]', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('[data-test=user-table] tbody tr').length === 1);
  const row = '[data-test=user-table] tbody tr';
  assert.match(await page.textContent(row), /正常/);
  await page.click(`${row} [data-test=user-lock]`);
  await confirmBox(page, '停用');
  await page.waitForSelector(`${row} [data-test=user-status]:has-text("已停用")`);
  await page.click(`${row} [data-test=user-lock]:has-text("启用")`);
  await confirmBox(page, '启用');
  await page.waitForSelector(`${row} [data-test=user-status]:has-text("正常")`);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('a reset password is shown once with a copy button', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/org/users');
  await page.fill('[data-test=user-search]', 'demo_unit2');
  await page.press('[data-test=user-search]', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('[data-test=user-table] tbody tr').length === 1);
  await page.click('[data-test=user-table] tbody tr [data-test=user-reset]');
  await confirmBox(page, '重置');
  await page.waitForSelector('[data-test=initial-password]');
  assert.ok((await page.textContent('[data-test=initial-password]')).trim().length >= 8);
  assert.ok(await page.$('[data-test=copy-password]'));
  await page.context().close();
});

test('the users list exports to xlsx with the filters applied', async () => {
  const office = await loggedIn(app.base, 'demo_office');
  const all = await everyItem(office, '/api/v1/users');
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/org/users');
  await page.waitForSelector('[data-test=user-demo_unit]');
  const sheet = await exportSheet(page, 'user-export');
  assert.equal(sheet.filename, '用户列表.xlsx');
  assert.deepEqual(sheet.header, ['用户名', '姓名', '角色', '地区', '单位', '股室', '状态']);
  assert.equal(sheet.bold, true);
  assert.equal(sheet.rows.length, all.length);
  const names = sheet.rows.map((r) => r[0]);
  for (const u of ['demo_admin', 'demo_office', 'demo_section', 'demo_department', 'demo_unit', 'demo_unit2', 'demo_viewer'])
    assert.ok(names.includes(u), `${u} is exported`);
  const unit = all.find((u) => u.username === 'demo_unit');
  assert.deepEqual(sheet.rows.find((r) => r[0] === 'demo_unit'),
    ['demo_unit', unit.display_name, '预算单位', unit.region_name, '州第一中学', '', '正常']);
  const section = all.find((u) => u.username === 'demo_section');
  assert.deepEqual(sheet.rows.find((r) => r[0] === 'demo_section').slice(2, 6), ['业务股室', section.region_name, '', section.section_name]);
  await page.waitForSelector('text=已导出');

  // A role filter narrows the export as it narrows the table.
  await page.click('[data-test=user-role-filter]');
  await page.click('.el-select-dropdown__item:visible >> text=预算单位');
  await page.waitForSelector('[data-test=user-demo_office]', { state: 'detached' });
  const units = await exportSheet(page, 'user-export');
  assert.ok(units.rows.length >= 2);
  assert.ok(units.rows.every((r) => r[2] === '预算单位'), JSON.stringify(units.rows));
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the units list exports to xlsx: the whole region, or what the search found', async () => {
  const office = await loggedIn(app.base, 'demo_office');
  const me = (await office.get('/api/v1/me')).body.user;
  const all = await everyItem(office, `/api/v1/units?region_id=${me.region_id}`);
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/org/units');
  await page.waitForSelector('[data-test=unit-tree] >> text=州教育体育局');
  const sheet = await exportSheet(page, 'unit-export');
  assert.equal(sheet.filename, '单位列表.xlsx');
  assert.deepEqual(sheet.header, ['编码', '名称', '类型', '所属部门', '归口股室', '地区']);
  assert.equal(sheet.bold, true);
  assert.equal(sheet.rows.length, all.length);
  assert.ok(all.some((u) => u.kind === 'unit') && all.some((u) => u.kind === 'department'));
  assert.deepEqual(sheet.rows.map((r) => r[0]), all.map((u) => u.code));
  const dept = sheet.rows.find((r) => r[1] === '州教育体育局');
  assert.equal(dept[2], '预算部门');
  assert.equal(dept[3], '');
  const school = sheet.rows.find((r) => r[1] === '州第一中学');
  assert.equal(school[3], '州教育体育局');
  assert.equal(school[5], me.region_name);

  await page.fill('[data-test=unit-search]', '第一中学');
  await page.press('[data-test=unit-search]', 'Enter');
  await page.waitForSelector('[data-test=unit-results] >> text=州第一中学');
  const found = await exportSheet(page, 'unit-export');
  const expected = await everyItem(office, `/api/v1/units?region_id=${me.region_id}&q=${encodeURIComponent('第一中学')}`);
  assert.ok(expected.length >= 1);
  assert.deepEqual(found.rows.map((r) => r[1]), expected.map((u) => u.name));
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('the units tree opens departments and search finds a unit', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/org/units');
  await page.waitForSelector('[data-test=unit-tree] >> text=州教育体育局');
  // Open the department: its units come in.
  await page.click('[data-test=unit-tree] tr:has-text("州教育体育局") .el-table__expand-icon');
  await page.waitForSelector('[data-test=unit-tree] >> text=州实验小学');
  await screenshot(page, 'org-units');

  await page.fill('[data-test=unit-search]', '第一中学');
  await page.press('[data-test=unit-search]', 'Enter');
  await page.waitForSelector('[data-test=unit-results] >> text=州第一中学');
  assert.match(await page.textContent('[data-test=search-summary]'), /共找到 \d+ 个单位/);
  assert.match(await page.textContent('[data-test=unit-results] tbody tr:has-text("州第一中学")'), /州教育体育局/);
  await screenshot(page, 'org-units-search');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('a department with a bad code is refused next to the code field; a good one is added', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/org/units');
  await page.click('[data-test=add-department]');
  await page.fill('[data-test=form-dialog] input[name=code]', 'bad code!');
  await page.fill('[data-test=form-dialog] input[name=name]', '州测试局');
  await page.press('[data-test=form-dialog] input[name=name]', 'Enter');
  await page.waitForSelector('[data-test=field-code] .el-form-item__error');
  assert.match(await page.textContent('[data-test=field-code] .el-form-item__error'), /单位编码/);
  await screenshot(page, 'org-units-field-error');

  await page.fill('[data-test=form-dialog] input[name=code]', '199');
  await page.click('[data-test=field-section_id] .el-select');
  await pick(page, '教科文科');
  await page.click('[data-test=form-submit]');
  await page.waitForSelector('[data-test=unit-tree] >> text=州测试局');
  assert.match(await page.textContent('[data-test=unit-tree] tr:has-text("州测试局")'), /教科文科/);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('a unit that is in use cannot be deleted, and the page says why', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/org/units');
  await page.click('[data-test=unit-tree] tr:has-text("州教育体育局") button:has-text("删除")');
  await confirmBox(page, '删除');
  await page.waitForSelector('.el-message--error');
  assert.match(await page.textContent('.el-message--error'), /不能删除/);
  await page.context().close();
});

test('regions: the office manages its own bureau; the viewer only reads', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/org/regions');
  await page.waitForSelector('[data-test=section-table] >> text=教科文科');
  assert.ok(await page.$('[data-test=add-section]'));
  await page.click('[data-test=add-section]');
  await page.fill('[data-test=form-dialog] input[name=name]', '债务管理科');
  await page.press('[data-test=form-dialog] input[name=name]', 'Enter');
  await page.waitForSelector('[data-test=section-table] >> text=债务管理科');
  await page.waitForSelector('[data-test=form-dialog]', { state: 'hidden' });
  await page.waitForTimeout(500);
  await screenshot(page, 'org-regions');
  // A county is below the office's region: it may look, not change.
  await page.click('[data-test=region-tree] >> text=云溪县');
  await page.waitForSelector('[data-test=bureau-name]:has-text("云溪县财政局")');
  assert.equal(await page.$('[data-test=add-section]'), null);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();

  const viewer = await app.page();
  await login(viewer, app.base, 'demo_viewer');
  await viewer.goto(app.base + '/org/regions');
  await viewer.waitForSelector('[data-test=section-table] >> text=教科文科');
  assert.equal(await viewer.$('[data-test=add-section]'), null);
  assert.equal(await viewer.$('[data-test=rename-bureau]'), null);
  assert.equal(await viewer.$('[data-test=add-region]'), null);
  await viewer.context().close();
});

test('an office opens 2028 and the header\'s year switcher lists it', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_office');
  await page.goto(app.base + '/org/years');
  await page.waitForSelector('[data-test=year-2027]');
  await page.click('[data-test=open-year]');
  await page.waitForSelector('[data-test=year-dialog] input');
  assert.equal(await page.inputValue('[data-test=year-dialog] input'), '2028');
  await page.click('[data-test=year-save]');
  await page.waitForSelector('[data-test=year-2028]');
  await page.click('[data-test=year-switcher]');
  await page.waitForSelector('.el-select-dropdown__item:visible >> text=2028 年');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
  await screenshot(page, 'org-years');

  // Close it, and the switcher says so.
  await page.click('[data-test=close-2028]');
  await confirmBox(page, '结账');
  await page.waitForSelector('[data-test=reopen-2028]');
  await page.click('[data-test=year-switcher]');
  await page.waitForSelector('.el-select-dropdown__item:visible >> text=2028 年（已结账）');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('an admin adds a lower region; a bad code is shown next to the field', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_admin');
  await page.goto(app.base + '/org/regions');
  await page.waitForSelector('[data-test=region-detail] >> text=云岭州');
  await page.click('[data-test=add-region]');
  await page.fill('[data-test=form-dialog] input[name=code]', '12');
  await page.fill('[data-test=form-dialog] input[name=name]', '青松县');
  await page.press('[data-test=form-dialog] input[name=name]', 'Enter');
  await page.waitForSelector('[data-test=field-code] .el-form-item__error');
  assert.match(await page.textContent('[data-test=field-code] .el-form-item__error'), /6 位数字/);
  await page.fill('[data-test=form-dialog] input[name=code]', '539924');
  await page.press('[data-test=form-dialog] input[name=code]', 'Enter');
  await page.waitForSelector('[data-test=region-tree] >> text=青松县');
  await page.waitForSelector('[data-test=bureau-name]:has-text("青松县财政局")');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('a department sees its own units without a region selector or change buttons', async () => {
  const page = await app.page();
  await login(page, app.base, 'demo_department');
  await page.goto(app.base + '/org/units');
  await page.waitForSelector('[data-test=unit-tree] >> text=州教育体育局');
  assert.equal(await page.$('[data-test=unit-region]'), null);
  assert.equal(await page.$('[data-test=add-department]'), null);
  assert.equal(await page.$('[data-test=unit-tree] button:has-text("删除")'), null);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
