import type { RouteRecordRaw } from 'vue-router';

const group = { title: '绩效目标' };
const list = { title: '目标填报', path: '/targets' };
const queue = { title: '目标审核', path: '/targets/review' };

// Performance targets: filing, review, the indicator and case libraries, statistics and the
// rule set, one lazily loaded chunk each.
export const targetRoutes: RouteRecordRaw[] = [
  { path: 'targets', component: () => import('../views/targets/TargetListView.vue'), meta: { title: '目标填报', breadcrumb: [group] } },
  { path: 'targets/review', component: () => import('../views/targets/TargetReviewQueueView.vue'), meta: { title: '目标审核', breadcrumb: [group] } },
  { path: 'targets/statistics', component: () => import('../views/targets/TargetStatisticsView.vue'), meta: { title: '目标统计', breadcrumb: [group] } },
  { path: 'targets/:id(\\d+)', component: () => import('../views/targets/TargetEditView.vue'), meta: { title: '绩效目标', breadcrumb: [group, list] } },
  { path: 'targets/:id(\\d+)/review', component: () => import('../views/targets/TargetReviewView.vue'), meta: { title: '目标审核评分', breadcrumb: [group, queue] } },
  { path: 'library/indicators', component: () => import('../views/library/IndicatorLibraryView.vue'), meta: { title: '指标库', breadcrumb: [group] } },
  { path: 'library/cases', component: () => import('../views/library/CaseLibraryView.vue'), meta: { title: '案例库', breadcrumb: [group] } },
  { path: 'rules', component: () => import('../views/rules/RulesView.vue'), meta: { title: '规则设置', breadcrumb: [group] } },
];
