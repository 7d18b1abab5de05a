// The gzipped script each page of the built web app costs (web/dist, with its .js.gz twins):
// the entry module of index.html and everything it imports statically, plus the page's own chunk
// and its static imports (plus the layout's, for pages inside it). Chunks loaded on demand
// (ExcelJS, the charts of the home page are behind import()) count only in the chunk table.
// Prints markdown; with --docs, also writes it into docs/PERFORMANCE.md. Exits 1 when a goal
// is missed: the login page under 300 kB, no page over 1 MB with what it fetches when used
// (gzipped, 1 kB = 1000 bytes).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = join(ROOT, 'web/dist');
const ASSETS = join(DIST, 'assets');
const LOGIN_GOAL = 300_000;
const PAGE_GOAL = 1_000_000;
const DOCS = join(ROOT, 'docs/PERFORMANCE.md');
const HEADING = '## Web app: script sizes (gzip)';

function fail(message) {
  console.error('web-sizes: ' + message);
  process.exit(2);
}

if (!existsSync(join(DIST, 'index.html'))) fail('web/dist/index.html is missing: run scripts/build-web first');

const chunks = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
const gz = new Map();
for (const f of chunks) {
  const twin = join(ASSETS, f + '.gz');
  if (!existsSync(twin)) fail(`${f}.gz is missing: run scripts/build-web first`);
  gz.set(f, statSync(twin).size);
}
const raw = (f) => statSync(join(ASSETS, f)).size;

// Static imports of a chunk: `import{a}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`.
// import("./x.js") is a dynamic import: not followed.
const importsOf = new Map();
function staticImports(f) {
  if (!importsOf.has(f)) {
    const text = readFileSync(join(ASSETS, f), 'utf8');
    const found = new Set();
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g)) found.add(m[1]);
    importsOf.set(f, [...found]);
  }
  return importsOf.get(f);
}
// Chunks a chunk loads with import("./x.js") when its code asks for them.
function dynamicImports(f) {
  const text = readFileSync(join(ASSETS, f), 'utf8');
  return [...new Set([...text.matchAll(/\bimport\(\s*["']\.\/([^"']+\.js)["']\s*\)/g)].map((m) => m[1]))];
}
function closure(start, into = new Set()) {
  const stack = [start];
  while (stack.length) {
    const f = stack.pop();
    if (into.has(f)) continue;
    if (!gz.has(f)) fail(`${f} is imported but not in web/dist/assets`);
    into.add(f);
    stack.push(...staticImports(f));
  }
  return into;
}
const total = (set) => [...set].reduce((n, f) => n + gz.get(f), 0);

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const entry = /<script[^>]*type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
if (!entry) fail('no module script in web/dist/index.html');
const entrySet = closure(entry);

// Pages: the router's `path: '…'` and the view it imports, in order of the sources.
const ROUTER = join(ROOT, 'web/src/router');
const pages = [];
for (const file of ['index.ts', ...readdirSync(ROUTER).filter((f) => f.startsWith('routes-')).sort()]) {
  const src = readFileSync(join(ROUTER, file), 'utf8');
  const re = /path:\s*'([^']*)'[\s\S]*?(?=path:|$)/g;
  for (const m of src.matchAll(re)) {
    const view = /import\('\.\.\/(?:views|layout)\/(?:[\w/]*\/)?(\w+)\.vue'\)/.exec(m[0])?.[1];
    if (!view || view === 'AppLayout') continue;
    const path = m[1].startsWith('/') ? m[1] : '/' + m[1];
    pages.push({ path, view, inLayout: !(file === 'index.ts' && m[1].startsWith('/')) });
  }
}
// Vite names a chunk after its module with an 8-character hash: LoginView-DjDd9V1E.js.
const chunkOf = (name) => chunks.find((c) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(c));
const layout = chunkOf('AppLayout');
if (!layout) fail('no AppLayout chunk');

const kB = (n) => (n / 1000).toFixed(1);
const short = (f) => f.replace(/-[\w-]{8}\.js$/, '');
const pageChunks = new Set([layout, ...pages.map((p) => chunkOf(p.view)).filter(Boolean)]);
const rows = [];
const seen = new Set();
for (const p of pages) {
  const key = p.path + ' ' + p.view;
  if (seen.has(key)) continue;
  seen.add(key);
  const chunk = chunkOf(p.view);
  if (!chunk) fail(`no chunk for ${p.view}`);
  const set = new Set(entrySet);
  if (p.inLayout) closure(layout, set);
  closure(chunk, set);
  // What the page's own code fetches later (not other pages: the router's imports are in the entry).
  const later = new Set();
  for (const f of set) {
    if (entrySet.has(f)) continue;
    for (const d of dynamicImports(f)) if (!set.has(d) && !pageChunks.has(d)) closure(d, later);
  }
  for (const f of set) later.delete(f);
  rows.push({ ...p, chunk, own: gz.get(chunk), total: total(set), later: total(later),
    laterNames: [...later].filter((f) => !/^(el-|_)/.test(f)).map(short) });
}
const login = rows.find((r) => r.path === '/login');
if (!login) fail('no /login route');

const out = [];
out.push(`Built ${new Date().toISOString().slice(0, 10)}; ${chunks.length} script chunks, ${kB(total(new Set(chunks)))} kB gzipped in all.`);
out.push('');
out.push('| page | route | page chunk | script to open it | fetched when used |');
out.push('|---|---|---:|---:|---|');
for (const r of rows) {
  const route = r.path.replace(/\\\\/g, '\\').replace(/\|/g, '\\|');
  const later = r.later ? `${kB(r.later)} kB (${r.laterNames.join(', ')})` : '—';
  out.push(`| ${r.view} | \`${route}\` | ${kB(r.own)} kB | ${kB(r.total)} kB | ${later} |`);
}
out.push('');
out.push('Largest chunks (any page may load them; ExcelJS and ECharts only when used):');
out.push('');
out.push('| chunk | raw | gzip |');
out.push('|---|---:|---:|');
const largest = [...gz.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
for (const [f, n] of largest) out.push(`| ${short(f)} | ${kB(raw(f))} kB | ${kB(n)} kB |`);
out.push('');
// A page's whole cost counts what it fetches when used, too.
const worst = rows.reduce((a, b) => (b.total + b.later > a.total + a.later ? b : a));
const loginOk = login.total < LOGIN_GOAL;
const pagesOk = worst.total + worst.later <= PAGE_GOAL;
out.push(`Goals: login page under 300 kB — ${loginOk ? 'met' : 'MISSED'} (${kB(login.total)} kB); `
  + `no page over 1 MB — ${pagesOk ? 'met' : 'MISSED'} (largest: ${worst.view}, ${kB(worst.total + worst.later)} kB with what it fetches when used).`);
const table = out.join('\n');
console.log(table);

if (process.argv.includes('--docs')) {
  const section = [
    HEADING,
    '',
    'Command: `scripts/web-sizes --docs` (builds the web app if its sources changed, prints this and',
    'writes it here). A page\'s script is the entry of `index.html` with its static imports, the page\'s',
    'chunk with its own, and the layout\'s for pages inside it; chunks behind `import()` (ExcelJS for',
    'import and export, ECharts for the home page\'s charts) are fetched when first used. 1 kB = 1000 bytes.',
    '',
    table,
    '',
  ].join('\n');
  let doc = readFileSync(DOCS, 'utf8');
  const at = doc.indexOf(HEADING);
  if (at >= 0) {
    const next = doc.indexOf('\n## ', at + HEADING.length);
    doc = doc.slice(0, at) + section + (next >= 0 ? '\n' + doc.slice(next + 1) : '');
  } else {
    doc = doc.replace(/\n*$/, '\n\n') + section;
  }
  writeFileSync(DOCS, doc);
  console.error(`web-sizes: wrote ${basename(DOCS)}`);
}
process.exit(loginOk && pagesOk ? 0 : 1);
