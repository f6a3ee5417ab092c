import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the dashboard draws: bars on grids, a tooltip, the aria description, as SVG (no
// canvas to read back, and text the browser renders). The whole of ECharts is several times larger.
use([BarChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export { init };
export type { EChartsType } from 'echarts/core';
