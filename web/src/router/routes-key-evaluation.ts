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
  { path: 'key-evaluations/evaluated', component: () => import('../views/key_evaluation/KeyEvaluationsView.vue'), meta: { title: '被评价项目', breadcrumb: [group] } },
  { path: 'key-evaluations/:id(\\d+)', component: () => import('../views/key_evaluation/KeyEvaluationView.vue'), meta: { title: '评价详情', breadcrumb: [group] } },
  { path: 'experts', component: () => import('../views/key_evaluation/ExpertsView.vue'), meta: { title: '专家库', breadcrumb: [group] } },
  // The reports: cross-review rounds (R-KE-5), agency scorecards with their fee statements (R-KE-4),
  // and the year's statistics.
  { path: 'key-evaluation-cross-rounds', component: () => import('../views/key_evaluation/CrossRoundsView.vue'), meta: { title: '互审互评', breadcrumb: [group] } },
  { path: 'key-evaluation-cross-rounds/:id', component: () => import('../views/key_evaluation/CrossRoundView.vue'), meta: { title: '互审轮次', breadcrumb: [group, { title: '互审互评', path: '/key-evaluation-cross-rounds' }] } },
  { path: 'agency-scorecards', component: () => import('../views/key_evaluation/AgencyScorecardsView.vue'), meta: { title: '机构考评', breadcrumb: [group] } },
  { path: 'agencies/:id/fee-statement', component: () => import('../views/key_evaluation/FeeStatementView.vue'), meta: { title: '费用结算单', breadcrumb: [group, { title: '机构考评', path: '/agency-scorecards' }] } },
  { path: 'key-evaluations/statistics', component: () => import('../views/key_evaluation/KeyStatisticsView.vue'), meta: { title: '重点评价统计', breadcrumb: [group] } },
];
