/**
 * Times on the status page as a person reads them: in the tracker's zone
 * ("Dec 1, 2026, 9:40 PM") and relative to now ("2 min ago"), not as ISO
 * instants in UTC.
 */

/** `Dec 1, 2026, 9:40 PM` in `timeZone`. */
export function formatLocalTime(iso: string, timeZone: string): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** `just now`, `1 min ago`, `2 h ago`, `3 days ago` (a time a little ahead of now reads as just now). */
export function timeAgo(iso: string, now: Date): string {
  const seconds = Math.floor((now.getTime() - Date.parse(iso)) / 1000);
  if (Number.isNaN(seconds)) return 'at an unknown time';
  if (seconds < 60) return 'just now';
  const [n, unit] =
    seconds < 3600 ? [Math.floor(seconds / 60), 'min'] : seconds < 86_400 ? [Math.floor(seconds / 3600), 'h'] : [Math.floor(seconds / 86_400), 'day'];
  return `${n} ${unit === 'day' && n !== 1 ? 'days' : unit} ago`;
}
