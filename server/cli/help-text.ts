/**
 * `--help` for each command: every flag with what it does and an example.
 * Printed on stdout with exit code 0.
 */

export const USAGE = `usage: nextround <command> [flags]

commands:
  sync           sync .ics calendars into an .xlsx tracker
                   nextround sync --ics calendar.ics --out tracker.xlsx
  check-config   check the environment variables of the hosted service
                   nextround check-config

flags:
  --help, -h     this help; "nextround <command> --help" describes a command's flags
  --version      print NextRound's version

exit codes: 0 success, 2 bad input (one line on stderr names it),
            3 some calendars could not be read (the others synced), 1 anything unexpected`;

export const SYNC_HELP = `usage: nextround sync --ics <path|url> [--ics ...] --out <tracker.xlsx> [flags]

Syncs every calendar into the tracker in one pass (one read and one write of the workbook).

  --ics <path|url>    a .ics file or an https:// / webcal:// address; repeat for several calendars
                        --ics job-search.ics --ics webcal://p01-caldav.icloud.com/published/2/abc
  --out <file.xlsx>   the tracker, created when missing, otherwise updated in place
                        --out tracker.xlsx
  --from <date>       first day of the sync window (default: 365 days ago)
                        --from 2026-09-01
  --to <date>         day the window ends (default: 365 days ahead)
                        --to 2027-03-01
  --tz <IANA zone>    the zone Start/End are written in (default: this machine's)
                        --tz Europe/Berlin
  --include <regex>   import every event whose title matches (case-insensitive)
                        --include "coffee chat|intro call"
  --exclude <regex>   never import events whose title matches (wins over --include)
                        --exclude "dentist|gym"
  --me <email>        your own address, never listed as an interviewer; repeatable
                        --me me@example.com
  --state <dir>       where sync cursors are kept (default: ./.nextround)
                        --state ~/.nextround
  --json              print the summary as one JSON object
                        --json
  --help, -h          this help
                        --help

exit codes: 0 success, 2 bad input, 3 some calendars could not be read (the others synced), 1 unexpected`;

export const CHECK_CONFIG_HELP = `usage: nextround check-config

Checks the hosted service's environment variables and prints one line per problem; it has no flags.
  nextround check-config
  --help, -h   this help
                 nextround check-config --help

exit codes: 0 the configuration is valid, 2 a setting needs fixing`;
