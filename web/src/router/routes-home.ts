import type { RouteRecordRaw } from 'vue-router';

export const homeRoutes: RouteRecordRaw[] = [
  { path: 'home', component: () => import('../views/HomeView.vue'), meta: { title: '首页' } },
];
