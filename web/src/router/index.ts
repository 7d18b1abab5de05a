// Routes are loaded lazily, one chunk per page, so the login page stays small on slow links.
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { useSession } from '../stores/session';
import { rolesFor } from './menu';
import { homeRoutes } from './routes-home';
import { orgRoutes } from './routes-org';
import { projectRoutes } from './routes-projects';
import { targetRoutes } from './routes-targets';

const routes: RouteRecordRaw[] = [
  { path: '/login', component: () => import('../views/LoginView.vue'), meta: { public: true, title: '登录' } },
  { path: '/password', component: () => import('../views/PasswordView.vue'), meta: { title: '修改密码', bare: true } },
  {
    path: '/',
    component: () => import('../layout/AppLayout.vue'),
    redirect: '/home',
    children: [
      ...homeRoutes,
      ...projectRoutes,
      ...targetRoutes,
      ...orgRoutes,
      { path: 'forbidden', component: () => import('../views/ForbiddenView.vue'), meta: { title: '无权访问' } },
      { path: ':rest(.*)*', component: () => import('../views/NotFoundView.vue'), meta: { title: '页面不存在' } },
    ],
  },
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach(async (to) => {
  const session = useSession();
  if (to.meta.public) return true;
  if (!(await session.restore())) return { path: '/login', query: { next: to.fullPath } };
  if (session.user!.must_change_password && to.path !== '/password') return { path: '/password' };
  const roles = rolesFor(to.path);
  if (roles && !roles.includes(session.user!.role)) return { path: '/forbidden' };
  return true;
});

router.afterEach((to) => {
  document.title = `${to.meta.title ?? ''} · 绩效`;
});

declare module 'vue-router' {
  interface RouteMeta {
    title?: string;
    public?: boolean;
    bare?: boolean;                          // no side menu (forced password change)
    breadcrumb?: { title: string; path?: string }[];  // the trail above this page
  }
}
