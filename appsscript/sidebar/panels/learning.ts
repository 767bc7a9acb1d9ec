/** The learning loop's pages kept in sidebar.html (issue 7), registered in nav/registry.ts; Insights loads on demand (nav/on-demand.ts). */
import { preparePanel } from './prepare.js';
import { reflectPanel } from './reflect.js';

export const LEARNING_PANELS = [preparePanel, reflectPanel];
