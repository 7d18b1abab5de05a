import type { RouteRecordRaw } from 'vue-router';

const crumb = [{ title: '组织机构' }];

export const orgRoutes: RouteRecordRaw[] = [
  { path: 'org', redirect: '/org/units' },
  { path: 'org/regions', component: () => import('../views/org/RegionsView.vue'), meta: { title: '地区与财政局', breadcrumb: crumb } },
  { path: 'org/units', component: () => import('../views/org/UnitsView.vue'), meta: { title: '部门与单位', breadcrumb: crumb } },
  { path: 'org/users', component: () => import('../views/org/UsersView.vue'), meta: { title: '用户管理', breadcrumb: crumb } },
  { path: 'org/service-accounts', component: () => import('../views/org/ServiceAccountsView.vue'), meta: { title: '接口账号', breadcrumb: crumb } },
  { path: 'org/api-docs', component: () => import('../views/org/ApiDocsView.vue'), meta: { title: '接口文档', breadcrumb: crumb } },
  { path: 'org/years', component: () => import('../views/org/YearsView.vue'), meta: { title: '预算年度', breadcrumb: crumb } },
];
