// The warning and its outcome apart from the pages: what the live preview sends to the warning
// rules (R-MO-4), the decision form's amount (R-MO-5: 调整预算 the new budget, 收回资金 at most what
// is unspent), the warning run's progress, and the board's counts, chart and totals.
import { fenToWan, parseWan, type ParsedMoney } from '../money';

export interface FormAnswer { value_so_far: string; projected_value: string; likelihood: string }

/** The body of POST /monitoring:evaluate for the form as it stands: each target indicator's fields
 *  with the answer typed beside it; the report is never overdue while its unit edits it. */
export function evaluateBody(
  r: { year: number; as_of: string; budget_fen: number; indicators: { indicator: object }[] },
  answers: FormAnswer[],
  executedFen: number,
) {
  return {
    year: r.year,
    as_of: r.as_of,
    budget_fen: r.budget_fen,
    executed_fen: executedFen,
    report_overdue: false,
    indicators: r.indicators.map((i, n) => ({
      ...i.indicator,
      value_so_far: answers[n]?.value_so_far.trim() ?? '',
      likelihood: answers[n]?.likelihood ?? '',
      projected_value: answers[n]?.projected_value.trim() ?? '',
    })),
  };
}

/** The preview's headline: "按当前填报，预计：蓝色一般预警". */
export function previewTitle(colourLabel: string): string {
  return `按当前填报，预计：${colourLabel}`;
}

/** The kinds that carry an amount: 调整预算 (the new budget) and 收回资金 (the amount recovered). */
export function needsAmount(kind: string): boolean {
  return kind === 'adjust_budget' || kind === 'recover';
}

/** What the project has spent by now: the latest figure of its series (in date order), which may be
 *  later than the checkpoint's; the report's own figure where the series is empty. The server
 *  checks a decision's amount against this, not against the spending as of the checkpoint. */
export function spentNowFen(series: { as_of: string; executed_fen: number }[], reportFen: number): number {
  let latest: { as_of: string; executed_fen: number } | null = null;
  for (const e of series) if (!latest || e.as_of > latest.as_of) latest = e;
  return latest ? latest.executed_fen : reportFen;
}

/** What is left unspent, the most that can be recovered (never below 0). */
export function unspentFen(budgetFen: number, executedFen: number): number {
  return Math.max(0, budgetFen - executedFen);
}

/** The amount as typed in 万元 → fen exactly, checked as the server checks it. */
export function parseOutcomeAmount(kind: string, text: string, budgetFen: number, executedFen: number): ParsedMoney {
  const m = parseWan(text, 6);
  if (!m.ok) return m;
  if (kind === 'recover') {
    if (m.fen <= 0) return { ok: false, error: '请填写收回的金额' };
    const most = unspentFen(budgetFen, executedFen);
    if (m.fen > most) return { ok: false, error: `最多只能收回尚未支出的 ${fenToWan(most)} 万元` };
  } else if (kind === 'adjust_budget') {
    if (m.fen < executedFen) return { ok: false, error: `调整后的预算不能少于已支出的 ${fenToWan(executedFen)} 万元` };
    if (m.fen === budgetFen) return { ok: false, error: '调整后的预算与现在相同' };
  }
  return m;
}

/** The warning run's bar: evaluated ÷ reports as a whole percentage, 0–100. */
export function runPercent(evaluated: number, reports: number): number {
  if (reports <= 0) return 0;
  return Math.min(100, Math.floor((evaluated * 100) / reports));
}

export interface ColourCount { colour: string; label: string; count: number }

/** A bar chart of the reports by colour, each bar in its colour; clicking one filters the table. */
export function colourChartOption(counts: ColourCount[]) {
  const paint: Record<string, string> = { none: '#67c23a', blue: '#409eff', red: '#f56c6c' };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: counts.map((c) => c.label) },
    yAxis: { type: 'value', name: '份', minInterval: 1 },
    series: [{
      type: 'bar',
      barMaxWidth: 56,
      label: { show: true, position: 'top' },
      data: counts.map((c) => ({ value: c.count, itemStyle: { color: paint[c.colour] ?? '#909399' } })),
    }],
  };
}

export interface TotalRow { region_name: string; department_name: string; outcomes: number; recoveries: number;
  recovered_fen: number; adjusted_fen: number }

/** The totals' 合计 row: counts and fen added up as integers. */
export function totalsSum(rows: TotalRow[]): TotalRow {
  return rows.reduce((s, r) => ({ ...s, outcomes: s.outcomes + r.outcomes, recoveries: s.recoveries + r.recoveries,
    recovered_fen: s.recovered_fen + r.recovered_fen, adjusted_fen: s.adjusted_fen + r.adjusted_fen }),
  { region_name: '合计', department_name: '', outcomes: 0, recoveries: 0, recovered_fen: 0, adjusted_fen: 0 });
}
