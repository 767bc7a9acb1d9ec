export * from './cell-kind.js';
export * from './serial.js';
export * from './typed-cell.js';
export * from './literal-text.js';
export * from './read-cell.js';
export * from './wall-text.js';
export * from './xml-safe-text.js';
