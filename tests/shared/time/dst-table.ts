/**
 * The DST table of the one time module (RFC 5545 §3.3.5): zones east and
 * west of UTC, southern hemisphere, half-hour DST (Lord Howe), a +12:45 zone
 * with DST (Chatham), no DST (Kolkata) and UTC. Each row: a wall time, the
 * instant it names, and the wall time that instant reads back as.
 */
export const DST_TABLE: readonly (readonly [zone: string, kind: string, wall: string, instant: string, readsBack: string])[] = [
  ['America/New_York', 'gap', '2026-03-08 02:30', '2026-03-08T07:30:00Z', '2026-03-08 03:30'],
  ['America/New_York', 'overlap', '2026-11-01 01:30', '2026-11-01T05:30:00Z', '2026-11-01 01:30'],
  ['America/New_York', 'midnight', '2026-03-08 00:00', '2026-03-08T05:00:00Z', '2026-03-08 00:00'],
  ['America/Los_Angeles', 'gap', '2026-03-08 02:30', '2026-03-08T10:30:00Z', '2026-03-08 03:30'],
  ['America/Los_Angeles', 'overlap', '2026-11-01 01:30', '2026-11-01T08:30:00Z', '2026-11-01 01:30'],
  ['America/Los_Angeles', 'midnight', '2026-11-01 00:00', '2026-11-01T07:00:00Z', '2026-11-01 00:00'],
  ['Europe/Berlin', 'gap', '2026-03-29 02:30', '2026-03-29T01:30:00Z', '2026-03-29 03:30'],
  ['Europe/Berlin', 'overlap', '2026-10-25 02:30', '2026-10-25T00:30:00Z', '2026-10-25 02:30'],
  ['Europe/Berlin', 'midnight', '2026-10-25 00:00', '2026-10-24T22:00:00Z', '2026-10-25 00:00'],
  ['Australia/Sydney', 'gap', '2026-10-04 02:30', '2026-10-03T16:30:00Z', '2026-10-04 03:30'],
  ['Australia/Sydney', 'overlap', '2026-04-05 02:30', '2026-04-04T15:30:00Z', '2026-04-05 02:30'],
  ['Australia/Sydney', 'midnight', '2026-10-04 00:00', '2026-10-03T14:00:00Z', '2026-10-04 00:00'],
  ['Australia/Lord_Howe', 'gap', '2026-10-04 02:15', '2026-10-03T15:45:00Z', '2026-10-04 02:45'],
  ['Australia/Lord_Howe', 'overlap', '2026-04-05 01:45', '2026-04-04T14:45:00Z', '2026-04-05 01:45'],
  ['Australia/Lord_Howe', 'midnight', '2026-04-05 00:00', '2026-04-04T13:00:00Z', '2026-04-05 00:00'],
  ['Asia/Kolkata', 'no change', '2026-03-08 02:30', '2026-03-07T21:00:00Z', '2026-03-08 02:30'],
  ['Asia/Kolkata', 'midnight', '2026-01-01 00:00', '2025-12-31T18:30:00Z', '2026-01-01 00:00'],
  ['Pacific/Chatham', 'gap', '2026-09-27 03:00', '2026-09-26T14:15:00Z', '2026-09-27 04:00'],
  ['Pacific/Chatham', 'overlap', '2026-04-05 03:00', '2026-04-04T13:15:00Z', '2026-04-05 03:00'],
  ['Pacific/Chatham', 'midnight', '2026-09-27 00:00', '2026-09-26T11:15:00Z', '2026-09-27 00:00'],
  ['UTC', 'no change', '2026-03-08 02:30', '2026-03-08T02:30:00Z', '2026-03-08 02:30'],
  ['UTC', 'midnight', '2026-03-29 00:00', '2026-03-29T00:00:00Z', '2026-03-29 00:00'],
];
