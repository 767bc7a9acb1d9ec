export * from './calendar-event.js';
export * from './ports.js';
export * from './event-span.js';
export * from './row-cells.js';
export * from './absent-rows.js';
export * from './plan-row-changes.js';
export * from './run-sync.js';
