export * from './calendar-event.js';
export * from './ports.js';
