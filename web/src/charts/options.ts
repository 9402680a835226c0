// The chart-option builders, one module per chart: rows from the API plus catalog metadata → an
// ECharts option. Pure functions (no DOM, no fetching), so their output is tested directly. This
// module gathers them for the pages.
export * from './base';
export * from './distribution';
export * from './grades';
export * from './ranking';
export * from './trend';
export * from './heatmap';
export * from './scatter';
export * from './parts';
export * from './change';
export * from './budget-executed';
