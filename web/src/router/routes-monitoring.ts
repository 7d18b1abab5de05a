import type { RouteRecordRaw } from 'vue-router';

const group = { title: '绩效运行监控' };
const list = { title: '监控报告', path: '/monitoring/reports' };
const checkpoints = { title: '监控节点', path: '/monitoring/checkpoints' };

// 绩效运行监控: the reports of the year (and finance's queues), one report's form, and the
// office's checkpoints (one with its early warning or its notices), and the warning board with the outcomes.
export const monitoringRoutes: RouteRecordRaw[] = [
  { path: 'monitoring/reports', component: () => import('../views/monitoring/ReportListView.vue'), meta: { title: '监控报告', breadcrumb: [group] } },
  { path: 'monitoring/reports/:id(\\d+)', component: () => import('../views/monitoring/ReportView.vue'), meta: { title: '报告详情', breadcrumb: [group, list] } },
  { path: 'monitoring/checkpoints', component: () => import('../views/monitoring/CheckpointsView.vue'), meta: { title: '监控节点', breadcrumb: [group] } },
  { path: 'monitoring/checkpoints/:id(\\d+)', component: () => import('../views/monitoring/CheckpointView.vue'), meta: { title: '监控节点详情', breadcrumb: [group, checkpoints] } },
  { path: 'monitoring/board', component: () => import('../views/monitoring/BoardView.vue'), meta: { title: '预警看板', breadcrumb: [group] } },
  { path: 'monitoring/statistics', component: () => import('../views/monitoring/StatisticsView.vue'), meta: { title: '监控统计', breadcrumb: [group] } },
];
