/** The learning loop's tabs (issue 7), in tab order, registered in main.ts. */
import { insightsPanel } from './insights.js';
import { preparePanel } from './prepare.js';
import { reflectPanel } from './reflect.js';

export const LEARNING_PANELS = [preparePanel, reflectPanel, insightsPanel];
