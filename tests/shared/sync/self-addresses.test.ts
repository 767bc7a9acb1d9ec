import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../shared/sync/calendar-event.js';
import { selfAddresses } from '../../../shared/sync/self-addresses.js';

const invite = (id: string, ...emails: string[]): CalendarEvent => ({ id, status: 'confirmed', attendees: emails.map((email) => ({ email })) });

describe('selfAddresses', () => {
  it('keeps the configured addresses, lower case', () => {
    expect(selfAddresses([], ['Alex@Example.org'])).toEqual(['alex@example.org']);
  });

  it('takes every address Google flags self, on attendees, organiser and creator', () => {
    const events: CalendarEvent[] = [
      { id: 'a', status: 'confirmed', attendees: [{ email: 'a@x.org', self: true }] },
      { id: 'b', status: 'confirmed', organizer: { email: 'b@x.org', self: true } },
      { id: 'c', status: 'confirmed', creator: { email: 'c@x.org', self: true } },
    ];
    expect(selfAddresses(events, []).sort()).toEqual(['a@x.org', 'b@x.org', 'c@x.org']);
  });

  it('finds the owner of an unflagged calendar as the one address on most invitations', () => {
    const events = [
      invite('1', 'me@x.org', 'kim@acme.com'),
      invite('2', 'me@x.org', 'lee@globex.com'),
      invite('3', 'me@x.org', 'bo@initech.com'),
      invite('4', 'kim@acme.com', 'lee@globex.com'),
    ];
    expect(selfAddresses(events, [])).toEqual(['me@x.org']);
  });

  it('names no one when two addresses tie, or when fewer than three invitations say', () => {
    expect(
      selfAddresses([invite('1', 'me@x.org', 'rec@hays.com'), invite('2', 'me@x.org', 'rec@hays.com'), invite('3', 'me@x.org', 'rec@hays.com')], []),
    ).toEqual([]);
    expect(selfAddresses([invite('1', 'me@x.org', 'kim@acme.com'), invite('2', 'me@x.org', 'lee@globex.com')], [])).toEqual([]);
  });

  it('never counts a scheduling tool as the owner, nor counts at all when Google already flagged the person', () => {
    const tool = [
      invite('1', 'no-reply@greenhouse.io', 'a@x.org'),
      invite('2', 'no-reply@greenhouse.io', 'b@y.org'),
      invite('3', 'no-reply@greenhouse.io', 'c@z.org'),
    ];
    expect(selfAddresses(tool, [])).toEqual([]);
    const flagged = [
      ...[1, 2, 3].map((n) => invite(`g${n}`, 'group@x.org', `p${n}@acme.com`)),
      { id: 'f', status: 'confirmed' as const, attendees: [{ email: 'me@x.org', self: true }] },
    ];
    expect(selfAddresses(flagged, [])).toEqual(['me@x.org']);
  });
});
