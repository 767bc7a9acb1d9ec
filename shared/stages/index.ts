export * from './stage-definitions.js';
export * from './stage-queries.js';
export * from './thank-you.js';
