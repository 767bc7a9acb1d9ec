/**
 * Round types and the phrases that name them, tried in order (the most
 * specific first: "Final technical round" is Final). Each maps onto the
 * schema's ROUND_TYPES. `alone` holds the phrases that make an event an
 * interview by themselves ("Superday", "Bar raiser", "Call with recruiter");
 * `names` only names the round of something already known to be one
 * ("Technical" alone is as likely a tech-debt review).
 */
import type { ROUND_TYPES } from '../schema/options.js';

export type Round = (typeof ROUND_TYPES)[number];

export interface RoundWords {
  round: Round;
  names: RegExp;
  alone?: RegExp;
}

export const ROUND_WORDS: readonly RoundWords[] = [
  {
    round: 'Final',
    names: /\bfinal\b|\bfinale?\b|\bletzte runde|\bfinalrunde|\bfinal round|最終|终面|최종/iu,
    alone: /\bfinal (?:round|interview|stage)\b|\bfinal(?:e)? runde\b/i,
  },
  {
    round: 'Onsite',
    names: /\bon-?site\b|\bsuper ?day\b|\bloop\b|\bassessment (?:cent(?:er|re)|day)\b/i,
    alone: /\bon-?site (?:interview|loop|round|visit)\b|\bsuper ?day\b|\bassessment (?:cent(?:er|re)|day)\b|\b(?:interview|onsite) loop\b/i,
  },
  { round: 'Panel', names: /\bpanel\b/i, alone: /\bpanel (?:interview|round)\b|\binterview panel\b/i },
  {
    round: 'Hiring manager',
    names: /\bhiring manager\b|\bhm (?:screen|call|interview|chat|round)\b|\bmeet (?:the|your) (?:hiring )?manager\b/i,
    alone: /\bhiring manager\b|\bhm (?:screen|call|interview|round)\b/i,
  },
  {
    round: 'Take-home',
    names: /\btake[- ]?home\b|\bhome assignment\b|\bcase (?:study|presentation)\b|\bassignment review\b|\bwork sample\b|\bassessment\b|\btest\b|\bchallenge\b/i,
    alone:
      /\btake[- ]?home (?:assignment|exercise|test|challenge|review|debrief)?\b|\bcase study (?:round|presentation)?\b|\bcoding (?:challenge|assessment|test|exercise)\b|\b(?:online|technical|skills?|cognitive|psychometric) assessment\b/i,
  },
  {
    round: 'Technical',
    names:
      /\btechnical\b|\bcoding\b|\bsystem design\b|\bpair(?:ing| programming)\b|\blive cod|\bwhiteboard\b|\balgorithms?\b|\bcase interview\b|\btechni(?:que|sch|ca|co)|(?<!\p{L})técnic[oa]|\btecnic[oa]|\btechniczna|技术|技術|기술/iu,
    alone:
      /\btechnical (?:round|screen|interview|call|assessment)\b|\bsystem design (?:round|interview|session)\b|\bcoding (?:round|interview|session)\b|\bpair programming (?:round|interview|session)\b|\bcase interview\b/i,
  },
  // Behavioural, values and culture rounds: the schema has no type of their own.
  {
    round: 'Other',
    names: /\bbehaviou?ral\b|\bbar raiser\b|\bculture (?:fit|add)\b|\bvalues\b/i,
    alone: /\bbehaviou?ral (?:round|interview)\b|\bbar raiser\b|\bculture fit (?:round|interview)\b/i,
  },
  {
    round: 'Phone screen',
    names: /\bphone screen|\btelefoninterview\b|\bentretien téléphonique\b|\bhirevue\b|\bvideo interview\b|\bone-way\b/i,
    alone: /\bphone screen|\bvideo interview\b/i,
  },
  {
    round: 'Recruiter call',
    names:
      /\brecruit(?:er|ing|ment)\b|\btalent (?:acquisition|partner)\b|\b(?:intro|introductory) call\b|\bhr (?:call|interview|screen)\b|\bentretien rh\b|\bpersonaler/i,
    alone:
      /\b(?:recruiter|recruiting|talent (?:acquisition|partner))\b.*\b(?:call|chat|screen|intro|conversation|sync)\b|\b(?:call|chat|intro|conversation|sync)\b.*\b(?:recruiter|recruiting team|talent (?:acquisition|partner))\b|\bhr (?:call|screen)\b/i,
  },
  {
    round: 'Phone screen',
    names: /\bscreening\b|\bscreen\b/i,
    alone: /\b(?:initial|first) screen\b|\bscreening (?:call|interview)\b/i,
  },
];
