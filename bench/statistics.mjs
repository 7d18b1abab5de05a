// Times the region statistics the home page shows, the budget review's cut rates, the ex-ante
// assessments' statistics, the monitoring statistics of the year's first checkpoint (found
// through the checkpoints list) and the self-evaluation statistics of the year (by region, then
// by department: a page, a sorted page and every row), and the key evaluations' plan suggestions,
// coverage and statistics, and the annual work report's figures, funnel and report, as the province's performance office of a `jixiao bench-data`
// database: the first request after the server starts (cold) and the median of the next ten
// (warm). Prints JSON: node bench/statistics.mjs http://127.0.0.1:PORT YEAR
import { Client } from '../tests/api/harness.mjs';

const base = process.argv[2];
const year = process.argv[3] || '2026';
const office = new Client(base);
await office.login('b990000_office', 'Bench@2026');

async function time(path) {
  const t = process.hrtime.bigint();
  const res = await office.get(path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const out = {};
const checkpoints = (await office.get(`/api/v1/checkpoints?year=${year}`)).body.items ?? [];
const checkpoint = checkpoints.find((c) => c.status !== 'planned') ?? checkpoints[0];
// Without a checkpoint the monitoring row says "—" (and misses its goal) rather than time nothing.
if (!checkpoint) out.monitoring = { cold_ms: '—', warm_ms: '—' };
for (const [name, path] of [['projects', `/api/v1/statistics/projects?year=${year}`],
  ['targets', `/api/v1/statistics/targets?year=${year}`],
  ['budget_review', `/api/v1/budget-reviews/statistics?year=${year}`],
  ['assessments', `/api/v1/statistics/assessments?year=${year}`],
  ['monitoring', checkpoint && `/api/v1/monitoring/statistics?year=${year}&checkpoint_id=${checkpoint.id}`],
  ['self_evaluation', `/api/v1/self-evaluations/statistics?year=${year}`],
  // By department: the first page (50 in code order), a page sorted by a rate, and every row
  // (limit=0, what the Excel export asks).
  ['self_evaluation_departments', `/api/v1/self-evaluations/statistics?year=${year}&by=department`],
  ['self_evaluation_departments_sorted', `/api/v1/self-evaluations/statistics?year=${year}&by=department&sort=-inflated_share&offset=50`],
  ['self_evaluation_departments_all', `/api/v1/self-evaluations/statistics?year=${year}&by=department&limit=0`],
  // The key evaluations' plan: what to add (the largest projects not evaluated for years, red
  // warnings, inflated self scores, poor grades) and what the plan covers; their statistics.
  ['key_evaluation_suggestions', `/api/v1/key-evaluations/suggestions?year=${year}`],
  ['key_evaluation_coverage', `/api/v1/key-evaluations/coverage?year=${year}`],
  ['key_evaluation_statistics', `/api/v1/key-evaluations/statistics?year=${year}`],
  // The annual work report: the work year's figures, the year's lifecycle funnel (every stage's
  // records of one fiscal year), and the report of the work year after it, whose self-evaluation
  // section counts this year's evaluations (R-RPT-1).
  ['annual_report_figures', `/api/v1/annual-reports/figures?year=${year}`],
  ['annual_report_funnel', `/api/v1/annual-reports/funnel?year=${year}`],
  ['annual_report', `/api/v1/annual-reports/${Number(year) + 1}`]]) {
  if (!path) continue;
  const cold = await time(path);
  const warm = [];
  for (let i = 0; i < 10; i++) warm.push(await time(path));
  warm.sort((a, b) => a - b);
  out[name] = { cold_ms: Number(cold.toFixed(1)), warm_ms: Number(warm[5].toFixed(1)) };
}
console.log(JSON.stringify(out));
