// The chart of the ex-ante statistics: each conclusion (予以支持 / 调整后支持 / 不予支持) with its
// projects, its money written on the bar, so the share kept out of the budget reads at a glance.
import { fenToWan } from '../money';

export interface ConclusionRow { label: string; count: number; amount_fen: number }

const COLOURS: Record<string, string> = { 予以支持: '#67c23a', 调整后支持: '#e6a23c', 不予支持: '#f56c6c' };

export function conclusionOption(rows: ConclusionRow[]) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisTick: { show: false } },
    yAxis: { type: 'value', name: '项目数', minInterval: 1 },
    series: [{
      name: '项目数', type: 'bar', barMaxWidth: 36,
      data: rows.map((r) => ({ value: r.count, itemStyle: { color: COLOURS[r.label] ?? '#409eff' },
        label: { show: true, position: 'top', formatter: `${r.count} 个，${fenToWan(r.amount_fen, { grouping: true })} 万元` } })),
    }],
  };
}
