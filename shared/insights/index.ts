export * from './insights-types.js';
export * from './text-groups.js';
export * from './theme-buckets.js';
export * from './levels.js';
export * from './months.js';
export * from './compute-insights.js';
export * from './insights-rows.js';
export * from './chart-bars.js';
