export { BarChart, type Bar, type BarChartProps } from "./bar-chart.tsx";
export { ChartFigure, ChartSvg, type ChartTable } from "./chart-figure.tsx";
export { ColumnChart, type ColumnChartProps } from "./column-chart.tsx";
export { ScaleChart, type ScaleChartProps } from "./scale-chart.tsx";
export { WorldMap, type WorldMapProps } from "./world-map.tsx";
