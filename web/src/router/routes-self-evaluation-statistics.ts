import type { RouteRecordRaw } from 'vue-router';

const group = { title: '绩效自评' };

// 自评统计: the year's self-evaluations by region and department, from the kept totals.
export const selfEvaluationStatisticsRoutes: RouteRecordRaw[] = [
  { path: 'self-evaluations/statistics', component: () => import('../views/self_evaluation/StatisticsView.vue'), meta: { title: '自评统计', breadcrumb: [group] } },
];
