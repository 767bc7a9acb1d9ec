/** The learning loop's server functions as Promises (see server.ts), spread into `server`. */
import type { LearningApi } from '../learning-api.js';
import { callServer, type Remote } from './server.js';

export const learningServer: Remote<LearningApi> = {
  loadPrep: (input) => callServer('loadPrep', input),
  savePrep: (input) => callServer('savePrep', input),
  loadReflect: () => callServer('loadReflect'),
  loadDebrief: (input) => callServer('loadDebrief', input),
  saveDebrief: (input) => callServer('saveDebrief', input),
  addFeedback: (input) => callServer('addFeedback', input),
  changeStage: (input) => callServer('changeStage', input),
  loadInsights: () => callServer('loadInsights'),
  rebuildInsightsSheet: () => callServer('rebuildInsightsSheet'),
  exportActivityCsv: () => callServer('exportActivityCsv'),
};
