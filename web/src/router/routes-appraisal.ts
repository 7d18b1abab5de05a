import type { RouteRecordRaw } from 'vue-router';

const group = { title: '绩效考核' };

// 绩效考核 (R-AP-1): one scorecard page for departments and for lower regions, and the weights.
export const appraisalRoutes: RouteRecordRaw[] = [
  { path: 'appraisal/departments', component: () => import('../views/appraisal/ScorecardView.vue'), meta: { title: '部门考核', subject: 'department', breadcrumb: [group] } },
  { path: 'appraisal/regions', component: () => import('../views/appraisal/ScorecardView.vue'), meta: { title: '下级考核', subject: 'region', breadcrumb: [group] } },
  { path: 'appraisal/weights', component: () => import('../views/appraisal/WeightsView.vue'), meta: { title: '考核权重', breadcrumb: [group] } },
];
