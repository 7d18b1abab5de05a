// The reviewer's re-scoring of one sample (R-RV-2) as the 复核工作台 shows it: each applicable
// indicator's review score typed in points (0 to its points, two decimals), the running totals of
// the review beside the unit's own and jixiao's computed ones, whether the review as it stands
// would find the self score inflated, and what 保存 sends. Scores are integer hundredths
// (R-MON-3); nothing here uses floating point arithmetic. Pure: no I/O.
import type { ReviewIndicator, ReviewScoreInput, SampleView } from '../../api/selfEvaluationReview';
import { formatHundredths, toHundredths } from '../targets/grade';
import { withUnit } from '../targets/fields';
import framework2015 from '../../../../data/framework/2015.json';
import framework2021 from '../../../../data/framework/2021.json';

/** One indicator's review as typed: the score in points ("8.5"), the note. */
export interface ScoreDraft { score: string; note: string }

export const scoreText = (h: number | null | undefined) => (h === null || h === undefined ? '' : formatHundredths(h));

export function draftsOf(view: Pick<SampleView, 'evaluation'>): ScoreDraft[] {
  return view.evaluation.indicators.map((i) => ({ score: scoreText(i.review_score), note: i.review_note }));
}

export type ReadScore = { ok: true; value: number | null } | { ok: false; error: string };

/** A typed review score → hundredths (null when left empty), within 0 and the indicator's points. */
export function readScore(text: string, points: number): ReadScore {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  const h = toHundredths(t);
  if (h === null) return { ok: false, error: '复核分应为 0 或正数，最多两位小数' };
  if (h > points) return { ok: false, error: `不能超过该指标的分值 ${formatHundredths(points)} 分` };
  return { ok: true, value: h };
}

export interface Totals {
  /** R-SE-3's execution score, from the money: the same in every total. */
  execution: number;
  applicable: number;
  scored: number;
  /** The execution score plus the review scores typed so far. */
  reviewSoFar: number;
  /** The review total once every applicable indicator is scored, else null. */
  review: number | null;
  /** The unit's own total where it gave one, else the computed one (R-RV-2 compares this). */
  claimed: number;
  self: number | null;
  computed: number;
  /** claimed − review, once the review is whole. */
  gap: number | null;
  /** The gap beyond the plan's threshold: 虚高 (R-RV-2). */
  inflated: boolean | null;
  /** Positions whose typed score cannot be read, with the reason. */
  errors: Record<number, string>;
}

export function totals(view: Pick<SampleView, 'evaluation' | 'inflated_points'>, drafts: ScoreDraft[]): Totals {
  const e = view.evaluation;
  const errors: Record<number, string> = {};
  let applicable = 0, scored = 0, sum = 0;
  e.indicators.forEach((i, n) => {
    if (i.not_applicable) return;
    applicable += 1;
    const r = readScore(drafts[n]?.score ?? '', i.computed_weight);
    if (!r.ok) { errors[i.position] = r.error; return; }
    if (r.value === null) return;
    scored += 1;
    sum += r.value;
  });
  const execution = e.execution.score;
  const review = scored === applicable && !Object.keys(errors).length ? execution + sum : null;
  const claimed = e.self_total ?? e.computed_total;
  const gap = review === null ? null : claimed - review;
  return {
    execution, applicable, scored, reviewSoFar: execution + sum, review, claimed,
    self: e.self_total, computed: e.computed_total, gap,
    inflated: gap === null ? null : gap > view.inflated_points, errors,
  };
}

/** "高 12.50 分", "低 3.00 分", "相同" for a difference in hundredths. */
export function gapText(gap: number): string {
  if (gap === 0) return '相同';
  return `${gap > 0 ? '高' : '低'} ${formatHundredths(Math.abs(gap))} 分`;
}

/**
 * What 保存 sends: each applicable indicator whose score or note differs from the saved one
 * (null clears a score). null when a typed score cannot be read (the errors say which).
 */
export function changedScores(view: Pick<SampleView, 'evaluation'>, drafts: ScoreDraft[]): ReviewScoreInput[] | null {
  const out: ReviewScoreInput[] = [];
  for (const [n, i] of view.evaluation.indicators.entries()) {
    if (i.not_applicable) continue;
    const d = drafts[n] ?? { score: '', note: '' };
    const r = readScore(d.score, i.computed_weight);
    if (!r.ok) return null;
    const note = d.note.trim();
    if (r.value !== i.review_score || note !== i.review_note) out.push({ position: i.position, review_score: r.value, review_note: note });
  }
  return out;
}

/**
 * The indicator an error of the API is about: a save's `indicators[i].…` counts the list sent,
 * completion's `indicators[p].review_score` names the position itself.
 */
export function errorPosition(field: string | undefined, sent: ReviewScoreInput[] | null): number | null {
  const m = /^indicators\[(\d+)\]\./.exec(field ?? '');
  if (!m) return null;
  const n = Number(m[1]);
  return sent ? sent[n]?.position ?? null : n;
}

interface FrameworkLike { categories: { key: string; label: string; subcategories: { key: string; label: string }[] }[] }
const FRAMEWORKS: FrameworkLike[] = [framework2021, framework2015];

/** 一级 and 二级 indicator labels of the shipped frameworks; the key itself when unknown. */
export function categoryText(i: Pick<ReviewIndicator['indicator'], 'category' | 'subcategory'>): { category: string; subcategory: string } {
  for (const f of FRAMEWORKS) {
    const c = f.categories.find((x) => x.key === i.category);
    if (!c) continue;
    const sub = c.subcategories.find((x) => x.key === i.subcategory);
    if (sub || !i.subcategory) return { category: c.label, subcategory: sub?.label ?? '' };
  }
  return { category: i.category, subcategory: i.subcategory };
}

/** The unit's reported value: 不适用, a qualitative band's label, or the value with its unit. */
export function actualText(i: ReviewIndicator, bands: { value: string; label: string }[]): string {
  if (i.not_applicable) return '不适用';
  if (!i.actual_value) return '未填报';
  if (i.indicator.comparator === 'qualitative') return bands.find((b) => b.value === i.actual_value)?.label ?? i.actual_value;
  return withUnit(i.actual_value, i.indicator.unit);
}
