export * from './clients.js';
export * from './google-errors.js';
export * from './retry.js';
export * from './calendar-source.js';
export * from './sheets-sink.js';
