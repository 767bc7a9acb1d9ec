/** The drafts feature's panels (issue 5), registered in main.ts: the Due tab, and Drafts opened from it. */
import { duePanel } from './due.js';
import { draftsPanel } from './drafts.js';

export const DRAFTS_PANELS = [duePanel, draftsPanel];
