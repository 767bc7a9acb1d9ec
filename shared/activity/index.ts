export * from './csv.js';
export * from './activity-log.js';
export * from './stage-change.js';
