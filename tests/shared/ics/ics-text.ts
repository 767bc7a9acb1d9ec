/** Builds .ics texts for the shared parser's tests. */
export function calendar(...events: string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//NextRound tests//EN'];
  for (const event of events) lines.push('BEGIN:VEVENT', ...event, 'END:VEVENT');
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

export const wideWindow = { from: new Date('1990-01-01T00:00:00Z'), to: new Date('2010-01-01T00:00:00Z') };
