// Which pages the caller may open, from the menu the server serves for its role (GET /api/v1/menu):
// a page belongs to the most specific entry or page that holds it (its own path, or one below it,
// such as a project's detail page under 项目列表), and is the caller's when that one is. Nothing
// here names a role.
import type { Menu } from '../api/menu';
import type { Role } from '../api/types';
import { useSession } from '../stores/session';

// The segments of a pattern ("/targets/{id}/review") that a path at or below it fills, or -1.
function depth(pattern: string, path: string): number {
  const want = pattern.split('/');
  const have = path.split('/');
  if (have.length < want.length) return -1;
  const fits = want.every((w, i) => (/^\{[^/]+\}$/.test(w) ? have[i] !== '' : w === have[i]));
  return fits ? want.length : -1;
}

// The most specific of the patterns that holds the path, or null.
function nearest(patterns: string[], path: string): string | null {
  let best: string | null = null;
  let bestDepth = -1;
  for (const p of patterns) {
    const d = depth(p, path);
    if (d > bestDepth || (d === bestDepth && d >= 0 && !p.includes('{'))) {
      best = p;
      bestDepth = d;
    }
  }
  return best;
}

// The caller's menu entry that holds a path (the side menu marks it): the page's own parent
// (its breadcrumb, nearest last) when that is an entry of the caller's, since a path alone cannot
// tell that /targets/7/review belongs to 目标审核 rather than to 目标填报; else the nearest entry.
export function entryFor(menu: Menu, path: string, parents: (string | undefined)[] = []): string | null {
  const entries = menu.groups.flatMap((g) => g.items.map((i) => i.path));
  const parent = [...parents].reverse().find((p) => p && entries.includes(p));
  return parent ?? nearest(entries, path);
}

// Whose is the page: the caller's, another role's, or nobody's (a page outside every menu).
export function access(menu: Menu, path: string): 'mine' | 'refused' | null {
  const mine = [...menu.groups.flatMap((g) => g.items.map((i) => i.path)), ...menu.pages];
  const best = nearest([...mine, ...menu.refused], path);
  if (best === null) return null;
  return mine.includes(best) ? 'mine' : 'refused';
}

export function mayOpen(menu: Menu, path: string): boolean {
  return access(menu, path) === 'mine';
}

// The pages ask whether the caller may use a page of the menu (may it write projects?): its own
// role when it may open that page, none when it may not.
export function rolesFor(path: string): Role[] | null {
  const session = useSession();
  if (!session.menu || !session.role) return null;
  return mayOpen(session.menu, path) ? [session.role] : [];
}
