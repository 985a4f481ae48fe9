export { BarChart, type Bar, type BarChartProps } from "./bar-chart.tsx";
export { ChartFigure, ChartSvg, type ChartTable } from "./chart-figure.tsx";
export { chartStylesheets } from "./chart-stylesheets.ts";
export { WorldMap, type WorldMapProps } from "./world-map.tsx";
