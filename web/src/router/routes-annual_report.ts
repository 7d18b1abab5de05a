import type { RouteRecordRaw } from 'vue-router';

const group = { title: '年度报告' };

// 年度报告: the funnel of a fiscal year's cohort, the work year beside the previous one, and the
// rows behind any figure (a page outside the menu, below /annual-report).
export const annualReportRoutes: RouteRecordRaw[] = [
  { path: 'annual-report/funnel', component: () => import('../views/annual_report/FunnelView.vue'), meta: { title: '全流程概览', breadcrumb: [group] } },
  { path: 'annual-report/compare', component: () => import('../views/annual_report/CompareView.vue'), meta: { title: '年度对比', breadcrumb: [group] } },
  { path: 'annual-report/rows/:code', component: () => import('../views/annual_report/FigureRowsView.vue'), meta: { title: '数据明细', breadcrumb: [group] } },
];

// --- The report itself: the region's annual work report of the session's year.
export const annualReportDocumentRoutes: RouteRecordRaw[] = [
  { path: 'annual-report', component: () => import('../views/annual_report/AnnualReportView.vue'), meta: { title: '年度工作报告', breadcrumb: [group] } },
];
