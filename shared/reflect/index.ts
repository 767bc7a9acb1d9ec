export * from './list-cell.js';
export * from './debrief.js';
export * from './feedback.js';
export * from './awaiting-debrief.js';
