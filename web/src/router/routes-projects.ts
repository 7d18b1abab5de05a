import type { RouteRecordRaw } from 'vue-router';

const list = { title: '项目列表', path: '/projects' };

// The project library: list, detail, create/edit and import, one lazily loaded chunk each.
export const projectRoutes: RouteRecordRaw[] = [
  {
    path: 'projects',
    component: () => import('../views/projects/ProjectListView.vue'),
    meta: { title: '项目列表', breadcrumb: [{ title: '项目库' }] },
  },
  {
    path: 'projects/new',
    component: () => import('../views/projects/ProjectFormView.vue'),
    meta: { title: '新增项目', breadcrumb: [{ title: '项目库' }, list] },
  },
  {
    path: 'projects/import',
    component: () => import('../views/projects/ProjectImportView.vue'),
    meta: { title: '导入项目', breadcrumb: [{ title: '项目库' }, list] },
  },
  {
    path: 'projects/:id(\\d+)',
    component: () => import('../views/projects/ProjectDetailView.vue'),
    meta: { title: '项目详情', breadcrumb: [{ title: '项目库' }, list] },
  },
  {
    path: 'projects/:id(\\d+)/edit',
    component: () => import('../views/projects/ProjectFormView.vue'),
    meta: { title: '编辑项目', breadcrumb: [{ title: '项目库' }, list] },
  },
];
