// The regions the caller may see, as a tree and as a flat list with indented names.
import type { Region } from '../../api/types';

export interface RegionNode extends Region { children: RegionNode[] }

export function regionTree(regions: Region[]): RegionNode[] {
  const byId = new Map<number, RegionNode>();
  for (const r of regions) byId.set(r.id, { ...r, children: [] });
  const roots: RegionNode[] = [];
  for (const n of byId.values()) {
    const parent = n.parent_id != null ? byId.get(n.parent_id) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  const sort = (list: RegionNode[]) => {
    list.sort((a, b) => a.code.localeCompare(b.code));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

// Depth-first with a depth, for selects ("云岭州", "　云溪县").
export function regionOptions(regions: Region[]): { id: number; label: string; depth: number }[] {
  const out: { id: number; label: string; depth: number }[] = [];
  const walk = (list: RegionNode[], depth: number) => {
    for (const n of list) {
      out.push({ id: n.id, label: n.name, depth });
      walk(n.children, depth + 1);
    }
  };
  walk(regionTree(regions), 0);
  return out;
}
