// The office's preview of a key assessment's outcome, as the server computes it
// (src/assessment/rules.cpp): the scorers' totals in hundredths, their mean rounded half up
// (R-MON-3), without the highest and lowest when there are at least `trimAtLeast` of them
// (R-EA-2; 0 never), its grade (R-GR-1) and the conclusion mapped from it.
import { gradeOf, type GradeBands } from '../targets/grade';

export interface Outcome { score: number; grade: string; conclusion: string; used: number }

export function combine(totals: number[], trimAtLeast: number, bands: GradeBands,
  byGrade: Record<string, string>): Outcome | null {
  if (!totals.length) return null;
  let used = [...totals].sort((a, b) => a - b);
  if (trimAtLeast > 0 && used.length >= trimAtLeast && used.length >= 3) used = used.slice(1, -1);
  const sum = used.reduce((s, t) => s + t, 0);
  const n = used.length;
  const score = Math.floor((2 * sum + n) / (2 * n));
  const grade = gradeOf(score, bands);
  return { score, grade, conclusion: byGrade[grade] ?? 'not_supported', used: n };
}
