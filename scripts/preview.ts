/**
 * `npm run preview`: the real sidebar in a local browser, against an
 * in-memory workbook holding a believable three-month search, so anyone can
 * try the add-on without a Google account (preview-server.ts).
 * `npm run preview -- --empty` starts from an empty spreadsheet: first run.
 *
 *   http://127.0.0.1:8787/   the sheet (or Gmail drafts) beside the 300 px sidebar
 */
import { DEMO_JOB_LINK } from './preview-job-posting.js';
import { startPreview } from './preview-server.js';

const empty = process.argv.includes('--empty');
const preview = await startPreview({ empty, port: Number(process.env.PORT ?? 8787), timeZone: process.env.TZ_SHEET ?? 'Europe/Berlin' });
console.log(`NextRound preview${empty ? ' (empty spreadsheet)' : ''}: ${preview.url}  (in memory; Ctrl-C to stop)`);
console.log(`To try Home › More › Add a job from a link, paste ${DEMO_JOB_LINK} (a sample posting; other links cannot be reached here).`);
