// 导入自评表 through the pages, as a bureau moving in does it: the office opens the year's
// self-evaluation; a unit exports its page of evaluations as the national tables, fills actual
// values and reasons into the workbook as it would in Excel, and brings it back through the
// dialog on the list. A value of the wrong type is shown at its file, sheet and cell, and nothing
// is kept; the corrected file is imported whole, scored as the form scores it, and the list and
// the form show what was imported. One evaluation's own table (导出自评表 on its form) comes
// back the same way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { startApp, login, screenshot, toYear, getJson, select } from './harness.mjs';
import { loggedIn } from '../api/harness.mjs';

const YEAR = 2026;
let app;
before(async () => {
  app = await startApp();
  const office = await loggedIn(app.base, 'demo_office');
  const opened = await office.post('/api/v1/self-evaluations/rounds', { year: YEAR, due: `${YEAR + 1}-03-31` });
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
});
after(async () => { await app?.stop(); });

// Page text a person reads: Chinese, no codes of fields, states or login names.
function readable(text) {
  assert.ok(!/tables\[|indicators\[|actual_value|project_name|demo_/.test(text), `a code on the page: ${text}`);
  assert.ok(!/\b(pending|submitted|returned|import_invalid|invalid|null|undefined|NaN)\b/.test(text), `a code on the page: ${text}`);
}

async function as(username) {
  const page = await app.page();
  await login(page, app.base, username);
  await toYear(page, YEAR);
  return page;
}

const settled = (page) => page.waitForFunction(() => [...document.querySelectorAll('.el-overlay')]
  .every((o) => getComputedStyle(o).display === 'none' || o.closest('[style*="display: none"]')));
const rowOf = (page, id) => page.locator('[data-test=evaluation-table] .el-table__body tr',
  { has: page.locator(`[data-test=evaluation-link][data-id="${id}"]`) });
const plain = (v) => /^\d+(\.\d+)?$/.test(v);
const missable = (i) => ['>=', '>'].includes(i.indicator.comparator) && plain(i.indicator.value) && Number(i.indicator.value) >= 2;

// The text of a cell as a person reads it.
function textOf(cell) {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v).trim();
}
// Where things are in one sheet of the national table, found by their words as a person finds them.
function placesOf(ws) {
  const at = (...words) => {
    for (let r = 1; r <= ws.rowCount; r++)
      for (let c = 1; c <= 8; c++) if (words.includes(textOf(ws.getCell(r, c)))) return [r, c];
    throw new Error(`${ws.name}: no ${words}`);
  };
  const [nameRow, nameCol] = at('项目名称', '部门（单位）名称');
  const [headRow] = at('三级指标');
  const [goalRow, goalCol] = at('实际完成情况');
  const col = (words) => {
    for (let c = 1; c <= 8; c++) if (textOf(ws.getCell(headRow, c)) === words) return c;
    throw new Error(`${ws.name}: no column ${words}`);
  };
  const rows = [];
  for (let r = headRow + 1; !textOf(ws.getCell(r, 1)).startsWith('总分'); r++) rows.push(r);
  return {
    name: textOf(ws.getCell(nameRow, nameCol + 1)),
    goal: [goalRow + 1, goalCol],
    rows,
    name3: col('三级指标'), actual: col('实际完成值'), weight: col('分值'), score: col('得分'), reason: col('偏差原因分析及改进措施'),
  };
}

// Fills one sheet with the evaluation's answers: every indicator at its target, `miss` (by name)
// at half of it with its reason; the year's goal reported. A number is typed as a number.
function fill(ws, view, { miss = null } = {}) {
  const p = placesOf(ws);
  const typed = {};
  for (const r of p.rows) {
    const name = textOf(ws.getCell(r, p.name3));
    const i = view.indicators.find((x) => x.indicator.name === name);
    assert.ok(i, `${ws.name}: indicator ${name} is the target's`);
    let actual = i.indicator.comparator === 'qualitative' ? '达成年度指标' : i.indicator.value;
    if (name === miss) {
      actual = String(Number(actual) / 2);
      ws.getCell(r, p.reason).value = '偏差原因：受资金到位时间影响，实施进度滞后\n改进措施：提前谋划，加快资金拨付';
    }
    ws.getCell(r, p.actual).value = plain(actual) ? Number(actual) : actual;
    typed[name] = actual;
  }
  ws.getCell(...p.goal).value = '全年目标基本完成，个别指标未达预期。';
  return { places: p, typed };
}

// The cell of an indicator's 实际完成值 as the dialog names it ("E14").
const actualCell = (p, row) => `${String.fromCharCode(64 + p.actual)}${row}`;

const story = {};

test('a unit exports its page of tables, fills them in Excel and imports them: a wrong value refused at its cell, then all', async () => {
  const page = await as('demo_unit');
  await page.click('[data-menu="/self-evaluations"]');
  await select(page, page.locator('[data-test=filter-status]'), '待填报');
  await page.waitForFunction(() => document.querySelectorAll('[data-test=evaluation-link]').length > 0);
  const pending = (await getJson(page, `/api/v1/self-evaluations?year=${YEAR}&status=pending&limit=20`)).items;
  const shown = await page.$$eval('[data-test=evaluation-link]', (els) => els.map((e) => Number(e.getAttribute('data-id'))));
  assert.ok(shown.length >= 3, `the unit has ${shown.length} evaluations to fill`);
  assert.deepEqual(shown.toSorted((x, y) => x - y), pending.map((e) => e.id).toSorted((x, y) => x - y));

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-tables]')]);
  assert.match(download.suggestedFilename(), new RegExp(`${YEAR}年度绩效自评表\\.xlsx$`));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  assert.equal(wb.worksheets.length, shown.length, 'a sheet for each evaluation on the page');

  // The sheets to fill: two whose target has a number to miss; a third left as exported.
  const views = new Map();
  for (const id of shown) views.set(id, await getJson(page, `/api/v1/self-evaluations/${id}`));
  const byName = (name) => [...views.values()].find((v) => (v.kind === 'department' ? v.department_name : v.name) === name || v.name === name);
  const sheets = wb.worksheets.map((ws) => ({ ws, view: byName(placesOf(ws).name) }));
  assert.ok(sheets.every((s) => s.view), 'every sheet names an evaluation of the page');
  const fillable = sheets.filter((s) => s.view.kind === 'project' && s.view.indicators.some(missable));
  assert.ok(fillable.length >= 2, 'two projects with a number to miss');
  const [a, b] = fillable;
  const untouched = sheets.find((s) => s !== a && s !== b);
  // The exported table of an evaluation not yet answered: no score of any indicator to take back.
  const up = placesOf(untouched.ws);
  for (const r of up.rows) assert.equal(textOf(untouched.ws.getCell(r, up.score)), '', `${untouched.ws.name} row ${r}: no score before it is answered`);

  const missA = a.view.indicators.find(missable).indicator.name;
  const filledA = fill(a.ws, a.view, { miss: missA });
  const filledB = fill(b.ws, b.view);
  story.a = a.view;
  story.b = b.view;
  story.untouched = untouched.view;
  story.typedA = filledA.typed;

  // First with a number written as words: the dialog names its file, sheet and cell.
  const wrongRow = filledB.places.rows.find((r) => {
    const i = b.view.indicators.find((x) => x.indicator.name === textOf(b.ws.getCell(r, filledB.places.name3)));
    return i.indicator.comparator !== 'qualitative' && plain(i.indicator.value);
  });
  const right = b.ws.getCell(wrongRow, filledB.places.actual).value;
  b.ws.getCell(wrongRow, filledB.places.actual).value = '约九成';
  const file = '本单位2026年度绩效自评表.xlsx';
  const wrong = Buffer.from(await wb.xlsx.writeBuffer());
  b.ws.getCell(wrongRow, filledB.places.actual).value = right;
  const corrected = Buffer.from(await wb.xlsx.writeBuffer());

  const versions = async () => Promise.all([a, b, untouched].map(async (s) => (await getJson(page, `/api/v1/self-evaluations/${s.view.id}`)).version));
  const before = await versions();

  await page.click('[data-test=se-import]');
  const dialog = page.locator('[data-test=se-import-dialog]');
  await dialog.waitFor();
  await page.setInputFiles('[data-test=se-import-file]', { name: file, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: wrong });
  await page.waitForSelector('[data-test=se-import-read]');
  assert.match(await page.textContent('[data-test=se-import-read]'), new RegExp(`已读取 1 个文件，共 ${shown.length} 张自评表`));
  await page.waitForSelector('[data-test=se-import-tables]');
  await page.click('[data-test=se-import-submit]');
  await page.waitForSelector('[data-test=se-import-errors]');
  assert.match(await page.textContent('[data-test=se-import-message]'), /导入的自评表有 \d+ 处错误，未导入任何数据/);
  const errors = await page.$$eval('[data-test=se-import-errors] .el-table__body tr',
    (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent.trim())));
  const name = textOf(b.ws.getCell(wrongRow, filledB.places.name3));
  // One file: its name beside the button, each error at its sheet and cell.
  assert.equal((await dialog.locator('.file').textContent()).trim(), file);
  const at = errors.find(([, cell]) => cell === actualCell(filledB.places, wrongRow));
  assert.ok(at, `an error at ${actualCell(filledB.places, wrongRow)}: ${JSON.stringify(errors)}`);
  assert.equal(at[0], b.ws.name);
  assert.ok(at[2].includes(name) || /数字|数值/.test(at[2]), at[2]);
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.ok(await page.isDisabled('[data-test=se-import-submit]'), 'refused once, the same file is chosen anew');
  readable(await dialog.textContent());
  await page.waitForTimeout(300);
  await screenshot(page, 'self-evaluation-import-1-errors');
  // Nothing was kept.
  assert.deepEqual(await versions(), before);
  const stillA = await getJson(page, `/api/v1/self-evaluations/${a.view.id}`);
  assert.ok(stillA.indicators.every((i) => i.actual_value === ''));

  // The corrected file: every table imported, scored.
  await page.setInputFiles('[data-test=se-import-file]', { name: file, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: corrected });
  await page.waitForSelector('[data-test=se-import-tables]');
  await page.click('[data-test=se-import-submit]');
  await page.waitForSelector('[data-test=se-import-done]');
  await page.waitForSelector(`.el-message--success >> text=已导入 ${shown.length} 份自评表`);
  const done = await page.$$eval('[data-test=se-import-done] .el-table__body tr',
    (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent.trim())));
  assert.equal(done.length, shown.length);
  // Two answered in full and scored; the rest, still to be filled, saved as they were.
  assert.equal((await page.textContent('[data-test=se-import-done-title]')).trim(),
    `已导入 ${shown.length} 份自评表，其中 2 份已按评分规则计分，${shown.length - 2} 份尚有指标未填写实际完成值，填完后计分`);
  const va = await getJson(page, `/api/v1/self-evaluations/${a.view.id}`);
  const vb = await getJson(page, `/api/v1/self-evaluations/${b.view.id}`);
  for (const v of [va, vb]) {
    assert.ok(v.grade, `${v.name}: every indicator answered, scored and graded`);
    const row = done.find((d) => d[1] === v.name);
    assert.ok(row, `${v.name} in the dialog's list`);
    assert.deepEqual(row.slice(2), [v.computed_total_text, v.grade_label]);
    assert.ok(v.indicators.every((i) => i.self_score === null), `${v.name}: no own score where the table had none`);
  }
  assert.equal(va.goal_achieved, '全年目标基本完成，个别指标未达预期。');
  const missed = va.indicators.find((i) => i.indicator.name === missA);
  assert.equal(missed.deviation_reason, '受资金到位时间影响，实施进度滞后');
  assert.equal(missed.improvement, '提前谋划，加快资金拨付');
  assert.ok(missed.needs_reason);
  // A sheet left as exported changes nothing.
  const vu = await getJson(page, `/api/v1/self-evaluations/${untouched.view.id}`);
  assert.equal(vu.version, untouched.view.version);
  assert.deepEqual(done.find((d) => d[1] === vu.name).slice(2), ['未填完', '—']);
  assert.ok(vu.indicators.every((i) => i.self_score === null && i.actual_value === ''));
  story.totalA = va.computed_total_text;
  story.gradeA = va.grade_label;
  readable(await dialog.textContent());
  await page.waitForTimeout(300);
  await screenshot(page, 'self-evaluation-import-2-done');

  // The list shows the scores of what was imported.
  await page.click('[data-test=se-import-dialog] .el-dialog__footer button:has-text("关闭")');
  await settled(page);
  for (const v of [va, vb]) {
    const row = rowOf(page, v.id);
    await row.locator(`[data-test=computed-total]:text-is("${v.computed_total_text}")`).waitFor();
    assert.equal((await row.locator('[data-test=grade]').textContent()).trim(), v.grade_label);
    assert.equal((await row.locator('[data-test=status]').textContent()).trim(), '待填报');
  }
  readable(await page.textContent('main'));
  await screenshot(page, 'self-evaluation-import-3-list');

  // Its form: the values as typed in the workbook, jixiao's score of them.
  await rowOf(page, va.id).locator('[data-test=evaluation-link]').click();
  await page.waitForURL(`**/self-evaluations/${va.id}`);
  await page.waitForSelector('[data-test=indicators]');
  for (const i of va.indicators) {
    const row = page.locator('[data-test=indicators] .el-table__body tr', { has: page.locator(`[data-test=indicator-name]:text-is("${i.indicator.name}")`) });
    assert.equal(await row.locator('[data-test=actual]').inputValue(), story.typedA[i.indicator.name]);
    if (i.indicator.name === missA) {
      assert.equal(await row.locator('[data-test=deviation-reason]').inputValue(), '受资金到位时间影响，实施进度滞后');
      assert.equal(await row.locator('[data-test=improvement]').inputValue(), '提前谋划，加快资金拨付');
    }
  }
  assert.equal(await page.inputValue('[data-test=goal-achieved]'), '全年目标基本完成，个别指标未达预期。');
  // The saved scores, not a trial of them: nothing has been changed on the page.
  await page.waitForSelector('[data-test=score-summary] >> text=自评得分');
  await page.waitForTimeout(1000);
  assert.equal(await page.locator('[data-test=score-summary] >> text=试算').count(), 0);
  assert.equal((await page.textContent('[data-test=score-summary] [data-test=total]')).trim(), va.computed_total_text);
  assert.equal((await page.textContent('[data-test=score-summary] [data-test=grade]')).trim(), va.grade_label);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('one evaluation\'s own table, exported from its form, comes back with an own score', async () => {
  assert.ok(story.a);
  const page = await as('demo_unit');
  await page.goto(`${app.base}/self-evaluations/${story.a.id}`);
  await page.waitForSelector('[data-test=indicators]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-table]')]);
  assert.equal(download.suggestedFilename(), `${story.a.name}项目支出绩效自评表.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  assert.equal(wb.worksheets.length, 1);
  const ws = wb.worksheets[0];
  const p = placesOf(ws);
  // The table carries what was imported: values, jixiao's scores, the total.
  const view = await getJson(page, `/api/v1/self-evaluations/${story.a.id}`);
  for (const r of p.rows) {
    const i = view.indicators.find((x) => x.indicator.name === textOf(ws.getCell(r, p.name3)));
    assert.equal(textOf(ws.getCell(r, p.actual)), story.typedA[i.indicator.name]);
    assert.equal(Number(ws.getCell(r, p.score).value).toFixed(2), i.computed_score_text);
  }
  // The unit gives one indicator a point less than jixiao, with its reason.
  const r = p.rows.find((x) => Number(ws.getCell(x, p.score).value) >= 2);
  const own = (Number(ws.getCell(r, p.score).value) - 1).toFixed(2);
  ws.getCell(r, p.score).value = Number(own);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());

  await page.click('button:has-text("返回列表")');
  await page.waitForURL('**/self-evaluations');
  await page.click('[data-test=se-import]');
  await page.setInputFiles('[data-test=se-import-file]', { name: download.suggestedFilename(), mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.waitForSelector('[data-test=se-import-tables]');
  await page.click('[data-test=se-import-submit]');
  await page.waitForSelector('.el-message--success >> text=已导入 1 份自评表');
  const after = await getJson(page, `/api/v1/self-evaluations/${story.a.id}`);
  const changed = after.indicators.filter((i) => i.self_score !== null);
  assert.equal(changed.length, 1, 'the one score that differs is the unit\'s own');
  assert.equal((changed[0].self_score / 100).toFixed(2), own);
  assert.equal(after.computed_total_text, story.totalA, 'jixiao\'s score stands beside the unit\'s');
  assert.equal(after.self_total_text, null, "a total of the unit's own only when it scored every indicator");
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
