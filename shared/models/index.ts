export * from './fields.js';
export * from './field-errors.js';
export * from './application.js';
export * from './interview.js';
export * from './records.js';
