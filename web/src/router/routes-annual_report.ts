import type { RouteRecordRaw } from 'vue-router';

const group = { title: '年度报告' };

// --- The report itself: the region's annual work report of the session's year.
export const annualReportDocumentRoutes: RouteRecordRaw[] = [
  { path: 'annual-report', component: () => import('../views/annual_report/AnnualReportView.vue'), meta: { title: '年度工作报告', breadcrumb: [group] } },
];
