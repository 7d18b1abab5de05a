// Walks every route `jixiao routes` lists, as a user of another unit and as the office of another
// region, aimed at objects outside their scope: no foreign data comes back and nothing changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, jixiao } from './harness.mjs';

let server, office, unit, unit2, county;
let foreignOf;  // actor name -> { kind -> object }

// Tables that change when nobody's data does: sessions (logins and their touches), the
// migrations applied and the checksums of the shipped data loaded.
const BOOKKEEPING = new Set(['sessions', 'schema_migrations', 'shipped_data']);

// Every table of the schema but bookkeeping, as one line: a write anywhere moves it (its count,
// and the sum of the columns a change moves: version, and active for accounts).
function fingerprintOf(db) {
  const columns = db.url.startsWith('postgresql:')
    ? db.query('SELECT table_name, column_name FROM information_schema.columns ' +
      'WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position')
    : db.query("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p " +
      "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid");
  const tables = new Map();
  for (const [table, column] of columns.split('\n').map((l) => l.split('|'))) {
    if (!BOOKKEEPING.has(table)) tables.set(table, [...(tables.get(table) ?? []), column]);
  }
  const parts = [...tables].flatMap(([table, cols]) => [`(SELECT COUNT(*) FROM ${table})`,
    ...['version', 'active'].filter((c) => cols.includes(c)).map((c) => `(SELECT COALESCE(SUM(${c}), 0) FROM ${table})`)]);
  return { tables: [...tables.keys()], sql: 'SELECT ' + parts.join(', ') };
}

let FINGERPRINT;
let ROUTES;  // every route with what it declares: {method, pattern, subject, upload}

before(async () => {
  server = await startServer();
  const schema = fingerprintOf(server.db);
  // The schema is read, not listed: a table missed here would go unwatched.
  assert.ok(schema.tables.includes('audit_log') && schema.tables.includes('projects') &&
    schema.tables.length >= 20, `tables: ${schema.tables}`);
  FINGERPRINT = schema.sql;
  ROUTES = JSON.parse(jixiao(['routes', '--json']));
  [office, unit, unit2, county] = await Promise.all(
    ['demo_office', 'demo_unit', 'demo_unit2', 'demo_county_office'].map((u) => loggedIn(server.base, u)));
  const me = async (c) => (await c.get('/api/v1/me')).body.user;
  const [officeMe, unitMe, countyMe] = [await me(office), await me(unit), await me(county)];
  const project = (await unit.get('/api/v1/projects?limit=1')).body.items[0];
  const ownUnit = (await unit.get('/api/v1/units/' + unitMe.unit_id)).body;
  const users = (await office.get('/api/v1/users?limit=500')).body.items;
  const regionObjects = async (regionId) => {
    const detail = (await office.get('/api/v1/regions/' + regionId)).body;
    return {
      region: detail,
      bureau: detail.bureau,
      section: detail.sections.find((s) => s.kind === 'business') ?? detail.sections[0],
      fiscal_year: (await office.get('/api/v1/fiscal-years?region_id=' + regionId)).body.items[0],
    };
  };
  const root = await regionObjects(officeMe.region_id);
  const countyRegion = await regionObjects(countyMe.region_id);
  let evidence = null;
  if (ROUTES.some((r) => r.pattern === '/api/v1/evidence')) {
    const up = await unit.post(`/api/v1/evidence?document_type=project&document_id=${project.id}`, pdfForm());
    assert.equal(up.status, 201, JSON.stringify(up.body));
    evidence = up.body;
  }
  // Unit codes are per region: a CSV names units of the importer's own region, so the county's
  // import aims at a code that exists only in the prefecture.
  const countyCodes = new Set((await county.get('/api/v1/units?limit=500')).body.items.map((u) => u.code));
  const rootUnits = (await office.get(`/api/v1/units?region_id=${officeMe.region_id}&limit=500`)).body.items;
  const prefectureOnly = rootUnits.find((u) => !countyCodes.has(u.code)).code;
  // A target of demo_unit, reviewed by the prefecture's expert in a batch of the prefecture.
  const target = (await unit.post('/api/v1/targets', { kind: 'project', project_id: project.id,
    overall_goal: '越权测试目标', indicators: [] })).body;
  assert.ok(target.id, JSON.stringify(target));
  const reviewer = (await office.get('/api/v1/reviewers')).body.items[0];
  const batch = (await office.post('/api/v1/review-batches', { year: 2026, name: '越权测试批次',
    reviewer_id: reviewer.id, target_ids: [target.id] })).body;
  // Library rows of a county that is neither actor's: outside the path of both.
  const other = (await office.get('/api/v1/regions')).body.items
    .find((r) => r.id !== officeMe.region_id && r.id !== countyMe.region_id);
  const now = '2026-01-01T00:00:00Z';
  server.db.query(`INSERT INTO library_indicators (region_id, industry, category, subcategory, name, comparator, created_at, updated_at) VALUES (${other.id}, 'education', 'output', 'quantity', '邻县专有指标', '>=', '${now}', '${now}')`);
  server.db.query(`INSERT INTO target_cases (region_id, industry, name, overall_goal, indicators, created_at) VALUES (${other.id}, 'education', '邻县专有案例', '邻县目标', '[]', '${now}')`);
  const libraryIndicator = { id: Number(server.db.query("SELECT id FROM library_indicators WHERE name = '邻县专有指标'")), name: '邻县专有指标', version: 1 };
  const kase = { id: Number(server.db.query("SELECT id FROM target_cases WHERE name = '邻县专有案例'")), name: '邻县专有案例' };
  // Figures and to-dos have no ids: they are checked against the caller's own project list.
  const common = { project, unit: ownUnit, evidence, statistics: {}, todo: {}, target_statistics: {},
    target: { ...target, name: '越权测试目标' }, recommendation: {}, batch: { ...batch, name: '越权测试批次' },
    reviewer: { ...reviewer, name: reviewer.display_name }, library_indicator: libraryIndicator, case: kase };
  foreignOf = {
    // Another unit of the same region: the region's own organisation is not foreign to it,
    // so its region-level targets are the county's.
    demo_unit2: { ...common, ...countyRegion, user: users.find((u) => u.username === 'demo_unit'),
      import_code: ownUnit.code },
    demo_county_office: { ...common, ...root, user: users.find((u) => u.username === 'demo_office'),
      import_code: prefectureOnly },
  };
});
after(async () => { await server?.stop(); });

function pdfForm() {
  const form = new FormData();
  const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), '佐证.pdf');
  return form;
}

function bodyFor(method, pattern, kind, f) {
  if (method === 'PATCH') {
    const version = f[kind]?.version ?? 1;
    if (kind === 'fiscal_year') return { version, status: 'closed' };
    if (kind === 'user') return { version, display_name: '越权' };
    return { version, name: '越权修改' };
  }
  if (pattern === '/api/v1/targets/{id}/submit') return { version: f.target.version };
  if (pattern === '/api/v1/targets/{id}/review')
    return { version: f.target.version, decision: 'approve', scores: { completeness: 20, relevance: 30, appropriateness: 25, feasibility: 25 } };
  if (pattern === '/api/v1/targets/{id}/adjust') return { version: f.target.version, reason: '越权调整' };
  if (method !== 'POST' || pattern.includes('{id}')) return undefined;
  switch (pattern) {
    case '/api/v1/projects':
      return { year: 2026, code: 'XSCOPE1', name: '越权项目', unit_id: f.unit.id, fund_type: 'general',
        amount_fen: 100, function_class: '2050202', category: 'new' };
    case '/api/v1/projects:import':
      return '项目编码,项目名称,单位编码,年度,资金类型,金额（万元）,支出功能分类,项目类别,项目标签\n' +
        `XSCOPE2,越权导入,${f.import_code},2026,一般公共预算,1,2050202,新增项目,\n`;
    case '/api/v1/units':
      return { kind: 'unit', parent_id: f.unit.id, code: 'XSCOPE3', name: '越权单位' };
    case '/api/v1/sections':
      return { region_id: f.region.id, name: '越权股' };
    case '/api/v1/fiscal-years':
      return { region_id: f.region.id, year: 2031 };
    case '/api/v1/regions':
      return { parent_id: f.region.id, code: '539988', name: '越权县' };
    case '/api/v1/evidence':
      return pdfForm();
    case '/api/v1/targets':
    case '/api/v1/targets:lint':
      return { kind: 'project', project_id: f.project.id, overall_goal: '越权目标', indicators: [] };
    case '/api/v1/library/cases':
      return { target_id: f.target.id };
    case '/api/v1/review-batches':
      return { year: 2026, name: '越权批次', reviewer_id: f.reviewer.id, target_ids: [f.target.id] };
    case '/api/v1/users':
      return { username: 'xscope', display_name: '越权', role: 'unit', unit_id: f.unit.id, region_id: f.region.id };
    default:
      return null;  // unknown: the test asks for a case
  }
}

function pathFor(method, pattern, kind, f) {
  if (pattern.includes('{id}')) return pattern.replace('{id}', String(f[kind].id));
  if (method !== 'GET') {
    if (kind === 'evidence') return `${pattern}?document_type=project&document_id=${f.project.id}`;
    return pattern;
  }
  // Lists, filtered straight at the foreign objects.
  return `${pattern}?region_id=${f.region.id}&unit_id=${f.unit.id}&department_id=${f.unit.department_id}` +
    `&document_type=project&document_id=${f.project.id}&project_id=${f.project.id}&limit=500&year=2026`;
}

// True when a list item is one of the foreign objects, or belongs to one.
function isForeign(item, kind, f) {
  if (f[kind]?.id !== undefined && item.id === f[kind].id) return true;
  if (kind === 'project' || kind === 'unit') {
    if (item.unit_id === f.unit.id || (kind === 'unit' && item.id === f.unit.id)) return true;
  }
  if (kind === 'evidence' && item.document_id === f.project.id) return true;
  return false;
}

for (const actor of ['demo_unit2', 'demo_county_office']) {
  test(`every route, as ${actor}, reaching outside its scope`, async () => {
    const client = actor === 'demo_unit2' ? unit2 : county;
    const f = foreignOf[actor];
    let walked = 0;
    for (const { method, pattern, subject: kind } of ROUTES) {
      assert.ok(kind, `${method} ${pattern} declares no subject: add {.subject = ...} to its router.add`);
      // The caller's own session or region, shipped or public data: nothing of anyone else's.
      if (kind === 'own') continue;
      assert.ok(f[kind] !== undefined, `add a cross-scope case for ${kind} (${method} ${pattern})`);
      if (f[kind] === null) continue;  // the feature is not built yet
      const body = bodyFor(method, pattern, kind, f);
      assert.notEqual(body, null, `add a request body for ${method} ${pattern}`);
      const before = server.db.query(FINGERPRINT);
      const res = await client.request(method, pathFor(method, pattern, kind, f), { body });
      const where = `${actor}: ${method} ${pattern} -> ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
      assert.equal(server.db.query(FINGERPRINT), before, `changed data: ${where}`);
      if (kind === 'target_statistics') {
        const own = (await client.get('/api/v1/projects?year=2026&limit=1')).body;
        const st = (await client.get(pattern + '?year=2026')).body;
        if (st.projects !== undefined) {
          assert.ok(st.projects <= own.total, `figures beyond the scope: ${where}`);
          assert.ok(st.amount_fen <= own.total_amount_fen, where);
        }
      } else if (kind === 'statistics') {
        const own = (await client.get('/api/v1/projects?year=2026&limit=1')).body;
        const st = (await client.get(pattern + '?year=2026')).body;
        assert.equal(st.count, own.total, `figures beyond the scope: ${where}`);
        assert.equal(st.amount_fen, own.total_amount_fen, where);
      } else if (method === 'GET' && !pattern.includes('{id}')) {
        if (res.status === 200) {
          // The list contract: {items, next_cursor, total}.
          assert.ok(Array.isArray(res.body.items) && 'next_cursor' in res.body &&
            Number.isInteger(res.body.total), `not a list: ${where}`);
          const items = res.body.items;
          assert.ok(items.every((i) => !isForeign(i, kind, f)), `foreign data listed: ${where}`);
        } else {
          assert.ok([400, 403, 404].includes(res.status), where);
        }
      } else if (pattern.includes('{id}')) {
        assert.ok([403, 404].includes(res.status), where);
        if (res.status === 404 || method !== 'GET') {
          const text = JSON.stringify(res.body);
          const secret = f[kind].name ?? f[kind].filename ?? f[kind].username;
          assert.ok(!text.includes(secret), `foreign content in the answer: ${where}`);
        }
      } else {
        assert.ok(res.status >= 400 && res.status < 500, where);
      }
      walked++;
    }
    assert.ok(walked >= 25, `walked only ${walked} routes`);
  });
}
