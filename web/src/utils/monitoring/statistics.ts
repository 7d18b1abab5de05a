// 监控统计's chart apart from the page: each department's reports by warning colour (R-MO-4),
// stacked, the departments with the most warned reports first.
export interface DepartmentColours { department_name: string; reports: number; blue: number; red: number }

const PAINT = { none: '#67c23a', blue: '#409eff', red: '#f56c6c' };

/** The departments most warned first (red, then blue, then reports), at most `limit` of them. */
export function mostWarned<T extends DepartmentColours>(rows: T[], limit = 12): T[] {
  return [...rows]
    .sort((a, b) => b.red - a.red || b.blue - a.blue || b.reports - a.reports || a.department_name.localeCompare(b.department_name))
    .slice(0, limit);
}

/** A horizontal stacked bar per department: 无预警, 蓝色一般预警, 红色重要预警. */
export function departmentColourOption(rows: DepartmentColours[]) {
  const shown = mostWarned(rows).reverse();  // the most warned at the top
  const bar = (name: string, color: string, value: (r: DepartmentColours) => number) => ({
    name, type: 'bar', stack: 'reports', barMaxWidth: 22, itemStyle: { color }, data: shown.map(value),
  });
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: '报告（份）', nameLocation: 'middle', nameGap: 26, minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => r.department_name) },
    series: [
      bar('无预警', PAINT.none, (r) => r.reports - r.blue - r.red),
      bar('蓝色一般预警', PAINT.blue, (r) => r.blue),
      bar('红色重要预警', PAINT.red, (r) => r.red),
    ],
  };
}
