import type { RouteRecordRaw } from 'vue-router';

const group = { title: '预算评审' };

// 预算评审: the batch table (finance enters, departments and units read) and the cut-rate
// statistics.
export const budgetReviewRoutes: RouteRecordRaw[] = [
  { path: 'budget-reviews', component: () => import('../views/budget_review/BudgetReviewView.vue'), meta: { title: '预算评审', breadcrumb: [group] } },
  { path: 'budget-reviews/statistics', component: () => import('../views/budget_review/BudgetReviewStatisticsView.vue'), meta: { title: '审减率统计', breadcrumb: [group] } },
];
