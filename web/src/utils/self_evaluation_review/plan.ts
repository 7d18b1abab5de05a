// The sampling plan's form and coverage as the 抽查计划 page shows them (R-RV-1): the parameters
// in the words and units people use (万元, %, 是/否), read back into the API's integers with an
// error at the field that cannot be read; the coverage by reason; a refused assignment named by
// the sample it is about. Pure: no I/O.
import type { Plan, PlanInput, Reason, Sample, Signal, Summary, Tally } from '../../api/selfEvaluationReview';
import { fenToWan, fenToWanExact, parseWan } from '../money';

/** The draw's reasons, in the order the draw applies them, as the pages name them briefly. */
export const REASONS: { value: Reason; label: string; tag: 'danger' | 'warning' | 'primary' | 'info' }[] = [
  { value: 'threshold', label: '金额达标', tag: 'danger' },
  { value: 'key_project', label: '重点项目', tag: 'warning' },
  { value: 'key_department', label: '重点部门', tag: 'primary' },
  { value: 'random', label: '随机抽取', tag: 'info' },
];
export const reasonLabel = (r: string) => REASONS.find((x) => x.value === r)?.label ?? r;
export const reasonTag = (r: string) => REASONS.find((x) => x.value === r)?.tag ?? 'info';

export const SAMPLE_STATUSES = [
  { value: 'pending', label: '待复核' },
  { value: 'reviewed', label: '已复核' },
];

/** The largest seed the API takes: 2^53 − 1, what a number in the browser holds exactly. */
export const MAX_SEED = 2 ** 53 - 1;

/** The parameters as typed: money in 万元, the share in whole percent, the seed in digits. */
export interface PlanForm {
  threshold: string;
  keyProjects: boolean;
  keyProjectIds: number[];
  keyDepartmentIds: number[];
  percent: string;
  weighted: boolean;
  seed: string;
}
export type PlanField = 'threshold' | 'percent' | 'seed';

export function formOf(plan: Plan): PlanForm {
  const p = plan.params;
  return {
    threshold: fenToWanExact(p.amount_threshold_fen),
    keyProjects: p.key_projects,
    keyProjectIds: [...p.key_project_ids],
    keyDepartmentIds: [...p.key_department_ids],
    percent: String(p.sample_percent),
    weighted: p.weighted,
    seed: String(p.seed),
  };
}

export type ReadForm = { ok: true; input: Required<PlanInput> } | { ok: false; errors: Partial<Record<PlanField, string>> };

/** The form as the API's parameters; the errors at their fields when one cannot be read. */
export function readForm(f: PlanForm): ReadForm {
  const errors: Partial<Record<PlanField, string>> = {};
  const money = parseWan(f.threshold, 6);
  if (!money.ok) errors.threshold = money.error;
  const percent = f.percent.trim();
  if (!/^\d{1,3}$/.test(percent) || Number(percent) > 100) errors.percent = '抽取比例应为 0 到 100 的整数';
  const seed = f.seed.trim();
  if (!/^\d{1,16}$/.test(seed) || Number(seed) > MAX_SEED) errors.seed = `随机种子应为 0 到 ${MAX_SEED} 的整数`;
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      amount_threshold_fen: (money as { fen: number }).fen,
      key_projects: f.keyProjects,
      key_project_ids: [...f.keyProjectIds],
      key_department_ids: [...f.keyDepartmentIds],
      sample_percent: Number(percent),
      weighted: f.weighted,
      seed: Number(seed),
    },
  };
}

const sameIds = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The fields of the read form that differ from the plan as saved (what 保存 sends). */
export function changes(input: Required<PlanInput>, plan: Plan): PlanInput {
  const p = plan.params;
  const out: PlanInput = {};
  if (input.amount_threshold_fen !== p.amount_threshold_fen) out.amount_threshold_fen = input.amount_threshold_fen;
  if (input.key_projects !== p.key_projects) out.key_projects = input.key_projects;
  if (!sameIds(input.key_project_ids, p.key_project_ids)) out.key_project_ids = input.key_project_ids;
  if (!sameIds(input.key_department_ids, p.key_department_ids)) out.key_department_ids = input.key_department_ids;
  if (input.sample_percent !== p.sample_percent) out.sample_percent = input.sample_percent;
  if (input.weighted !== p.weighted) out.weighted = input.weighted;
  if (input.seed !== p.seed) out.seed = input.seed;
  return out;
}

/** The API's field of a refused parameter → the form's field (key_project_ids[2] → keyProjectIds). */
export function formField(apiField: string | undefined): string | null {
  if (!apiField) return null;
  const base = apiField.replace(/\[\d+\]$/, '');
  const map: Record<string, string> = {
    amount_threshold_fen: 'threshold', sample_percent: 'percent', seed: 'seed',
    key_project_ids: 'keyProjectIds', key_department_ids: 'keyDepartmentIds',
  };
  return map[base] ?? null;
}

/** A fresh seed from a source of random 32-bit words (crypto.getRandomValues in the page). */
export function seedFrom(words: [number, number]): number {
  // 21 high bits and 32 low bits: 53 bits, every one an exact integer.
  return (words[0] % 2 ** 21) * 2 ** 32 + (words[1] >>> 0);
}

/** A coverage rate of the API ("29.75") as shown: "29.75%", or "—" when there is nothing to cover. */
export const rateText = (rate: string | null | undefined) => (rate ? `${rate}%` : '—');

/** "3 个项目、1 个部门" as a tally counts them; "无" for none. */
export function tallyText(t: Pick<Tally, 'projects' | 'departments'>): string {
  const parts: string[] = [];
  if (t.projects) parts.push(`${t.projects} 个项目`);
  if (t.departments) parts.push(`${t.departments} 个部门整体`);
  return parts.length ? parts.join('、') : '无';
}

export interface CoverageRow {
  key: string;
  label: string;
  count: number;
  projects: number;
  departments: number;
  money: string;   // 万元, two decimals, grouped
  share: string;   // of the chosen money, "12.35%"
  total?: boolean;
}

/** The share a ÷ b of money in percent with two decimals, half up, on integers; "—" for b = 0. */
export function shareText(a: number, b: number): string {
  if (!(b > 0)) return '—';
  const basis = (BigInt(a) * 20000n + BigInt(b)) / (2n * BigInt(b));
  return `${basis / 100n}.${String(basis % 100n).padStart(2, '0')}%`;
}

/** The rows of the coverage table: each reason, then the sample and every candidate. */
export function coverageRows(s: Summary): CoverageRow[] {
  const row = (key: string, label: string, t: Tally, total = false): CoverageRow => ({
    key, label, count: t.count, projects: t.projects, departments: t.departments,
    money: fenToWan(t.money_fen, { grouping: true }), share: shareText(t.money_fen, s.all.money_fen), total,
  });
  return [
    ...s.by_reason.map((r) => row(r.reason, reasonLabel(r.reason), r)),
    row('chosen', '抽查合计', s.chosen, true),
    row('all', '全部自评（候选）', s.all, true),
  ];
}

/** What a sample's or a chosen evaluation's subject is called: the project, or the department as a whole. */
export function subjectName(x: { kind: string; name: string; department_name: string }): string {
  return x.kind === 'department' ? `${x.department_name}（部门整体）` : x.name;
}

/**
 * A refused assignment (422 conflict_of_interest, 400 sample_ids[i], 409 versions[i]): the sample
 * it is about, from the samples sent in that order, and the message naming it (the server's
 * detail names the project; the unit is added when it does not, so the office knows which one).
 */
export function assignmentError<S extends Pick<Sample, 'id' | 'kind' | 'name' | 'unit_name' | 'department_name'>>(
  field: string | undefined, detail: string, sent: S[]): { sample: S | null; message: string } {
  const m = /^(?:sample_ids|versions)\[(\d+)\]$/.exec(field ?? '');
  const x = m ? sent[Number(m[1])] : undefined;
  if (!x) return { sample: null, message: detail };
  const name = subjectName(x);
  return { sample: x, message: detail.includes(x.name) ? detail : `“${name}”（${x.unit_name}）：${detail}` };
}

/** Signals' weights as the draw adds them: 1 + each signal's weight. */
export const drawWeight = (signals: Signal[]) => 1 + signals.reduce((s, g) => s + g.weight, 0);
