// ECharts with only what the home page draws: bar and pie charts, tooltip, grid, legend, canvas.
// Loaded with import() so it comes in its own chunk, after the page has shown.
import { init, use, type EChartsType } from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init };
export type { EChartsType };
