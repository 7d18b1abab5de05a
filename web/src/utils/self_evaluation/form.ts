// The self-evaluation form's rules apart from the page: each indicator's answer as typed, the
// body of the scoring route (POST /self-evaluations:score) for the live score and when there is
// not yet one, the body of a save, where an error the API names goes on the form, the indicator
// rows grouped as the national table groups them, and the call that keeps only the latest score.
import type { Framework } from '../../api/targetTypes';
import type { AnswerInput, EvaluationView, IndicatorResult, ScoreBody } from '../../api/selfEvaluation';
import { formatHundredths, toHundredths } from '../targets/grade';
import { frameworkFor, SHIPPED_FRAMEWORKS, type SelfEvaluationSheetInput } from './selfEvaluationLayout';

/** One indicator's answer as the inputs hold it (the self score in points as typed). */
export interface Draft {
  actual_value: string;
  not_applicable: boolean;
  deviation_reason: string;
  improvement: string;
  self_score: string;
  self_score_reason: string;
}

export function draftOf(i: IndicatorResult): Draft {
  return {
    actual_value: i.actual_value,
    not_applicable: i.not_applicable,
    deviation_reason: i.deviation_reason,
    improvement: i.improvement,
    self_score: i.self_score === null ? '' : formatHundredths(i.self_score),
    self_score_reason: i.self_score_reason,
  };
}

/** Hundredths as the JSON number the target's fields take (1250 → 12.5). */
export function pointsNumber(h: number): number {
  return Number(formatHundredths(h));
}

/** What the scoring route is sent, or why it is not asked yet (`waiting`, in words). */
export interface ScoreRequest { body: ScoreBody | null; waiting: string }

/**
 * The scoring route's body for the form as it stands. It scores only a form every applicable
 * indicator of which has its value (the weights depend on all of them), so until then there is
 * no body, and the words say what is missing. A self score that is not a number is left out
 * (the input shows its own error). The route refuses spending above the budget; R-SE-3 counts at
 * most the whole budget, so the preview sends the budget then, which scores the same.
 */
export function scoreRequest(v: { year: number; budget_fen: number; indicators: IndicatorResult[] },
  drafts: Draft[], executedFen: number | null): ScoreRequest {
  if (executedFen === null) return { body: null, waiting: '全年执行数填写正确后显示试算得分' };
  const applicable = drafts.filter((d) => !d.not_applicable);
  if (!applicable.length) return { body: null, waiting: '至少要有一项适用的指标' };
  const blank = applicable.filter((d) => !d.actual_value.trim()).length;
  if (blank) return { body: null, waiting: `还有 ${blank} 项指标未填写实际完成值，填写完整后显示试算得分` };
  const indicators = v.indicators.map((i, k) => {
    const d = drafts[k];
    const own = d.not_applicable ? null : toHundredths(d.self_score.trim() || null);
    const x: Record<string, unknown> = {
      category: i.indicator.category, subcategory: i.indicator.subcategory, name: i.indicator.name,
      comparator: i.indicator.comparator, value: i.indicator.value, unit: i.indicator.unit,
      weight: pointsNumber(i.indicator.weight),
      actual_value: d.not_applicable ? '' : d.actual_value.trim(), not_applicable: d.not_applicable,
      self_score: own === null ? null : formatHundredths(own),
    };
    if (i.indicator.direction) x.direction = i.indicator.direction;
    return x;
  });
  return {
    body: { year: v.year, budget_fen: v.budget_fen, executed_fen: Math.min(executedFen, v.budget_fen), indicators },
    waiting: '',
  };
}

/** The self score's words when it is typed but not a score. */
export const SELF_SCORE_ERROR = '自评分应为不小于 0、最多两位小数的数字';

/** The answers a save sends, every indicator in the target's order; errors keyed as fieldKey gives them. */
export function answersOf(indicators: IndicatorResult[], drafts: Draft[]): { answers: AnswerInput[]; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const answers = indicators.map((i, k) => {
    const d = drafts[k];
    const typed = d.self_score.trim();
    const own = typed ? toHundredths(typed) : null;
    if (typed && own === null) errors[`${i.position}.self_score`] = SELF_SCORE_ERROR;
    return {
      position: i.position,
      actual_value: d.not_applicable ? '' : d.actual_value.trim(),
      not_applicable: d.not_applicable,
      deviation_reason: d.deviation_reason.trim(),
      improvement: d.improvement.trim(),
      self_score: d.not_applicable ? null : own,
      self_score_reason: d.self_score_reason.trim(),
    };
  });
  return { answers, errors };
}

/**
 * The form's key for a field the API names: "indicators[2].actual_value" is "<position>.actual_value",
 * where 2 is the third indicator sent (a save or a score: `sent` gives their positions) or the
 * position itself (a submission names positions); any other field is its own key.
 */
export function fieldKey(field: string | undefined, sent?: number[]): string {
  if (!field) return '';
  const m = /^indicators\[(\d+)\]\.(\w+)$/.exec(field);
  if (!m) return field;
  const n = Number(m[1]);
  const position = sent ? sent[n] : n;
  return position === undefined ? field : `${position}.${m[2]}`;
}

/** An indicator row of the form, in the framework's order, with the spans of its merged cells. */
export interface IndicatorRow {
  /** Its place in the evaluation's list (and in the drafts). */
  index: number;
  position: number;
  category: string;
  subcategory: string;
  /** 产出指标（50分）: the category with the points its applicable indicators weigh. */
  categoryLabel: string;
  subcategoryLabel: string;
  /** Rows the level-1 and level-2 cells span from this row; 0 below the first of a group. */
  categorySpan: number;
  subcategorySpan: number;
}

function pointsText(h: number): string {
  return formatHundredths(h).replace(/\.00$/, '').replace(/(\.\d)0$/, '$1');
}

/**
 * The rows grouped by level 1 and level 2 as the national table groups them. `weights` are what
 * each indicator weighs now (hundredths, by index; the live score's or the saved), `skipped` the
 * indicators not applicable, whose points go to the others (R-SE-6).
 */
export function groupRows(items: { position: number; category: string; subcategory: string }[],
  framework: Framework | null, weights: (number | null)[], skipped: boolean[]): IndicatorRow[] {
  const cat = new Map<string, number>();
  const sub = new Map<string, number>();
  framework?.categories.forEach((c, i) => {
    cat.set(c.key, i);
    c.subcategories.forEach((s, j) => sub.set(c.key + '/' + s.key, j));
  });
  const rank = (m: Map<string, number>, k: string) => m.get(k) ?? 999;
  const order = items.map((x, index) => ({ x, index })).sort((a, b) =>
    rank(cat, a.x.category) - rank(cat, b.x.category)
    || rank(sub, a.x.category + '/' + a.x.subcategory) - rank(sub, b.x.category + '/' + b.x.subcategory)
    || a.index - b.index);
  const points = new Map<string, number | null>();
  for (const { x, index } of order) {
    if (skipped[index]) continue;
    const have = points.has(x.category) ? points.get(x.category)! : 0;
    const w = weights[index];
    points.set(x.category, have === null || w === null ? null : have + w);
  }
  const label = (key: string, fw: Framework | null) => {
    for (const f of [fw, ...SHIPPED_FRAMEWORKS]) {
      const l = f?.categories.find((c) => c.key === key)?.label;
      if (l) return l;
    }
    return key;
  };
  const subLabel = (c: string, s: string, fw: Framework | null) => {
    for (const f of [fw, ...SHIPPED_FRAMEWORKS]) {
      const l = f?.categories.find((x) => x.key === c)?.subcategories.find((y) => y.key === s)?.label;
      if (l) return l;
    }
    return s;
  };
  const rows: IndicatorRow[] = order.map(({ x, index }) => {
    const p = points.get(x.category);
    return {
      index, position: x.position, category: x.category, subcategory: x.subcategory,
      categoryLabel: label(x.category, framework) + (p === undefined || p === null ? '' : `（${pointsText(p)}分）`),
      subcategoryLabel: subLabel(x.category, x.subcategory, framework),
      categorySpan: 0, subcategorySpan: 0,
    };
  });
  for (let k = 0; k < rows.length; k++) {
    if (k === 0 || rows[k].category !== rows[k - 1].category) {
      let n = 1;
      while (k + n < rows.length && rows[k + n].category === rows[k].category) n++;
      rows[k].categorySpan = n;
    }
    if (k === 0 || rows[k].category !== rows[k - 1].category || rows[k].subcategory !== rows[k - 1].subcategory) {
      let n = 1;
      while (k + n < rows.length && rows[k + n].category === rows[k].category && rows[k + n].subcategory === rows[k].subcategory) n++;
      rows[k].subcategorySpan = n;
    }
  }
  return rows;
}

/** The evaluation as the national table's writer takes it (selfEvaluationLayout.ts). */
export function sheetInputOf(v: EvaluationView): SelfEvaluationSheetInput {
  return {
    year: v.year, kind: v.kind, name: v.name, unit_name: v.unit_name, department_name: v.department_name,
    overall_goal: v.overall_goal, goal_achieved: v.goal_achieved,
    initial_fen: v.initial_fen, budget_fen: v.budget_fen, executed_fen: v.executed_fen,
    execution_score: v.execution.score_text, computed_total: v.computed_total_text, grade_label: v.grade_label,
    indicators: v.indicators.map((i) => ({
      position: i.position, category: i.indicator.category, subcategory: i.indicator.subcategory,
      name: i.indicator.name, comparator: i.indicator.comparator, value: i.indicator.value, unit: i.indicator.unit,
      direction: i.indicator.direction, weight: i.indicator.weight,
      actual_value: i.actual_value, not_applicable: i.not_applicable,
      deviation_reason: i.deviation_reason, improvement: i.improvement,
      self_score: i.self_score === null ? null : formatHundredths(i.self_score),
      computed_weight: i.computed_weight_text, computed_score: i.computed_score_text, rule: i.rule,
    })),
  };
}

/** The framework that names an evaluation's categories (the shipped one that knows them). */
export function frameworkOf(v: EvaluationView): Framework | null {
  return frameworkFor(sheetInputOf(v));
}

/**
 * Calls `run` with the latest body `wait` ms after the last schedule, and hands on only the
 * answer to the latest call: a body equal to the one last asked is not asked again, and a
 * schedule of null (nothing to score) drops whatever is pending or under way.
 */
export function latestOnly<B, R>(run: (body: B) => Promise<R>, wait: number,
  done: (answer: R, body: B) => void, failed: (error: unknown, body: B) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let lastKey: string | null = null;
  return {
    schedule(body: B | null) {
      const key = body === null ? null : JSON.stringify(body);
      if (key !== null && key === lastKey) return;
      lastKey = key;
      clearTimeout(timer);
      const mine = ++seq;
      if (body === null) return;
      timer = setTimeout(async () => {
        try {
          const answer = await run(body);
          if (mine === seq) done(answer, body);
        } catch (e) {
          if (mine === seq) failed(e, body);
        }
      }, wait);
    },
    /** Forgets the last body, so that the same one is asked again (after a save). */
    reset() { lastKey = null; },
    cancel() { clearTimeout(timer); seq++; lastKey = null; },
  };
}
