/**
 * The bench's calendars: single events (three titles in eight not an
 * interview) every `spacingMinutes` from 2026-02-01 13:00 UTC, plus weekly
 * series of 20 in Europe/Berlin. Generated, never committed.
 */
const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const titles = ['Phone screen', 'Technical interview', 'Onsite interview', 'Recruiter call', 'Dentist', 'Gym', 'Team lunch', 'Hiring manager interview'];

/**
 * `count` single events from `first`, every `spacingMinutes` (2 hours unless told) from 2026-02-01, plus `series` weekly series of 20.
 * `lean` leaves out attendees and locations, so 50,000 events stay under the 10 MiB a calendar may have.
 */
export function buildCalendar(first: number, count: number, series: number, spacingMinutes = 120, lean = false): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//NextRound bench//EN'];
  const base = Date.parse('2026-02-01T13:00:00Z');
  for (let i = first; i < first + count; i++) {
    const start = base + i * spacingMinutes * 60_000;
    lines.push(
      'BEGIN:VEVENT',
      `UID:single-${i}@bench`,
      `DTSTAMP:20260101T000000Z`,
      `DTSTART:${stamp(start)}`,
      'DURATION:PT45M',
      `SUMMARY:${titles[i % titles.length]} - Company ${i % 97}`,
      ...(lean ? [] : [`ATTENDEE;CN=Person ${i}:mailto:person${i}@company${i % 97}.example`, `LOCATION:https://company${i % 97}.zoom.us/j/${100000 + i}`]),
      'END:VEVENT',
    );
  }
  for (let s = 0; s < series; s++) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:series-${s}@bench`,
      'DTSTAMP:20260101T000000Z',
      `DTSTART;TZID=Europe/Berlin:202603${String((s % 28) + 1).padStart(2, '0')}T${String(8 + (s % 9)).padStart(2, '0')}0000`,
      'DURATION:PT1H',
      'RRULE:FREQ=WEEKLY;COUNT=20',
      `SUMMARY:Interview panel - Series ${s}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
