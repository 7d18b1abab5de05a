import type { RouteRecordRaw } from 'vue-router';

const register = { title: '发文登记', path: '/documents' };

// Official documents: the register and one letter ready to print.
export const documentRoutes: RouteRecordRaw[] = [
  { path: 'documents', component: () => import('../views/documents/DocumentRegisterView.vue'), meta: { title: '发文登记' } },
  { path: 'documents/:id(\\d+)', component: () => import('../views/documents/DocumentView.vue'), meta: { title: '公文', breadcrumb: [register] } },
];
