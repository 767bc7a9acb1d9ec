export * from './wall-time.js';
export * from './wall-text.js';
export * from './field-checks.js';
export * from './field-schema.js';
export * from './field-errors.js';
export * from './application.js';
export * from './interview.js';
export * from './records.js';
