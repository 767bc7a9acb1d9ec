export * from './types.js';
export * from './options.js';
export * from './tracker-schema.js';
export * from './header-map.js';
export * from './history-schema.js';
export * from './insights-schema.js';
