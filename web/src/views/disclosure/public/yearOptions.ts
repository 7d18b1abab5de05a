// The years the portal offers: the last three closed and the current one, the year before by
// default (its results are the ones published).
export function portalYears(now = new Date()): number[] {
  const y = now.getFullYear();
  return [y, y - 1, y - 2, y - 3];
}
export function defaultYear(now = new Date()): number {
  return now.getFullYear() - 1;
}
