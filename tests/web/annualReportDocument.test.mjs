// The annual report page: where each figure leads, and a placeholder put in at the caret.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { reportRunLink, insertAt } = await load('annual_report/reportDocument');
const rates = [{ code: 'budget_review.cut_rate', numerator: 'budget_review.cut' }];

test('a figure leads to its rows for its year and part', () => {
  const cases = [
    ['合计', { code: 'self_evaluation.projects', part: 'all', measure: 'count', fiscal_year: 2025 },
      '/annual-report/rows/self_evaluation.projects?year=2025&part=all'],
    ['本级', { code: 'self_evaluation.projects', part: 'own', measure: 'fen', fiscal_year: 2025 },
      '/annual-report/rows/self_evaluation.projects?year=2025&part=own'],
    ['某县', { code: 'self_evaluation.projects', part: 'region', region_id: 7, measure: 'count', fiscal_year: 2025 },
      '/annual-report/rows/self_evaluation.projects?year=2025&part=region&part_region=7'],
    ['县级合起来：本级以外的全部下级地区', { code: 'targets.projects', part: 'lower', measure: 'count', fiscal_year: 2026 },
      '/annual-report/rows/targets.projects?year=2026&part=lower'],
    ['比率：分子的明细', { code: 'budget_review.cut_rate', part: 'own', measure: 'rate', fiscal_year: 2027 },
      '/annual-report/rows/budget_review.cut?year=2027&part=own'],
    ['未知比率：不链接', { code: 'x.rate', part: 'all', measure: 'rate', fiscal_year: 2027 }, undefined],
    ['不是数字', undefined, undefined],
  ];
  for (const [note, figure, want] of cases) assert.equal(reportRunLink(figure, rates), want, note);
  // Another region's report: its rows.
  assert.equal(reportRunLink(cases[0][1], rates, 9), '/annual-report/rows/self_evaluation.projects?year=2025&part=all&region=9');
});

test('a placeholder goes in at the caret, replacing a selection', () => {
  assert.deepEqual(insertAt('甲乙', [1, 1], '{{x}}'), { text: '甲{{x}}乙', caret: 6 });
  assert.deepEqual(insertAt('甲乙丙', [1, 2], '{{x}}'), { text: '甲{{x}}丙', caret: 6 });
  assert.deepEqual(insertAt('甲乙', undefined, '{{x}}'), { text: '甲乙{{x}}', caret: 7 });
  assert.deepEqual(insertAt('甲', [5, 9], '{{x}}'), { text: '甲{{x}}', caret: 6 });
});
