/**
 * The hostile calendar of the issue: 9 MB and 110,000 events, a decade of
 * someone's whole history (one short event every 48 minutes from 2020),
 * one title in eight an interview. Generated, never committed.
 */
const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const titles = ['Phone screen - Acme', 'Dentist', 'Gym', 'Team lunch', 'Standup', 'Focus time', 'Groceries', '1:1'];

export function bigCalendar(events = 110_000): string {
  const base = Date.parse('2020-01-01T00:00:00Z');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//NextRound bench//EN'];
  for (let i = 0; i < events; i++) {
    const start = base + i * 48 * 60_000;
    // As lean as a real export gets (~85 bytes an event): with no end, an event lasts no time (RFC 5545 §3.6.1).
    lines.push('BEGIN:VEVENT', `UID:e${i}`, `DTSTART:${stamp(start)}`, `SUMMARY:${titles[i % titles.length]}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
