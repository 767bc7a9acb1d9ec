export * from './errors.js';
export * from './schema/index.js';
export * from './sync/index.js';
export * from './classify/index.js';
