/**
 * `--help` for each command: every flag with what it does and an example.
 * Printed on stdout with exit code 0.
 */

export const USAGE = `usage: nextround <command> [flags]

commands:
  sync           sync .ics calendars into an .xlsx tracker
                   nextround sync --ics calendar.ics --out tracker.xlsx
  add-job        read a job posting (link or file); with --out, add it to an .xlsx tracker
                   nextround add-job https://boards.greenhouse.io/acme/jobs/1 --out tracker.xlsx
  import         import another tracker's CSV export into an .xlsx tracker
                   nextround import huntr-export.csv --out tracker.xlsx
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

export const ADD_JOB_HELP = `usage: nextround add-job <url-or-file> [--out <tracker.xlsx>] [flags]

Reads a job posting (schema.org JobPosting data, then the page's tags, then its text) and prints
the company, role, location, salary and the requirements found. With --out, adds it to the tracker
(stage Wishlist; the description and the requirements checklist in the row).

  <url-or-file>       an https:// address, a saved page (.html) or a text file with the description
                        nextround add-job https://jobs.lever.co/acme/123
                        nextround add-job posting.txt
  --out <file.xlsx>   the tracker to add the job to, created when missing
                        --out tracker.xlsx
  --add-anyway        add even when the tracker has the same link, or the same company and role
                        --add-anyway
  --tz <IANA zone>    the zone "Last update" is dated in (default: this machine's)
                        --tz Europe/Berlin
  --json              print what was found as one JSON object
                        --json
  --help, -h          this help

exit codes: 0 success, 2 bad input (no posting, duplicate, unreadable file), 1 unexpected`;

export const IMPORT_HELP = `usage: nextround import <file.csv> --out <tracker.xlsx> [flags]

Imports the applications of another tracker's CSV export (Huntr, Teal, Simplify, a spreadsheet):
UTF-8 or Windows-1252, comma, semicolon or tab; columns mapped from their headers. All rows or none:
a row that cannot be read is named by line and column and nothing is written. Rows already in the
tracker are skipped, so running it again adds nothing.

  <file.csv>               the export to import
                             nextround import teal-export.csv --out tracker.xlsx
  --out <file.xlsx>        the tracker to import into, created when missing
                             --out tracker.xlsx
  --map "<header>=<field>" choose the field a column fills (empty field: leave it out); repeatable
                             --map "Where=location" --map "Excitement="
  --stage "<value>=<stage>" the stage a value the list does not know means; repeatable
                             --stage "Maybe later=Wishlist"
  --day-order dmy|mdy      how to read dates such as 03/04/2026 (default: from the file, else mdy)
                             --day-order dmy
  --tz <IANA zone>         the zone dates with a time are read in (default: this machine's)
                             --tz Europe/Berlin
  --json                   print the counts as one JSON object
                             --json
  --help, -h               this help

fields: company, role, stage, stageDate, appliedOn, source, link, location, remote, salary, contact,
        contactEmail, nextAction, nextActionDue, jobDescription, resumeVersion, notes

exit codes: 0 success, 2 bad input (each failing row named), 1 unexpected`;
