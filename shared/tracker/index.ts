export * from './plan-setup.js';
export * from './read-table.js';
export * from './plan-row-write.js';
export * from './summarize-pipeline.js';
export * from './search.js';
export * from './view.js';
export * from './form-updates.js';
export * from './cell-problems.js';
