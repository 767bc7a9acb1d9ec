export * from './parse-template.js';
export * from './placeholders.js';
export * from './render-template.js';
export * from './template-row.js';
export * from './default-templates.js';
