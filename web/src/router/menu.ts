// The side menu, by lifecycle stage. Each entry names the roles that may use it; the router
// refuses the same pages to everyone else, so the menu and the access rule never disagree.
import type { Role } from '../api/types';

export interface MenuItem {
  path: string;
  title: string;
  roles: Role[];
}
export interface MenuGroup {
  title: string;
  icon: string;  // an @element-plus/icons-vue component name
  items: MenuItem[];
}

const ALL: Role[] = ['admin', 'performance_office', 'business_section', 'department', 'unit',
  'agency', 'expert', 'viewer'];
const BUDGET: Role[] = ['admin', 'performance_office', 'business_section', 'department', 'unit', 'viewer'];
const WRITERS: Role[] = ['admin', 'performance_office', 'business_section', 'department', 'unit'];
const MANAGERS: Role[] = ['admin', 'performance_office'];
const TARGET_REVIEWERS: Role[] = ['performance_office', 'business_section', 'expert', 'agency'];
const TARGET_STATISTICS: Role[] = ['admin', 'performance_office', 'business_section', 'viewer'];

export const menu: MenuGroup[] = [
  { title: '工作台', icon: 'HomeFilled', items: [{ path: '/home', title: '首页', roles: ALL }] },
  {
    title: '项目库',
    icon: 'Folder',
    items: [
      { path: '/projects', title: '项目列表', roles: BUDGET },
      { path: '/projects/new', title: '新增项目', roles: WRITERS },
      { path: '/projects/import', title: '导入项目', roles: WRITERS },
    ],
  },
  {
    title: '绩效目标',
    icon: 'Aim',
    items: [
      { path: '/targets', title: '目标填报', roles: BUDGET },
      { path: '/targets/review', title: '目标审核', roles: TARGET_REVIEWERS },
      { path: '/library/indicators', title: '指标库', roles: ALL },
      { path: '/library/cases', title: '案例库', roles: ALL },
      { path: '/targets/statistics', title: '目标统计', roles: TARGET_STATISTICS },
      { path: '/rules', title: '规则设置', roles: MANAGERS },
    ],
  },
  {
    title: '组织机构',
    icon: 'OfficeBuilding',
    items: [
      { path: '/org/regions', title: '地区与财政局', roles: ['admin', 'performance_office', 'viewer'] },
      { path: '/org/units', title: '部门与单位', roles: ['admin', 'performance_office', 'business_section', 'department', 'viewer'] },
      { path: '/org/users', title: '用户管理', roles: MANAGERS },
      { path: '/org/years', title: '预算年度', roles: MANAGERS },
    ],
  },
];

// The menu as this role sees it: empty groups left out.
export function menuFor(role: Role | null): MenuGroup[] {
  if (!role) return [];
  return menu
    .map((g) => ({ ...g, items: g.items.filter((i) => i.roles.includes(role)) }))
    .filter((g) => g.items.length > 0);
}

// Pages outside the menu whose roles differ from the entry above them: a target's review page
// sits under 目标填报 but belongs to the reviewers.
const PAGES: { pattern: RegExp; roles: Role[] }[] = [
  { pattern: /^\/targets\/\d+\/review\/?$/, roles: TARGET_REVIEWERS },
];

// The roles that may open a path: its menu entry's, or for pages under an entry (a project's
// detail page), the entry's.
export function rolesFor(path: string): Role[] | null {
  for (const p of PAGES) if (p.pattern.test(path)) return p.roles;
  let best: MenuItem | null = null;
  for (const g of menu)
    for (const i of g.items)
      if ((path === i.path || path.startsWith(i.path + '/')) && (!best || i.path.length > best.path.length)) best = i;
  return best ? best.roles : null;
}
