// The indicator framework a region uses in a year (R-IND-1's `framework` parameter), or the
// newest shipped one.
import type { Framework, Rule } from '../../api/targetTypes';

export function frameworkInForce(frameworks: Framework[], rules: Rule[] | null): Framework | null {
  const wanted = rules?.find((r) => r.id === 'R-IND-1')?.params?.framework;
  const found = frameworks.find((f) => f.version === String(wanted ?? ''));
  if (found) return found;
  return [...frameworks].sort((a, b) => (a.version < b.version ? 1 : -1))[0] ?? null;
}
