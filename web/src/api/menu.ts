// The caller's side menu, as the server serves it for the caller's role.
import { api } from './client';

export interface MenuItem {
  path: string;
  title: string;
}
export interface MenuGroup {
  title: string;
  icon: string;  // an @element-plus/icons-vue component name
  items: MenuItem[];
}
export interface Menu {
  groups: MenuGroup[];
  /** Pages outside the menu the caller may open, with "{name}" segments (a target's review page). */
  pages: string[];
  /** The entries and pages of other roles: a page below one of them is not the caller's. */
  refused: string[];
}

export function fetchMenu(): Promise<Menu> {
  return api.get<Menu>('/api/v1/menu');
}
