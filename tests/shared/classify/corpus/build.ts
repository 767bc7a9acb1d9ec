/**
 * Building blocks of the labelled corpus: invitations shaped as calendars
 * deliver them. `google` events carry Google's `self` flags; `ics` events
 * (an .ics export, an Outlook calendar) carry none, so the person must be
 * recognised from the calendar itself.
 */
import type { CalendarEvent, EventPerson } from '../../../../shared/sync/calendar-event.js';

export type Category = 'English' | 'vendor' | 'non-English' | 'agency' | 'trap' | 'cancelled';

export interface Expected {
  interview: boolean;
  company?: string;
  role?: string;
  round?: string;
}

export interface Labelled extends Expected {
  category: Category;
  event: CalendarEvent;
}

export const ME = { email: 'alex.rivera@gmail.com', displayName: 'Alex Rivera' };

/** "Dana Kim <dana@acme.com>" or "dana@acme.com" → a person. */
export function person(text: string): EventPerson {
  const match = /^(.*?)\s*<([^>]+)>$/.exec(text);
  return match ? { displayName: match[1]!, email: match[2]! } : { email: text };
}

const TOOL_SENDERS: Record<string, string> = {
  greenhouse: 'no-reply@us.greenhouse-mail.io',
  lever: 'no-reply@hire.lever.co',
  ashby: 'no-reply@ashbyhq.com',
  goodtime: 'scheduling@goodtime.io',
  modernloop: 'scheduler@modernloop.io',
  calendly: 'notifications@calendly.com',
  paradox: 'olivia@paradox.ai',
  workday: 'workday@myworkday.com',
};

export interface InviteOptions {
  /** Who sent it (the organiser), as "Name <email>". Absent: the person's own entry. */
  from?: string;
  /** Sent through a scheduling tool: the tool organises, `from` becomes an attendee. */
  via?: keyof typeof TOOL_SENDERS;
  others?: string[];
  description?: string;
  link?: boolean;
  shape?: 'google' | 'ics';
  status?: CalendarEvent['status'];
  /** The person organises it. */
  mine?: boolean;
}

let counter = 0;

export function invite(summary: string, options: InviteOptions = {}): CalendarEvent {
  const shape = options.shape ?? 'google';
  const me: EventPerson = shape === 'google' ? { ...ME, self: true } : { ...ME };
  const sender = options.from ? person(options.from) : undefined;
  const others = (options.others ?? []).map(person);
  const organizer: EventPerson | undefined = options.mine
    ? { ...me, organizer: true }
    : options.via
      ? { email: TOOL_SENDERS[options.via]! }
      : sender
        ? { ...sender, organizer: true }
        : { ...me };
  const people = [me, ...(sender ? [sender] : []), ...others];
  const hasPeople = people.length > 1;
  counter++;
  return {
    id: `corpus-${counter}`,
    status: options.status ?? 'confirmed',
    updated: '2026-05-01T10:00:00.000Z',
    summary,
    ...(options.description !== undefined && { description: options.description }),
    start: { dateTime: `2026-06-${String((counter % 28) + 1).padStart(2, '0')}T09:00:00Z` },
    end: { dateTime: `2026-06-${String((counter % 28) + 1).padStart(2, '0')}T10:00:00Z` },
    ...(hasPeople && { attendees: people }),
    organizer,
    ...(options.link !== false && hasPeople && { hangoutLink: `https://meet.google.com/abc-${counter}` }),
  };
}

/** One labelled event. */
export const labelled = (category: Category, expected: Expected, event: CalendarEvent): Labelled => ({ category, event, ...expected });
