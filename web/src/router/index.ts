// Routes are loaded lazily, one chunk per page, so the login page stays small on slow links.
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { useSession } from '../stores/session';
import { access } from './menu';
// The public portal of 信息公开: no login.
import { publicDisclosureRoutes } from './public-disclosure';

// Each stage's pages are in a routes-<stage>.ts of their own, found here by name: a new stage
// adds its file and edits nothing in this one.
const stageRoutes: RouteRecordRaw[] = Object.values(
  import.meta.glob<Record<string, RouteRecordRaw[]>>('./routes-*.ts', { eager: true }),
).flatMap((module) => Object.values(module).flat());

const routes: RouteRecordRaw[] = [
  { path: '/login', component: () => import('../views/LoginView.vue'), meta: { public: true, title: '登录' } },
  ...publicDisclosureRoutes,
  { path: '/password', component: () => import('../views/PasswordView.vue'), meta: { title: '修改密码', bare: true, open: true } },
  {
    path: '/',
    component: () => import('../layout/AppLayout.vue'),
    redirect: '/home',
    children: [
      ...stageRoutes,
      { path: 'forbidden', component: () => import('../views/ForbiddenView.vue'), meta: { title: '无权访问', open: true } },
      { path: ':rest(.*)*', component: () => import('../views/NotFoundView.vue'), meta: { title: '页面不存在', open: true } },
    ],
  },
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach(async (to) => {
  const session = useSession();
  if (to.meta.public) return true;
  if (!(await session.restore())) return { path: '/login', query: { next: to.fullPath } };
  if (session.user!.must_change_password) return to.path === '/password' || { path: '/password' };
  // The served menu says whose a page is; a page outside every menu only when it is open to all.
  const whose = access(await session.loadMenu(), to.path);
  if (whose === 'mine' || (whose === null && to.meta.open)) return true;
  return { path: '/forbidden' };
});

router.afterEach((to) => {
  document.title = `${to.meta.title ?? ''} · 绩效`;
});

declare module 'vue-router' {
  interface RouteMeta {
    title?: string;
    public?: boolean;
    bare?: boolean;                          // no side menu (forced password change)
    open?: boolean;                          // outside every menu: any logged-in caller
    breadcrumb?: { title: string; path?: string }[];  // the trail above this page
  }
}
