import type { RouteRecordRaw } from 'vue-router';

// The public portal of 信息公开, outside the app's layout and open to anyone (meta.public: the
// login guard lets them through): regions → departments → projects, search, and a project's
// stable page /gongkai/{地区代码}/{年度}/{项目编码}.
export const publicDisclosureRoutes: RouteRecordRaw[] = [
  {
    path: '/gongkai',
    component: () => import('../views/disclosure/public/PortalLayout.vue'),
    meta: { public: true, title: '预算绩效信息公开' },
    children: [
      { path: '', component: () => import('../views/disclosure/public/PortalHomeView.vue'), meta: { public: true, title: '预算绩效信息公开' } },
      { path: 'search', component: () => import('../views/disclosure/public/PortalSearchView.vue'), meta: { public: true, title: '搜索 · 信息公开' } },
      { path: 'regions/:code', component: () => import('../views/disclosure/public/PortalRegionView.vue'), meta: { public: true, title: '部门 · 信息公开' } },
      { path: 'departments/:id(\\d+)', component: () => import('../views/disclosure/public/PortalDepartmentView.vue'), meta: { public: true, title: '项目 · 信息公开' } },
      { path: ':region/:year(\\d{4})/:code', component: () => import('../views/disclosure/public/PortalProjectView.vue'), meta: { public: true, title: '项目公开信息' } },
    ],
  },
];
