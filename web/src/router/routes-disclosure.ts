import type { RouteRecordRaw } from 'vue-router';

const group = { title: '信息公开' };
const list = { title: '公开清单', path: '/disclosures' };

// The office's list of items due for publication and one item's page.
export const disclosureRoutes: RouteRecordRaw[] = [
  { path: 'disclosures', component: () => import('../views/disclosure/DisclosureListView.vue'), meta: { title: '公开清单', breadcrumb: [group] } },
  { path: 'disclosures/:id(\\d+)', component: () => import('../views/disclosure/DisclosureView.vue'), meta: { title: '公开事项', breadcrumb: [group, list] } },
];
