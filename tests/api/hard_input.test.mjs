// Input that must be refused at the edge: text that is not UTF-8 or holds control characters,
// duplicate JSON keys, numbers sent as text, JSON under another content type, unknown query
// parameters, unbounded texts and lists, lists of ids the caller may not use, sheets of a broken
// shape. Each is a 4xx problem naming its field in Chinese, every answer is valid UTF-8, and
// nothing changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './harness.mjs';

let server, office, unit, unit2, draft, ownProject, foreignProject, reviewer, trParams;
const FINGERPRINT = 'SELECT (SELECT COUNT(*) FROM audit_log), (SELECT COUNT(*) FROM projects), ' +
  '(SELECT SUM(version) FROM projects), (SELECT COUNT(*) FROM users), (SELECT SUM(version) FROM users), ' +
  '(SELECT COUNT(*) FROM library_indicators), (SELECT COUNT(*) FROM rule_settings), ' +
  '(SELECT SUM(version) FROM targets), (SELECT COUNT(*) FROM review_batches), (SELECT COUNT(*) FROM evidence_files)';

before(async () => {
  server = await startServer();
  [office, unit, unit2] = await Promise.all(['demo_office', 'demo_unit', 'demo_unit2'].map((u) => loggedIn(server.base, u)));
  const projects = (await unit.get('/api/v1/projects?year=2026&limit=100')).body.items;
  ownProject = projects[0].id;
  foreignProject = (await unit2.get('/api/v1/projects?year=2026&limit=1')).body.items[0].id;
  // A draft of the unit's to edit: one it has, else a new one on a project without a target.
  draft = (await unit.get('/api/v1/targets?year=2026&status=draft&limit=1')).body.items[0];
  for (const p of projects) {
    if (draft) break;
    const made = await unit.post('/api/v1/targets', { kind: 'project', project_id: p.id, overall_goal: 'x', indicators: [] });
    if (made.status === 201) draft = made.body;
  }
  assert.ok(draft, 'a draft target of demo_unit');
  reviewer = (await office.get('/api/v1/reviewers')).body.items.find((r) => r.role === 'expert');
  trParams = (await office.get('/api/v1/rules?year=2026')).body.items.find((r) => r.id === 'R-TR-2').params;
});
after(async () => { await server?.stop(); });

const JSON_TYPE = { 'content-type': 'application/json' };
const CSV_TYPE = { 'content-type': 'text/csv' };
const project = (extra = {}) => ({ year: 2026, code: 'HARD001', name: '硬化输入', unit_id: 0, fund_type: 'general',
  amount_fen: 100, function_class: '2050202', category: 'new', ...extra });
const indicator = (extra = {}) => ({ category: 'output', subcategory: 'quantity', name: '人次', comparator: '>=',
  value: '1', unit: '人', weight: 20, ...extra });
const sheetWith = (item) => ({ params: { ...trParams, sheet: [{ ...trParams.sheet[0], ...item }, ...trParams.sheet.slice(1)] } });
const bytes = (...parts) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
const PROJECT_HEADER = '项目编码,项目名称,单位编码,年度,资金类型,金额（万元）,支出功能分类,项目类别\n';
const LIBRARY_HEADER = '行业,一级指标,二级指标,三级指标,计量单位,比较符,参考值\n';

// [what, client, method, path, body, headers, status, field]
const cases = () => [
  // JSON: content type, duplicate keys, types, control characters, bounds
  ['JSON sent as text/plain', office, 'POST', '/api/v1/projects', JSON.stringify(project()), { 'content-type': 'text/plain' }, 415, 'Content-Type'],
  ['JSON without a content type', office, 'POST', '/api/v1/projects', JSON.stringify(project()), {}, 415, 'Content-Type'],
  ['a key given twice', office, 'POST', '/api/v1/projects', '{"year": 2026, "name": "甲", "name": "乙"}', JSON_TYPE, 400, 'name'],
  ['a key given twice inside an item', unit, 'PATCH', '/api/v1/targets/{t}',
    `{"version": 1, "indicators": [{"name": "a", "name": "b"}]}`, JSON_TYPE, 400, 'indicators[0].name'],
  ['a key that is not a name', office, 'POST', '/api/v1/projects', '{"   ": 1}', JSON_TYPE, 400, undefined],
  ['a weight sent as text', unit, 'PATCH', '/api/v1/targets/{t}', { version: 1, indicators: [indicator({ weight: '20' })] }, {}, 400, 'indicators[0].weight'],
  ['a NUL in a name', office, 'POST', '/api/v1/projects', project({ name: '项目\u0000名' }), {}, 400, 'name'],
  ['an escape character in a goal', unit, 'PATCH', '/api/v1/targets/{t}', { version: 1, overall_goal: '目标\u001b[31m' }, {}, 400, 'overall_goal'],
  ['a C1 control in a display name', office, 'POST', '/api/v1/users', { username: 'hard1', display_name: '张\u0085三', role: 'viewer' }, {}, 400, 'display_name'],
  ['a NUL in a new password', office, 'POST', '/api/v1/me/password', { current_password: 'Jixiao@2026', new_password: 'Abcdef12!\u0000x' }, {}, 400, 'new_password'],
  ['a text over the general bound', office, 'POST', '/api/v1/projects', project({ name: '长'.repeat(10_001) }), {}, 400, 'name'],
  // Rule parameters
  ['a 6 MB label in a rule', office, 'PUT', '/api/v1/rules/R-TR-2?year=2026', sheetWith({ label: 'x'.repeat(6 * 1024 * 1024) }), {}, 400, 'params.sheet[0].label'],
  ['a label over the rule bound', office, 'PUT', '/api/v1/rules/R-TR-2?year=2026', sheetWith({ label: '长'.repeat(201) }), {}, 400, 'params.sheet[0].label'],
  ['a key of three spaces in a rule', office, 'PUT', '/api/v1/rules/R-TR-2?year=2026', sheetWith({ key: '   ' }), {}, 400, 'params.sheet[0].key'],
  ['a key with a NUL in a rule', office, 'PUT', '/api/v1/rules/R-TR-2?year=2026', sheetWith({ key: 'a\u0000' }), {}, 400, 'params.sheet[0].key'],
  ['phrases beyond the bound', office, 'PUT', '/api/v1/rules/R-IND-4?year=2026',
    { params: { min_indicators: 3, vague_phrases: Array.from({ length: 101 }, (_, i) => '词' + i), input_phrases: ['资金投入'] } }, {}, 400, 'params.vague_phrases'],
  // Lists of ids
  ['100,000 project ids in a task', unit, 'PATCH', '/api/v1/targets/{t}',
    { version: 1, tasks: [{ name: '任务', project_ids: Array.from({ length: 100_000 }, (_, i) => i + 1) }] }, {}, 400, 'tasks[0].project_ids'],
  ['101 project ids in a task', unit, 'PATCH', '/api/v1/targets/{t}',
    { version: 1, tasks: [{ name: '任务', project_ids: Array.from({ length: 101 }, () => '{own}') }] }, {}, 400, 'tasks[0].project_ids'],
  ['another unit\'s project in a task', unit, 'PATCH', '/api/v1/targets/{t}',
    { version: '{version}', tasks: [{ name: '任务', project_ids: ['{own}', '{foreign}'] }] }, {}, 400, 'tasks[0].project_ids'],
  ['a project that does not exist in a task', unit, 'PATCH', '/api/v1/targets/{t}',
    { version: '{version}', tasks: [{ name: '任务', project_ids: [99_999_999] }] }, {}, 400, 'tasks[0].project_ids'],
  ['100,000 targets in a review batch', office, 'POST', '/api/v1/review-batches',
    { year: 2026, name: '批次', reviewer_id: '{reviewer}', target_ids: Array.from({ length: 100_000 }, (_, i) => i + 1) }, {}, 400, 'target_ids'],
  // Query strings and path parameters
  ['an unknown query parameter', office, 'GET', '/api/v1/projects?year=2026&colour=red', undefined, {}, 400, 'colour'],
  ['a query parameter given twice', office, 'GET', '/api/v1/projects?year=2026&year=2027', undefined, {}, 400, 'year'],
  ['an unknown query parameter on a write', office, 'DELETE', '/api/v1/rules/R-TR-2?year=2026&force=1', undefined, {}, 400, 'force'],
  ['a query value that is not UTF-8', office, 'GET', '/api/v1/projects?year=2026&q=%ED%50%FF', undefined, {}, 400, 'q'],
  ['a query name that is not UTF-8', office, 'GET', '/api/v1/projects?year=2026&%ED%50%FF=1', undefined, {}, 400, undefined],
  ['a control character in a query value', office, 'GET', '/api/v1/units?q=%00', undefined, {}, 400, 'q'],
  ['a path parameter that is not UTF-8', office, 'DELETE', '/api/v1/rules/%ED%50%FF?year=2026', undefined, {}, 400, 'rule_id'],
  // Multipart names
  ['a file name that is not UTF-8', unit, 'POST', '/api/v1/evidence?document_type=project&document_id={own}',
    bytes('--B\r\nContent-Disposition: form-data; name="file"; filename="', [0xed, 0x50, 0xff], '.pdf"\r\n',
      'Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\r\n--B--\r\n'),
    { 'content-type': 'multipart/form-data; boundary=B' }, 400, 'file'],
  // Sheets
  ['a project sheet with a duplicated header', office, 'POST', '/api/v1/projects:import',
    '项目编码,项目名称,项目名称,单位编码,年度,资金类型,金额（万元）,支出功能分类,项目类别\nH1,甲,乙,101001,2026,一般公共预算,1,2050202,新增项目\n', CSV_TYPE, 400, 'file'],
  ['a project sheet with an extra cell', office, 'POST', '/api/v1/projects:import',
    PROJECT_HEADER + 'H1,甲,101001,2026,一般公共预算,1,2050202,新增项目,多出来的\n', CSV_TYPE, 400, 'file'],
  ['a project sheet with both amount columns', office, 'POST', '/api/v1/projects:import',
    '项目编码,项目名称,单位编码,年度,资金类型,金额（万元）,金额（分）,支出功能分类,项目类别\nH1,甲,101001,2026,一般公共预算,1,100,2050202,新增项目\n', CSV_TYPE, 400, 'file'],
  ['a library sheet with a header alone', office, 'POST', '/api/v1/library/indicators:import', LIBRARY_HEADER, CSV_TYPE, 400, 'file'],
  ['a library sheet with a duplicated header', office, 'POST', '/api/v1/library/indicators:import',
    '行业,行业,一级指标,二级指标,三级指标,计量单位,比较符,参考值\n教育,教育,产出指标,数量指标,硬化次数,次,≥,12\n', CSV_TYPE, 400, 'file'],
  ['a library cell that is not UTF-8', office, 'POST', '/api/v1/library/indicators:import',
    bytes(LIBRARY_HEADER, '教育,产出指标,数量指标,', [0xed, 0x50, 0xff], ',次,≥,12\n'), CSV_TYPE, 400, 'file'],
  ['a project cell that is not UTF-8', office, 'POST', '/api/v1/projects:import',
    bytes(PROJECT_HEADER, 'H1,', [0xed, 0x50, 0xff], ',101001,2026,一般公共预算,1,2050202,新增项目\n'), CSV_TYPE, 400, 'file'],
  ['a project cell with a NUL', office, 'POST', '/api/v1/projects:import',
    PROJECT_HEADER + 'H1,甲\u0000,101001,2026,一般公共预算,1,2050202,新增项目\n', CSV_TYPE, 400, 'file'],
];

function fill(value) {
  const names = { '{own}': ownProject, '{foreign}': foreignProject, '{version}': draft.version, '{reviewer}': reviewer.id };
  if (typeof value === 'string' && value in names) return names[value];
  if (Array.isArray(value)) return value.map(fill);
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
  }
  return value;
}

// The answer as bytes: it must decode as UTF-8 without a single replacement.
async function send(client, method, path, body, headers) {
  const h = { ...headers, cookie: client.cookie };
  if (method !== 'GET') h['x-csrf-token'] = client.csrf;
  let payload = body;
  if (body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array)) {
    payload = JSON.stringify(fill(body));
    h['content-type'] = 'application/json';
  }
  const res = await fetch(server.base + path, { method, headers: h, body: payload });
  const raw = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  return { status: res.status, type: res.headers.get('content-type'), body: JSON.parse(text) };
}

test('input that should be refused is refused at the edge, naming its field, and nothing changes', async () => {
  const before = server.db.query(FINGERPRINT);
  for (const [what, client, method, path, body, headers, status, field] of cases()) {
    const res = await send(client, method, path.replace('{t}', draft.id).replace('{own}', ownProject), body, headers);
    const where = `${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`;
    assert.equal(res.status, status, where);
    assert.match(res.type, /^application\/problem\+json/, where);
    assert.match(res.body.detail, /[\u4e00-\u9fa5]/, where);
    if (field) assert.equal(res.body.field, field, where);
    assert.ok(!JSON.stringify(res.body).includes('\ufffd') || what.includes('not UTF-8'), where);
  }
  assert.equal(server.db.query(FINGERPRINT), before);
});

test('a bad sheet names the row at fault and never echoes bytes that are not UTF-8', async () => {
  const bad = bytes(LIBRARY_HEADER, '教育,产出指标,数量指标,好名字,次,≥,12\n教育,产出指标,数量指标,', [0xed, 0x50, 0xff], ',次,≥,12\n');
  const res = await send(office, 'POST', '/api/v1/library/indicators:import', bad, CSV_TYPE);
  assert.equal(res.status, 400);
  assert.equal(res.body.errors[0].row, 3);
  assert.match(res.body.errors[0].message, /UTF-8/);
  const extra = await send(office, 'POST', '/api/v1/projects:import',
    PROJECT_HEADER + 'H1,甲,101001,2026,一般公共预算,1,2050202,新增项目\nH2,乙,101001,2026,一般公共预算,1,2050202,新增项目,,多\n', CSV_TYPE);
  assert.equal(extra.status, 400);
  assert.deepEqual(extra.body.errors.map((e) => e.row), [3]);
  // The region's library list stays valid UTF-8 (send() decodes it strictly).
  assert.equal((await send(office, 'GET', '/api/v1/library/indicators?scope=own', undefined, {})).status, 200);
});

test('what is allowed still passes: tabs and line breaks in a goal, own projects in a task, a trailing empty cell', async () => {
  const res = await unit.patch(`/api/v1/targets/${draft.id}`,
    { version: draft.version, overall_goal: '第一行\n第二行\t完', tasks: [{ name: '任务', project_ids: [ownProject] }] });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.overall_goal, '第一行\n第二行\t完');
  assert.deepEqual(res.body.tasks[0].project_ids, [ownProject]);
  draft = res.body;
  const sheet = LIBRARY_HEADER + '教育,产出指标,数量指标,硬化输入次数,次,≥,12,\n';
  const imported = await send(office, 'POST', '/api/v1/library/indicators:import', sheet, CSV_TYPE);
  assert.equal(imported.status, 200, JSON.stringify(imported.body));
});

test('every query parameter the web app sends is one its list reads', async () => {
  const me = (await office.get('/api/v1/me')).body;
  const region = me.region_id ?? me.user?.region_id;
  const p = (await office.get('/api/v1/projects?year=2026&limit=1')).body.items[0];
  const urls = [
    '/api/v1/statistics/projects?year=2026', '/api/v1/todos?year=2026', '/api/v1/search?year=2026&q=%E5%AD%A6',
    `/api/v1/fiscal-years?region_id=${region}`, `/api/v1/sections?region_id=${region}`,
    `/api/v1/units?kind=department&region_id=${region}&limit=20&offset=0`, `/api/v1/units?parent_id=${p.unit_id}&limit=500`,
    `/api/v1/users?region_id=${region}&unit_id=${p.unit_id}&role=unit&q=a&active=1&limit=20&offset=0`,
    `/api/v1/statistics/targets?year=2026&region_id=${region}`, '/api/v1/review-batches?year=2026', '/api/v1/rules?year=2026',
    `/api/v1/evidence?document_type=project&document_id=${p.id}`, '/api/v1/reviewers',
    '/api/v1/library/cases?industry=education&function_class=205&q=x&limit=20&offset=0',
    '/api/v1/library/indicators?industry=education&category=output&subcategory=quantity&q=x&scope=own&limit=20',
    `/api/v1/recommendations?project_id=${p.id}&category=output&subcategory=quantity&q=x&limit=5`,
    `/api/v1/targets?year=2026&kind=project&status=draft&department_id=${p.department_id}&unit_id=${p.unit_id}&project_id=${p.id}&fund_type=general&q=x&sort=-id&limit=20&offset=0`,
    '/api/v1/targets?year=2026&queue=office',
    `/api/v1/projects?year=2026&unit_id=${p.unit_id}&fund_type=general&status=draft&amount_min_fen=0&amount_max_fen=1&q=x&sort=-id&limit=20&offset=0`,
    '/api/v1/projects?year=2026&queue=review',
  ];
  for (const url of urls) {
    const res = await office.get(url);
    assert.equal(res.status, 200, `${url}: ${res.status} ${JSON.stringify(res.body)}`);
  }
});
