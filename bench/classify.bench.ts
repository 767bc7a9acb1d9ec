/**
 * Classifier speed and detection (issue 14): events classified per second
 * on 10,000 seeded mixed events (tests/shared/classify/mixed-events.ts) next
 * to a trivial keyword classifier in the same run (keyword-classifier.ts;
 * the richer one may cost at most 3×), and precision, recall, company and role accuracy on the
 * labelled corpus (tests/shared/classify/corpus).
 */
import { classifyEvent } from '../shared/classify/classify-event.js';
import { DEFAULT_RULES } from '../shared/classify/rules.js';
import { selfAddresses } from '../shared/sync/self-addresses.js';
import { OUTCOMES, score } from '../tests/shared/classify/corpus/score.js';
import { mixedEvents } from '../tests/shared/classify/mixed-events.js';
import { type BenchSuite, figure, medianMs } from './figure.js';
import { keywordClassify } from './keyword-classifier.js';

export const run: BenchSuite = async () => {
  const events = mixedEvents(10_000);
  const rules = { ...DEFAULT_RULES, selfEmails: selfAddresses(events, []) };
  const classify = () => {
    for (const event of events) classifyEvent(event, rules);
  };
  const selfEmails = new Set(rules.selfEmails);
  const keywords = () => {
    for (const event of events) keywordClassify(event, selfEmails);
  };
  await medianMs(3, classify);
  await medianMs(3, keywords);
  const perSecond = (ms: number) => (events.length / ms) * 1000;
  // A rate: higher is better, so the ratio printed is baseline/value = how many times the keyword tool's speed.
  const classifyRate = perSecond(await medianMs(9, classify));
  const keywordRate = perSecond(await medianMs(9, keywords));

  const all = score(OUTCOMES);
  return [
    figure('classify.events_per_s', classifyRate, 'events/s (10,000 mixed events)', 'cost ≤ 3 × keyword baseline (ratio ≤ 3)', keywordRate),
    figure('detection.precision', all.precision, `share of imports that are interviews (${all.events}-event corpus)`, '≥ 0.97'),
    figure('detection.recall', all.recall, `share of interviews imported (${all.interviews} in the corpus)`, '≥ 0.95'),
    figure('detection.company_accuracy', all.company, 'share of imported interviews with the right company', '≥ 0.90'),
    figure('detection.role_accuracy', all.role, 'share of imported interviews with the right role', '≥ 0.85'),
  ];
};
