/** The Connect panel's server functions as Promises (see server.ts), spread into `server`. */
import type { ConnectApi } from '../connect-api.js';
import { callServer, type Remote } from './server.js';

export const connectServer: Remote<ConnectApi> = {
  loadConnection: () => callServer('loadConnection'),
  startConnect: () => callServer('startConnect'),
  listCalendars: () => callServer('listCalendars'),
  chooseCalendars: (input) => callServer('chooseCalendars', input),
  syncNow: () => callServer('syncNow'),
  disconnectCalendar: () => callServer('disconnectCalendar'),
};
