/** The drafts and "what is due" server functions as Promises (see server.ts), spread into `server`. */
import type { DraftsApi } from '../drafts-api.js';
import { callServer, type Remote } from './server.js';

export const draftsServer: Remote<DraftsApi> = {
  loadDue: () => callServer('loadDue'),
  previewDrafts: (input) => callServer('previewDrafts', input),
  createDrafts: (input) => callServer('createDrafts', input),
  saveMyName: (input) => callServer('saveMyName', input),
  loadTemplate: (input) => callServer('loadTemplate', input),
  saveTemplate: (input) => callServer('saveTemplate', input),
  saveDueSettings: (input) => callServer('saveDueSettings', input),
};
