/**
 * Calendar: connect Google Calendar once, pick which calendars to import,
 * see whether push is live and when each last synced, "Sync now", and
 * "Disconnect". Consent happens at Google in a new tab, opened by a real
 * link the person clicks: a window opened after a server round trip is a
 * popup browsers block (GOOGLE.md, Apps Script). Everything else is one
 * server call per click. All text is set as text.
 */
import type { ConnectStatus } from '../../api/views.js';
import { server } from '../server.js';
import { forPerson } from '../words.js';
import { h, safeLink } from '../dom.js';
import type { Panel } from './panel.js';
import { calendarImportSection } from './calendar-import.js';

// Every error passes through the message catalogue's translation (words.ts).
const errorText = (error: unknown) => forPerson(error);
const STATUS_TEXT: Record<ConnectStatus['status'], string> = {
  not_connected: 'Not connected',
  connected: 'Connected',
  needs_sheet_access:
    'Needs access to the sheet: Google does not let NextRound open or write this tracker. Click "Connect calendar" and choose the tracker in the file picker (if you can only view it, ask its owner for edit access).',
  needs_reconnect: 'Needs reconnecting: Google no longer accepts the access you gave. Connect again.',
  disconnected: 'Disconnected',
};

export const connectPanel: Panel<{ panel: 'connect' }> = {
  id: 'connect',
  title: 'Calendar',
  render() {
    const body = h('div', { id: 'connect-body' }, h('p', { className: 'muted' }, 'Loading…'));
    const message = h('div', { id: 'connect-message', attrs: { role: 'status' } });
    const say = (text: string, kind: 'ok' | 'error') => message.replaceChildren(h('div', { className: `banner ${kind}` }, text));
    const run =
      <T>(call: () => Promise<T>, done: (value: T) => void) =>
      () => {
        message.replaceChildren();
        call().then(done, (error) => say(errorText(error), 'error'));
      };
    const load = () =>
      server.loadConnection().then(
        (status) => body.replaceChildren(...renderStatus(status)),
        (error) => body.replaceChildren(h('div', { className: 'banner error', attrs: { role: 'alert' } }, errorText(error))),
      );

    function renderStatus(status: ConnectStatus): Node[] {
      if (!status.configured) return [h('p', { className: 'muted' }, 'Calendar import is not set up for this add-on yet.')];
      const connected = status.status === 'connected' && status.thisSpreadsheet;
      const signIn = h('div', { id: 'connect-signin' });
      // The consent URL (single use, 10 minutes) is fetched on this click and shown as a link for the next one.
      const connect = h(
        'button',
        {
          id: 'connect-start',
          attrs: { type: 'button' },
          on: {
            click: run(
              () => server.startConnect(),
              ({ url }) => {
                const link = safeLink(url, 'Open Google to give access');
                link.id = 'connect-signin-link';
                signIn.replaceChildren(
                  link,
                  h(
                    'p',
                    { className: 'muted small' },
                    'Google opens in a new tab. Choose the Google account you use in this spreadsheet and leave every box ticked, then come back and press Refresh.',
                  ),
                );
              },
            ),
          },
        },
        connected ? 'Reconnect' : 'Connect calendar',
      );
      const lines: Node[] = [
        h(
          'p',
          { id: 'connect-status' },
          status.status === 'connected' && !status.thisSpreadsheet
            ? 'Connected to another tracker. Connect here to import into this one.'
            : STATUS_TEXT[status.status],
        ),
        connect,
        signIn,
        h('button', { id: 'connect-refresh', attrs: { type: 'button' }, on: { click: () => void load() } }, 'Refresh'),
      ];
      if (!connected) return lines;
      const list = h(
        'ul',
        { className: 'list', id: 'connect-calendars' },
        ...status.calendars.map((calendar) =>
          h(
            'li',
            { className: 'item' },
            h('div', {}, calendar.calendarId),
            h(
              'div',
              { className: 'muted small' },
              `${calendar.push ? 'live updates' : 'checked every few minutes'} · ${calendar.lastSyncAt ? `last sync ${calendar.lastSyncAt.slice(0, 16).replace('T', ' ')} UTC` : 'not synced yet'}`,
            ),
            calendar.lastError ? h('div', { className: 'banner error small' }, calendar.lastError) : null,
          ),
        ),
      );
      const picker = h('div', { id: 'connect-picker' });
      const pick = h(
        'button',
        {
          id: 'connect-pick',
          attrs: { type: 'button' },
          on: {
            click: run(
              () => server.listCalendars(),
              ({ calendars }) => {
                const boxes = calendars.map((calendar) => {
                  const box = h('input', { attrs: { type: 'checkbox', value: calendar.id } });
                  box.checked = calendar.chosen;
                  return { box, row: h('label', { className: 'check' }, box, ` ${calendar.name}${calendar.primary ? ' (main)' : ''}`) };
                });
                const save = h(
                  'button',
                  {
                    id: 'connect-save',
                    attrs: { type: 'button' },
                    on: {
                      click: run(
                        () => server.chooseCalendars({ calendarIds: boxes.filter(({ box }) => box.checked).map(({ box }) => box.value) }),
                        (result) => {
                          say(`Importing ${result.selected} calendar(s)${result.polled > 0 ? `, ${result.polled} checked every few minutes` : ''}.`, 'ok');
                          void load();
                        },
                      ),
                    },
                  },
                  'Save',
                );
                picker.replaceChildren(...boxes.map(({ row }) => row), save);
              },
            ),
          },
        },
        'Choose calendars',
      );
      const sync = h(
        'button',
        {
          id: 'connect-sync',
          attrs: { type: 'button' },
          on: {
            click: run(
              () => server.syncNow(),
              ({ queued }) => say(`Syncing ${queued} calendar(s) now.`, 'ok'),
            ),
          },
        },
        'Sync now',
      );
      const disconnect = h(
        'button',
        {
          id: 'connect-disconnect',
          attrs: { type: 'button' },
          on: {
            click: () => {
              if (!window.confirm("Stop importing from Google Calendar and revoke NextRound's access? Rows already imported stay.")) return;
              run(
                () => server.disconnectCalendar(),
                ({ revoked }) => {
                  void load();
                  if (!revoked)
                    say('Disconnected here, but Google could not be told. To be sure, remove NextRound at myaccount.google.com/permissions.', 'error');
                },
              )();
            },
          },
        },
        'Disconnect',
      );
      return [...lines, list, pick, picker, sync, disconnect];
    }

    void load();
    return h('section', { id: 'connect' }, calendarImportSection(), message, body);
  },
};
