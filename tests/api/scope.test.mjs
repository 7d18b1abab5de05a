// Walks every route `jixiao routes` lists, as a user of another unit and as the office of another
// region, aimed at objects outside their scope: no foreign data comes back and nothing changes.
//
// The cases live with their features: every file of tests/api/scope/ (read in name order; none is
// a test file of its own) default-exports an object of these parts, all optional:
//
//   kinds:    { kind: async (ctx) => object }  the foreign object a route of that subject aims at:
//             the same for both actors, `ctx.perActor({demo_unit2: …, demo_county_office: …})`
//             (or `ctx.perActor(async (actor) => …)`) when each aims elsewhere, or null while
//             the feature is not built (its routes are skipped). Every subject but `own` needs one.
//   fixtures: { name: async (ctx) => value }   the same, for values the bodies use that no route
//             names as its subject.
//   bodies:   { 'METHOD /pattern': (f) => body }  the request body of a route. Without one a PATCH
//             sends {version, name}, a POST to a collection is an error, others send none.
//   paths:    { 'METHOD /pattern': (f) => path }  the path of a route, when {id} filled with the
//             subject's id (or, for a list, the pattern with every filter) is not it.
//   filters:  { param: (f) => value }  a query parameter every list is sent, aimed at the foreign
//             objects.
//   foreign:  { kind: (item, f) => bool }  true when a list item belongs to a foreign object
//             (an item with the foreign object's id always is).
//   figures:  { kind: async ({client, pattern, f, where}) => {asserts} }  for subjects that answer
//             figures rather than objects: the checks made instead of the list and {id} checks.
//
// `f` is one actor's view: every kind and fixture by name. `ctx` has `db` (queries straight to
// the database), `as` (a logged-in client per demo user), `me` (each one's /me user),
// `hasRoute(pattern)`, `kind(name)` (another kind's or fixture's value, built on first use, so
// files may use each other's in any order) and `once(key, fn)` (fn's promise, shared by builders).
// A name declared twice, in any part, is an error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { startServer, loggedIn, jixiao } from './harness.mjs';
import { fingerprintOf } from './fingerprint.mjs';

const ACTORS = ['demo_unit2', 'demo_county_office'];
const PARTS = ['kinds', 'fixtures', 'bodies', 'paths', 'filters', 'foreign', 'figures'];

// Every file of the directory, merged part by part; kinds and fixtures share one namespace.
async function loadFeatures(dir) {
  const merged = Object.fromEntries(PARTS.map((p) => [p, {}]));
  const declaredIn = {};  // 'part name' -> file
  const files = readdirSync(dir).filter((n) => n.endsWith('.mjs')).sort();
  assert.ok(files.length > 0, `no cross-scope cases in ${dir.pathname}`);
  for (const file of files) {
    const feature = (await import(new URL(file, dir))).default;
    assert.ok(feature && typeof feature === 'object', `${file}: export the feature's cases as default`);
    for (const [part, entries] of Object.entries(feature)) {
      assert.ok(PARTS.includes(part), `${file}: unknown part ${part} (one of ${PARTS.join(', ')})`);
      const space = part === 'fixtures' ? 'kinds' : part;
      for (const [name, value] of Object.entries(entries)) {
        assert.equal(typeof value, 'function', `${file}: ${part} ${name} is not a function`);
        const key = `${space} ${name}`;
        assert.ok(!declaredIn[key], `${part} ${name} declared twice: in ${declaredIn[key]} and ${file}`);
        declaredIn[key] = file;
        merged[part][name] = value;
      }
    }
  }
  for (const part of ['foreign', 'figures']) {
    for (const kind of Object.keys(merged[part])) {
      assert.ok(merged.kinds[kind], `${declaredIn[`${part} ${kind}`]}: ${part} ${kind} is for no kind`);
    }
  }
  merged.builders = { ...merged.kinds, ...merged.fixtures };
  return merged;
}

const CASES = await loadFeatures(new URL('./scope/', import.meta.url));

let server, clients;
let foreignOf;  // actor name -> { kind or fixture -> value }

let FINGERPRINT;
let ROUTES;  // every route with what it declares: {method, pattern, subject, upload}

// A kind's value that differs per actor.
class PerActor {
  constructor(values) {
    for (const actor of ACTORS) assert.ok(values[actor] !== undefined, `no value for ${actor}`);
    this.values = values;
  }
}

before(async () => {
  server = await startServer();
  const schema = fingerprintOf(server.db);
  // The schema is read, not listed: a table missed here would go unwatched.
  assert.ok(schema.tables.includes('audit_log') && schema.tables.includes('projects') &&
    schema.tables.length >= 20, `tables: ${schema.tables}`);
  FINGERPRINT = schema.sql;
  ROUTES = JSON.parse(jixiao(['routes', '--json']));
  const users = ['demo_office', 'demo_unit', ...ACTORS];
  clients = Object.fromEntries(await Promise.all(users.map(async (u) => [u, await loggedIn(server.base, u)])));
  const me = Object.fromEntries(await Promise.all(
    users.map(async (u) => [u, (await clients[u].get('/api/v1/me')).body.user])));
  const built = {};
  const shared = {};
  const ctx = {
    db: server.db,
    as: clients,
    me,
    hasRoute: (pattern) => ROUTES.some((r) => r.pattern === pattern),
    kind(name) {
      assert.ok(CASES.builders[name], `no kind or fixture ${name} in tests/api/scope/`);
      return (built[name] ??= CASES.builders[name](ctx));
    },
    once: (key, fn) => (shared[key] ??= fn()),
    async perActor(of) {
      if (typeof of !== 'function') return new PerActor(of);
      const values = {};
      for (const actor of ACTORS) values[actor] = await of(actor);
      return new PerActor(values);
    },
  };
  foreignOf = Object.fromEntries(ACTORS.map((a) => [a, {}]));
  for (const name of Object.keys(CASES.builders)) {
    const value = await ctx.kind(name);
    assert.ok(value !== undefined, `the ${name} of tests/api/scope/ is undefined (null: not built yet)`);
    for (const actor of ACTORS) foreignOf[actor][name] = value instanceof PerActor ? value.values[actor] : value;
  }
});
after(async () => { await server?.stop(); });

function bodyFor(method, pattern, kind, f) {
  const declared = CASES.bodies[`${method} ${pattern}`];
  if (declared) return declared(f);
  if (method === 'PATCH') return { version: f[kind]?.version ?? 1, name: '越权修改' };
  if (method === 'POST' && !pattern.includes('{id}')) return null;  // unknown: the test asks for a case
  return undefined;
}

function pathFor(method, pattern, kind, f) {
  const declared = CASES.paths[`${method} ${pattern}`];
  if (declared) return declared(f);
  if (pattern.includes('{id}')) return pattern.replace('{id}', String(f[kind].id));
  if (method !== 'GET') return pattern;
  // Lists, filtered straight at the foreign objects.
  const filters = Object.entries(CASES.filters).map(([param, value]) => `${param}=${value(f)}`);
  return `${pattern}?${[...filters, 'limit=500'].join('&')}`;
}

// True when a list item is one of the foreign objects, or belongs to one.
function isForeign(item, kind, f) {
  if (f[kind]?.id !== undefined && item.id === f[kind].id) return true;
  return CASES.foreign[kind]?.(item, f) ?? false;
}

for (const actor of ACTORS) {
  test(`every route, as ${actor}, reaching outside its scope`, async () => {
    const client = clients[actor];
    const f = foreignOf[actor];
    let walked = 0;
    for (const { method, pattern, subject: kind } of ROUTES) {
      assert.ok(kind, `${method} ${pattern} declares no subject: add {.subject = ...} to its router.add`);
      // The caller's own session or region, shipped or public data: nothing of anyone else's.
      if (kind === 'own') continue;
      assert.ok(CASES.kinds[kind] && f[kind] !== undefined, `add a cross-scope case for ${kind} (${method} ${pattern})`);
      if (f[kind] === null) continue;  // the feature is not built yet
      const body = bodyFor(method, pattern, kind, f);
      assert.notEqual(body, null, `add a request body for ${method} ${pattern}`);
      const before = server.db.query(FINGERPRINT);
      const res = await client.request(method, pathFor(method, pattern, kind, f), { body });
      const where = `${actor}: ${method} ${pattern} -> ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
      assert.equal(server.db.query(FINGERPRINT), before, `changed data: ${where}`);
      if (CASES.figures[kind]) {
        await CASES.figures[kind]({ client, pattern, f, where });
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
    // Sessions are bookkeeping, out of the fingerprint: the foreign accounts are still logged in
    // (DELETE /api/v1/users/{id}/sessions aimed at them ended nothing).
    for (const other of ['demo_office', 'demo_unit']) {
      assert.equal((await clients[other].get('/api/v1/me')).status, 200, `${actor} ended ${other}'s sessions`);
    }
  });
}
