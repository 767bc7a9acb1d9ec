export * from './rules.js';
export * from './extract.js';
export * from './classify-event.js';
