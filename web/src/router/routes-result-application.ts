import type { RouteRecordRaw } from 'vue-router';

const group = { title: '结果应用' };

// Result application (R-RA-2): the budget actions, their breaches and the what-if.
export const resultApplicationRoutes: RouteRecordRaw[] = [
  { path: 'result-application/actions', component: () => import('../views/result_application/ActionListView.vue'), meta: { title: '预算调整建议', breadcrumb: [group] } },
  { path: 'result-application/breaches', component: () => import('../views/result_application/BreachListView.vue'), meta: { title: '超限清单', breadcrumb: [group] } },
  { path: 'result-application/what-if', component: () => import('../views/result_application/WhatIfView.vue'), meta: { title: '模拟测算', breadcrumb: [group] } },
];
