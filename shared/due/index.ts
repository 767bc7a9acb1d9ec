export * from './due-settings.js';
export * from './due-item.js';
export * from './link-rows.js';
export * from './list-due.js';
export * from './due-format-rules.js';
