import type { RouteRecordRaw } from 'vue-router';

const group = { title: '绩效自评' };
const list = { title: '自评填报', path: '/self-evaluations' };

// 绩效自评: the evaluations in the caller's scope and one evaluation's form, the department's
// consolidation queue, the office's queue, and the years opened (src/self_evaluation/menu.cpp).
export const selfEvaluationRoutes: RouteRecordRaw[] = [
  { path: 'self-evaluations', component: () => import('../views/self_evaluation/EvaluationListView.vue'), meta: { title: '自评填报', breadcrumb: [group] } },
  { path: 'self-evaluations/:id(\\d+)', component: () => import('../views/self_evaluation/EvaluationView.vue'), meta: { title: '自评表', breadcrumb: [group, list] } },
  { path: 'self-evaluations/department', component: () => import('../views/self_evaluation/DepartmentQueueView.vue'), meta: { title: '自评汇总', breadcrumb: [group] } },
  { path: 'self-evaluations/office', component: () => import('../views/self_evaluation/OfficeQueueView.vue'), meta: { title: '自评审核', breadcrumb: [group] } },
  { path: 'self-evaluations/rounds', component: () => import('../views/self_evaluation/RoundsView.vue'), meta: { title: '自评任务', breadcrumb: [group] } },
];
