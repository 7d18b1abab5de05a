// The API document (GET /api/v1/openapi.json): written from the routes as registered, so every
// route `jixiao routes` lists is in it; OpenAPI 3.1 in shape, its schemas valid JSON Schema
// 2020-12; and real answers of the routes that name a schema are checked against it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import { startServer, loggedIn, Client, jixiao, DEMO_PASSWORD } from './harness.mjs';

let server, office, unit, doc, ajv;
before(async () => {
  server = await startServer();
  [office, unit] = await Promise.all(['demo_office', 'demo_unit'].map((u) => loggedIn(server.base, u)));
  const res = await new Client(server.base).get('/api/v1/openapi.json');  // public: no login
  assert.equal(res.status, 200);
  doc = res.body;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  // 'date' and 'binary' are annotations here; the answers' own checks say what they hold.
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('binary', true);
  ajv.addSchema({ $id: 'openapi', components: { schemas: doc.components.schemas } });
});
after(async () => { await server?.stop(); });

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const operations = () => Object.entries(doc.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((m) => ({ path, method: m.toUpperCase(), op: item[m] })));

test('every route the server has is in the document, with its summary', () => {
  const routes = JSON.parse(jixiao(['routes', '--json']));
  assert.ok(routes.length > 200);
  for (const r of routes) {
    const op = doc.paths[r.pattern]?.[r.method.toLowerCase()];
    assert.ok(op, `${r.method} ${r.pattern} is missing from the API document`);
    assert.equal(op.summary, r.summary);
    assert.match(op.summary, /[\u4e00-\u9fa5]/, `${r.method} ${r.pattern}: a Chinese summary`);
  }
  assert.equal(operations().length, routes.length);
  assert.deepEqual(JSON.parse(jixiao(['routes', '--openapi'])), doc);
});

test('the document is OpenAPI 3.1 in shape and its schemas are JSON Schema 2020-12', () => {
  assert.match(doc.openapi, /^3\.1\.\d+$/);
  assert.equal(typeof doc.info.title, 'string');
  assert.equal(typeof doc.info.version, 'string');
  const tags = new Set(doc.tags.map((t) => t.name));
  const schemes = doc.components.securitySchemes;
  assert.deepEqual(Object.keys(schemes).sort(), ['bearerAuth', 'csrfToken', 'sessionCookie']);
  assert.equal(schemes.sessionCookie.name, 'jixiao_session');
  for (const name of Object.keys(doc.components.schemas)) {
    assert.ok(ajv.getSchema(`openapi#/components/schemas/${name}`), `schema ${name} compiles`);
  }
  const refs = JSON.stringify(doc).match(/"\$ref":"[^"]*"/g) ?? [];
  for (const ref of refs) {
    const name = ref.slice('"$ref":"#/components/schemas/'.length, -1);
    assert.ok(doc.components.schemas[name], `${ref} names a schema of the document`);
  }
  for (const { path, method, op } of operations()) {
    const where = `${method} ${path}`;
    assert.ok(op.tags.every((t) => tags.has(t)), `${where}: its tag is declared`);
    const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const declared = (op.parameters ?? []).filter((p) => p.in === 'path');
    assert.deepEqual(declared.map((p) => p.name), inPath, `${where}: its path parameters`);
    assert.ok(declared.every((p) => p.required === true), `${where}: path parameters are required`);
    assert.ok(Object.keys(op.responses).some((s) => /^2/.test(s)), `${where}: a success answer`);
    assert.ok(op.responses['503'], `${where}: 503 when busy`);
    for (const [status, r] of Object.entries(op.responses)) {
      assert.equal(typeof r.description, 'string', `${where} ${status}: a description`);
      if (!/^2/.test(status)) assert.ok(r.content['application/problem+json'], `${where} ${status}: problem+json`);
    }
    assert.ok(Array.isArray(op.security), `${where}: its security`);
    for (const s of op.security) for (const k of Object.keys(s)) assert.ok(schemes[k], `${where}: scheme ${k}`);
    if (op.security.length) assert.ok(op.responses['401'], `${where}: 401 behind the login`);
    if (method !== 'GET' && op.security.length) assert.ok(op.security[0].csrfToken, `${where}: CSRF on a change`);
  }
  // Public routes say so.
  for (const [path, method] of [['/api/v1/sessions', 'post'], ['/healthz', 'get'], ['/api/public/v1/regions', 'get']]) {
    assert.deepEqual(doc.paths[path][method].security, [], `${method} ${path} is public`);
  }
});

// What the document says the route answers on success, and (for a JSON body) takes.
function named(path, method, part) {
  const op = doc.paths[path][method.toLowerCase()];
  const content = part === 'request' ? op.requestBody?.content
    : op.responses[Object.keys(op.responses).find((s) => /^2/.test(s))].content;
  return content?.['application/json']?.schema?.$ref;
}

function check(ref, value, where) {
  const validate = ajv.getSchema(`openapi${ref}`);
  assert.ok(validate, `${where}: ${ref}`);
  assert.ok(validate(value), `${where} does not fit ${ref}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value).slice(0, 500)}`);
}

const SCORE_FORM = { year: 2026, budget_fen: 100_000_000, executed_fen: 90_000_000, indicators: [
  { category: 'output', subcategory: 'quantity', name: '培训人次', comparator: '>=', value: '200', unit: '人次', weight: 20,
    actual_value: '150' }] };
const MONITORING_FORM = { year: 2026, as_of: '2026-05-31', budget_fen: 100_000_000, executed_fen: 0, report_overdue: false,
  indicators: [{ category: 'output', subcategory: 'quantity', name: '培训人次', comparator: '>=', value: '200',
    unit: '人次', weight: 20, value_so_far: '80', likelihood: 'impossible', projected_value: '100' }] };

// One real request a route naming a schema: its answer (and JSON body) are checked.
async function samples() {
  const project = server.db.query(`SELECT id || '|' || code FROM projects WHERE year = 2026 AND region_id = 1
    AND status IN ('approved', 'executing') AND amount_fen > 10000000 ORDER BY id LIMIT 1`).split('|');
  const anonymous = new Client(server.base);
  return {
    'GET /healthz': () => anonymous.get('/healthz'),
    'GET /api/v1/openapi.json': () => anonymous.get('/api/v1/openapi.json'),
    'POST /api/v1/sessions': (body) => anonymous.post('/api/v1/sessions', body),
    'GET /api/v1/me': () => unit.get('/api/v1/me'),
    'GET /api/v1/projects': () => office.get('/api/v1/projects?year=2026&limit=5'),
    'GET /api/v1/projects/{id}': () => office.get(`/api/v1/projects/${project[0]}`),
    'POST /api/v1/projects:import': () => office.post('/api/v1/projects:import',
      '项目编码,项目名称,单位编码,年度,资金类型,金额（万元）,支出功能分类,项目类别,项目标签\n', { headers: { 'content-type': 'text/csv' } }),
    'POST /api/v1/executions:import': () => office.post('/api/v1/executions:import?year=2026&dry_run=1',
      `项目编码,截至日期,累计支出（万元）\n${project[1]},2026-03-31,1\n`, { headers: { 'content-type': 'text/csv' } }),
    'POST /api/v1/monitoring:evaluate': (body) => unit.post('/api/v1/monitoring:evaluate', body),
    'POST /api/v1/self-evaluations:score': (body) => unit.post('/api/v1/self-evaluations:score', body),
    'GET /api/v1/statistics/projects': () => office.get('/api/v1/statistics/projects?year=2026'),
    'GET /api/v1/statistics/targets': () => office.get('/api/v1/statistics/targets?year=2026'),
  };
}
const BODIES = {
  'POST /api/v1/sessions': { username: 'demo_unit', password: DEMO_PASSWORD },
  'POST /api/v1/monitoring:evaluate': MONITORING_FORM,
  'POST /api/v1/self-evaluations:score': SCORE_FORM,
};

test('real answers of every route that names a schema fit it; a problem fits Problem', async () => {
  const send = await samples();
  const namedRoutes = operations().filter(({ path, method }) => named(path, method, 'answer') || named(path, method, 'request'));
  assert.deepEqual(namedRoutes.map(({ method, path }) => `${method} ${path}`).sort(), Object.keys(send).sort(),
    'each route naming a schema has a sample here');
  for (const { path, method } of namedRoutes) {
    const where = `${method} ${path}`;
    const body = BODIES[where];
    const request = named(path, method, 'request');
    if (request) check(request, body, `${where} (its sample body)`);
    const res = await send[where](body);
    const answer = named(path, method, 'answer');
    if (res.status >= 400) {
      // The empty import is refused: its problem is checked, the route's answer elsewhere.
      assert.equal(where, 'POST /api/v1/projects:import', `${where}: ${res.status} ${JSON.stringify(res.body)}`);
      check('#/components/schemas/Problem', res.body, where);
      continue;
    }
    assert.equal(res.status, 200, `${where}: ${JSON.stringify(res.body)}`);
    if (answer) check(answer, res.body, where);
  }
  const missing = await office.get('/api/v1/projects/999999999');
  assert.equal(missing.status, 404);
  check('#/components/schemas/Problem', missing.body, 'a 404');
  const undeclared = await office.get('/api/v1/projects?year=2026&colour=red');
  assert.equal(undeclared.status, 400);
  assert.equal(undeclared.body.field, 'colour');
});
