/// <reference types="google-apps-script" />
/**
 * Issue 17's figures: the morning digest planned from the Due list on the
 * built bundle at 10,000 rounds (wall time, and its Spreadsheet reads,
 * which must stay ≤ 3 whatever the size), one pasted reply read, and the
 * skills-to-build list over 10,000 rounds in Node.
 */
import { classifyReply } from '../shared/reply/classify-reply.js';
import { planDigestWeek } from '../shared/digest/plan-digest-week.js';
import { DEFAULT_DUE_SETTINGS } from '../shared/due/due-settings.js';
import { listDue } from '../shared/due/list-due.js';
import { listSkillsToBuild } from '../shared/learning/skills-to-build.js';
import { SEED_NOW, generateSeedData } from '../tests/shared/insights/seed.js';
import { SEED_INSTANT, seedSearch } from '../tests/appsscript/learning-seed.js';
import { LABELLED_REPLIES } from '../tests/shared/reply/labelled-replies.js';
import { loadBundle } from '../tests/support/load-bundle.js';
import { figure, medianMs, type BenchSuite } from './figure.js';

export const run: BenchSuite = async () => {
  // The digest: loadDue with the digest on reads the two sheets once and plans a week of digests from them.
  const loaded = loadBundle({ now: SEED_INSTANT });
  loaded.addon.setUpTracker();
  const data = seedSearch(loaded.spreadsheet, 5_000);
  if (data.interviews.length !== 10_000) throw new Error(`expected 10,000 rounds, got ${data.interviews.length}`);
  loaded.addon.saveDigest({ enabled: true, hour: 8 });
  loaded.log.reset();
  loaded.addon.loadDue();
  const reads = loaded.log.reads();
  const valueReads = loaded.log.count('Range.getValues');
  if (valueReads > 3) throw new Error(`loadDue with the digest made ${valueReads} getValues calls; the budget is 3`);
  const withDigest = await medianMs(3, () => loaded.addon.loadDue());
  loaded.addon.saveDigest({ enabled: false });
  const withoutDigest = await medianMs(3, () => loaded.addon.loadDue());

  // The same week planned in Node over the insights seed (10,000 rounds), the core alone.
  const plain = generateSeedData(5_000);
  const numbered = (rows: readonly Record<string, string>[]) => rows.map((cells, index) => ({ row: index + 2, cells }));
  const planInput = {
    applications: numbered(plain.applications),
    interviews: numbered(plain.interviews),
    now: SEED_NOW,
    hour: 8,
    zoneName: 'Europe/Berlin',
    timeZone: 'Europe/Berlin',
    settings: DEFAULT_DUE_SETTINGS,
    links: { spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/x/edit', gids: { Applications: 0, Interviews: 1 } },
  };
  const planMs = await medianMs(3, () => planDigestWeek(planInput));
  const oneDueMs = await medianMs(3, () => listDue({ ...planInput, applications: plain.applications, interviews: plain.interviews }));

  // One reply read: the labelled set, timed per message.
  for (const reply of LABELLED_REPLIES) classifyReply(reply.text); // warm-up
  const allReplies = await medianMs(9, () => {
    for (const reply of LABELLED_REPLIES) classifyReply(reply.text);
  });

  // Skills to build over 10,000 rounds (the insights seed, with prep checklists added to every other round).
  const seed = generateSeedData(5_000);
  const interviews = seed.interviews.map((row, index) =>
    index % 2 === 0
      ? {
          ...row,
          prep: `Requirements:\n[ ] ${['Kubernetes in production', 'Terraform', 'Distributed system design', 'GraphQL'][index % 4]}\n[x] Go → years of it`,
        }
      : row,
  );
  listSkillsToBuild(interviews, SEED_NOW); // warm-up
  const skillsMs = await medianMs(5, () => listSkillsToBuild(interviews, SEED_NOW));

  return [
    // The Due list plus a week of digests, next to the Due list alone in the same run.
    figure('digest.build_ms.10000_rounds', withDigest, 'ms', '< 2000 (add-on, fakes)', withoutDigest),
    // Seven mornings from the rows that can matter, next to one listDue over every row.
    figure('digest.plan_week_ms.10000_rounds', planMs, 'ms', '< 7 × one listDue', oneDueMs),
    figure('digest.spreadsheet_reads', valueReads, 'getValues', '≤ 3 whatever the size (Applications, Interviews)', null),
    figure('digest.all_spreadsheet_reads', reads, 'reads', 'flat', null),
    figure('reply.classify_ms', allReplies / LABELLED_REPLIES.length, 'ms per message', '< 5', null),
    figure('insights.skills_10000_rounds_ms', skillsMs, 'ms', '< 500', null),
  ];
};
