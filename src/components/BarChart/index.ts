export { BarChart } from './BarChart';
export type { IBarChartBar, IBarChartProps } from './BarChart';
