import type { RouteRecordRaw } from 'vue-router';

const group = { title: '结果应用' };
const list = { title: '整改台账', path: '/findings' };

// The findings ledger: the list (with a finding's drawer) and one finding's page.
export const rectifyRoutes: RouteRecordRaw[] = [
  { path: 'findings', component: () => import('../views/rectify/FindingListView.vue'), meta: { title: '整改台账', breadcrumb: [group] } },
  { path: 'findings/:id(\\d+)', component: () => import('../views/rectify/FindingView.vue'), meta: { title: '整改问题', breadcrumb: [group, list] } },
];
