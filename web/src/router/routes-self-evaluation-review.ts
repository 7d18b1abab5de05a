import type { RouteRecordRaw } from 'vue-router';

const group = { title: '自评复核' };
const plans = { title: '抽查计划', path: '/self-evaluation-reviews/plans' };
const workbench = { title: '复核工作台', path: '/self-evaluation-reviews/samples' };

// 自评复核: the office's sampling plans of a year (one plan with its coverage, samples and their
// reviewers), and the reviewer's queue with one sample's re-scoring.
export const selfEvaluationReviewRoutes: RouteRecordRaw[] = [
  { path: 'self-evaluation-reviews/plans', component: () => import('../views/self_evaluation_review/PlanListView.vue'), meta: { title: '抽查计划', breadcrumb: [group] } },
  { path: 'self-evaluation-reviews/plans/:id(\\d+)', component: () => import('../views/self_evaluation_review/PlanView.vue'), meta: { title: '抽查计划详情', breadcrumb: [group, plans] } },
  { path: 'self-evaluation-reviews/samples', component: () => import('../views/self_evaluation_review/ReviewQueueView.vue'), meta: { title: '复核工作台', breadcrumb: [group] } },
  { path: 'self-evaluation-reviews/samples/:id(\\d+)', component: () => import('../views/self_evaluation_review/SampleReviewView.vue'), meta: { title: '自评复核评分', breadcrumb: [group, workbench] } },
];
