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
import { CONNECT_TEXT, importingCalendars, lastSync, syncingCalendars } from './calendar-text.js';

// Every error passes through the message catalogue's translation (words.ts).
const errorText = (error: unknown) => forPerson(error);
const STATUS_TEXT: Record<ConnectStatus['status'], string> = {
  not_connected: CONNECT_TEXT.notConnected,
  connected: CONNECT_TEXT.connected,
  needs_sheet_access: CONNECT_TEXT.needsSheetAccess,
  needs_reconnect: CONNECT_TEXT.needsReconnect,
  disconnected: CONNECT_TEXT.disconnected,
};

export const connectPanel: Panel<{ panel: 'connect' }> = {
  id: 'connect',
  title: CONNECT_TEXT.title,
  render() {
    const body = h('div', { id: 'connect-body' }, h('p', { className: 'muted' }, CONNECT_TEXT.loading));
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
      if (!status.configured) return [h('p', { className: 'muted' }, CONNECT_TEXT.notSetUp)];
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
                const link = safeLink(url, CONNECT_TEXT.openGoogle);
                link.id = 'connect-signin-link';
                signIn.replaceChildren(link, h('p', { className: 'muted small' }, CONNECT_TEXT.googleOpens));
              },
            ),
          },
        },
        connected ? CONNECT_TEXT.reconnect : CONNECT_TEXT.connect,
      );
      const lines: Node[] = [
        h('p', { id: 'connect-status' }, status.status === 'connected' && !status.thisSpreadsheet ? CONNECT_TEXT.otherTracker : STATUS_TEXT[status.status]),
        connect,
        signIn,
        h('button', { id: 'connect-refresh', attrs: { type: 'button' }, on: { click: () => void load() } }, CONNECT_TEXT.refresh),
      ];
      if (!connected) return lines;
      const list = h(
        'ul',
        { className: 'list', id: 'connect-calendars' },
        ...status.calendars.map((calendar) =>
          h(
            'li',
            { className: 'item' },
            h('div', {}, calendar.calendarId === 'primary' ? CONNECT_TEXT.mainCalendar : calendar.calendarId),
            h(
              'div',
              { className: 'muted small' },
              `${calendar.push ? CONNECT_TEXT.live : CONNECT_TEXT.polled} · ${calendar.lastSyncAt ? lastSync(calendar.lastSyncAt.slice(0, 16).replace('T', ' ')) : CONNECT_TEXT.notSynced}`,
            ),
            calendar.lastError ? h('div', { className: 'banner error small' }, forPerson(calendar.lastError)) : null,
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
                  return { box, row: h('label', { className: 'check' }, box, ` ${calendar.name}${calendar.primary ? CONNECT_TEXT.main : ''}`) };
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
                          say(importingCalendars(result.selected, result.polled), 'ok');
                          void load();
                        },
                      ),
                    },
                  },
                  CONNECT_TEXT.save,
                );
                picker.replaceChildren(...boxes.map(({ row }) => row), save);
              },
            ),
          },
        },
        CONNECT_TEXT.choose,
      );
      const sync = h(
        'button',
        {
          id: 'connect-sync',
          attrs: { type: 'button' },
          on: {
            click: run(
              () => server.syncNow(),
              ({ queued }) => say(syncingCalendars(queued), 'ok'),
            ),
          },
        },
        CONNECT_TEXT.syncNow,
      );
      const disconnect = h(
        'button',
        {
          id: 'connect-disconnect',
          attrs: { type: 'button' },
          on: {
            click: () => {
              if (!window.confirm(CONNECT_TEXT.confirmDisconnect)) return;
              run(
                () => server.disconnectCalendar(),
                ({ revoked }) => {
                  void load();
                  if (!revoked) say(CONNECT_TEXT.notRevoked, 'error');
                },
              )();
            },
          },
        },
        CONNECT_TEXT.disconnect,
      );
      return [...lines, list, pick, picker, sync, disconnect];
    }

    void load();
    return h('section', { id: 'connect' }, calendarImportSection(), message, body);
  },
};
