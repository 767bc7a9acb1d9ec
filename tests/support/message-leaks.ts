/**
 * What a message a person reads must never contain (issue 15 part 6): a
 * field path (`feedback.receivedOn:`), zod's default texts ("Too small:
 * expected number to be >=1"), an errno or Node error code (ENOENT,
 * ERR_INVALID_ARG), or a sheet's internal status word ("manual").
 */
const LEAKS: readonly { what: string; pattern: RegExp }[] = [
  { what: 'a field path', pattern: /\b[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b|\b[a-z]+[A-Z][A-Za-z]*:\s/ },
  {
    what: "zod's default text",
    pattern:
      /Too (small|big):|Invalid (input|option|string|type)|expected (string|number|boolean|object|array)\b|received (undefined|null|string|number)|to have [<>]=/,
  },
  { what: 'an error code', pattern: /\b(E(ACCES|NOENT|CONNREFUSED|TIMEDOUT|PERM|EXIST|PIPE|CONNRESET)|ERR_[A-Z_]+)\b/ },
  { what: 'an internal status word', pattern: /(^|[\s·(])manual([\s·).]|$)/ },
];

/** The first leak in `message`, named, or null when it is fit to show. */
export function leakIn(message: string): string | null {
  const found = LEAKS.find(({ pattern }) => pattern.test(message));
  return found ? `${found.what} in "${message}"` : null;
}

/** Every leak among `messages`, one line each. */
export function leaksAmong(messages: Iterable<string>): string[] {
  return [...new Set(messages)].map(leakIn).filter((leak): leak is string => leak !== null);
}
