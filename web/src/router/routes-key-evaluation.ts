import type { RouteRecordRaw } from 'vue-router';

const group = { title: '重点评价' };

// Key evaluations' registries: the agencies (with a drawer of one agency's contracts) and the experts.
export const keyEvaluationRoutes: RouteRecordRaw[] = [
  { path: 'agencies', component: () => import('../views/key_evaluation/AgenciesView.vue'), meta: { title: '第三方机构', breadcrumb: [group] } },
  { path: 'key-evaluations/plan', component: () => import('../views/key_evaluation/KeyEvaluationPlan.vue'), meta: { title: '评价计划', breadcrumb: [group] } },
  // The evaluations by role (finance's, an agency's commissions, an expert's reviews), and one
  // evaluation's page.
  { path: 'key-evaluations', component: () => import('../views/key_evaluation/KeyEvaluationsView.vue'), meta: { title: '评价项目', breadcrumb: [group] } },
  { path: 'key-evaluations/commissions', component: () => import('../views/key_evaluation/KeyEvaluationsView.vue'), meta: { title: '我的委托', breadcrumb: [group] } },
  { path: 'key-evaluations/reviews', component: () => import('../views/key_evaluation/KeyEvaluationsView.vue'), meta: { title: '评审任务', breadcrumb: [group] } },
  { path: 'key-evaluations/:id(\\d+)', component: () => import('../views/key_evaluation/KeyEvaluationView.vue'), meta: { title: '评价详情', breadcrumb: [group] } },
  { path: 'experts', component: () => import('../views/key_evaluation/ExpertsView.vue'), meta: { title: '专家库', breadcrumb: [group] } },
];
