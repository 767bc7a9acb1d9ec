export * from './prep.js';
export * from './prep-cell.js';
