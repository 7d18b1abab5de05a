// The cut-rate chart of the 预算评审 statistics: one row a region or department, its 审减率 as a
// bar lying along it (names read level, the chart grows with its rows), the rate written at the
// bar's end; a row with nothing reviewed shows no bar (its rate is "—", R-MON-2).
export interface CutRateRow { label: string; cut_rate: string }

export function cutRateHeight(rows: number): string {
  return `${Math.max(200, rows * 40 + 56)}px`;
}

export function cutRateOption(rows: CutRateRow[]) {
  const num = (s: string) => (s === '—' ? null : Number(s));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number | null) => (v === null ? '—' : `${v}%`) },
    grid: { left: 8, right: 56, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: {
      type: 'category', inverse: true, data: rows.map((r) => r.label), axisTick: { show: false },
      axisLabel: { width: 168, overflow: 'truncate', rotate: 0 },
    },
    series: [{
      name: '审减率', type: 'bar', barMaxWidth: 16, data: rows.map((r) => num(r.cut_rate)),
      itemStyle: { color: '#e6a23c' }, label: { show: true, position: 'right', formatter: '{c}%' },
    }],
  };
}
