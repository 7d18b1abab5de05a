// The web app's pure TypeScript rules (web/src/utils) for node:test: each test file calls
// load('money') and gets the module, bundled as ESM by esbuild (the one Vite already brings in
// web/node_modules) into a temporary directory that is removed when the process ends.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('../../', import.meta.url).pathname;
const UTILS = join(ROOT, 'web/src/utils');
// The modules without a browser behind them. ExcelJS, the one large library they may load, stays
// outside the bundle: node loads it from web/node_modules (excel.ts imports it only when called).
export const MODULES = ['money', 'csv', 'importRows', 'historyDiff', 'projectFields', 'format',
  'targets/grade', 'targets/fields', 'targets/draft', 'targets/declarationLayout', 'targets/libraryImport', 'targets/ruleParams', 'paging', 'listQuery', 'targets/coverageChart', 'budget_review/entry', 'monitoring/report', 'monitoring/outcome', 'monitoring/statistics',
  'monitoring/checkpoint', 'self_evaluation/selfEvaluationLayout', 'self_evaluation/selfEvaluationXlsx',
  'self_evaluation/selfEvaluationImport', 'self_evaluation/statistics', 'self_evaluation/form',
  'self_evaluation_review/plan', 'self_evaluation_review/review', 'key_evaluation/registryExport',
  'key_evaluation/reports', 'key_evaluation/points', 'key_evaluation/feeBands',
  'appraisal/scorecard', 'annual_report/figures',
  'annual_report/reportDocument', 'org/apiDocs'];

let built = null;

async function build() {
  const requireWeb = createRequire(join(ROOT, 'web/package.json'));
  const esbuild = requireWeb('esbuild');
  const exceljs = requireWeb.resolve('exceljs');  // its node entry, not the browser bundle
  const out = mkdtempSync(join(tmpdir(), 'jixiao-web-utils-'));
  process.on('exit', () => rmSync(out, { recursive: true, force: true }));
  await esbuild.build({
    entryPoints: MODULES.map((m) => join(UTILS, m + '.ts')),
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    logLevel: 'error',
    plugins: [{
      name: 'exceljs-outside',
      setup(b) { b.onResolve({ filter: /^exceljs$/ }, () => ({ path: pathToFileURL(exceljs).href, external: true })); },
    }],
  });
  return out;
}

/** The module web/src/utils/<name>.ts. */
export async function load(name) {
  if (!MODULES.includes(name)) throw new Error(`not a pure module: ${name}`);
  built ??= build();
  return import(pathToFileURL(join(await built, name + '.mjs')).href);
}
