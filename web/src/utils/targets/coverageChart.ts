// The coverage chart of the target statistics: one row a region or department, bars lying
// along it, so long names read level (never rotated) and the chart grows with its rows instead
// of squeezing them; a name longer than the label's width ends in … and shows whole on hover.
export interface CoverageRow { label: string; project_coverage: string; amount_coverage: string }

export const LABEL_WIDTH = 168;

export function coverageHeight(rows: number): string {
  return `${Math.max(240, rows * 46 + 64)}px`;
}

export function coverageOption(rows: CoverageRow[]) {
  const num = (s: string) => (s === '—' ? 0 : Number(s));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v}%` },
    legend: { top: 0 },
    grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: {
      type: 'category', inverse: true, data: rows.map((r) => r.label), axisTick: { show: false },
      axisLabel: { width: LABEL_WIDTH, overflow: 'truncate', rotate: 0 },
    },
    series: [
      { name: '项目覆盖率', type: 'bar', barMaxWidth: 14, data: rows.map((r) => num(r.project_coverage)), itemStyle: { color: '#409eff' } },
      { name: '资金覆盖率', type: 'bar', barMaxWidth: 14, data: rows.map((r) => num(r.amount_coverage)), itemStyle: { color: '#67c23a' } },
    ],
  };
}
