export * from './utf8-base64.js';
export * from './header-value.js';
export * from './address.js';
export * from './html.js';
export * from './build-message.js';
export * from './draft-log.js';
export * from './preview-drafts.js';
