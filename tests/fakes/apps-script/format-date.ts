/** Utilities.formatDate's behaviour, shared by the Utilities fake and the sheet's date parsing. */

// One Intl formatter per zone: building one costs ~100× a format, and the fake should cost
// what Google's call costs the add-on (nothing to speak of), so a bench times the add-on.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Utilities.formatDate with the pattern letters the add-on uses: yyyy MM dd HH mm ss Z. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offset = Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const zone = `${offset < 0 ? '-' : '+'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}${String(Math.abs(offset) % 60).padStart(2, '0')}`;
  const tokens: Record<string, string> = {
    yyyy: parts.year!,
    MM: parts.month!,
    dd: parts.day!,
    HH: parts.hour!,
    mm: parts.minute!,
    ss: parts.second!,
    Z: zone,
  };
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss|Z/g, (token) => tokens[token]!);
}
