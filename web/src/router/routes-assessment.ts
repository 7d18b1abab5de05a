import type { RouteRecordRaw } from 'vue-router';

const group = { title: '事前绩效评估' };
const list = { title: '评估列表', path: '/assessments' };

// Ex-ante assessment: the list, a scorer's queue, statistics and one assessment's workbench.
export const assessmentRoutes: RouteRecordRaw[] = [
  { path: 'assessments', component: () => import('../views/assessment/AssessmentListView.vue'), meta: { title: '评估列表', breadcrumb: [group] } },
  { path: 'assessments/scoring', component: () => import('../views/assessment/AssessmentScoringView.vue'), meta: { title: '我的评分', breadcrumb: [group] } },
  { path: 'assessments/statistics', component: () => import('../views/assessment/AssessmentStatisticsView.vue'), meta: { title: '评估统计', breadcrumb: [group] } },
  { path: 'assessments/:id(\\d+)', component: () => import('../views/assessment/AssessmentView.vue'), meta: { title: '事前绩效评估', breadcrumb: [group, list] } },
];
