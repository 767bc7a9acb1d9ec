/**
 * Recognises what a pasted reply says (see reply-rules.ts) and who sent it.
 * Pasted text only: NextRound never reads a mailbox. Text that does not look
 * like a message gets a clear refusal, never a guess.
 */
import { domainOf } from '../classify/domains.js';
import { KIND_PRIORITY, REPLY_RULES, type ReplyKind, type ReplyLanguage } from './reply-rules.js';

export interface ReplySender {
  readonly name: string;
  readonly email: string;
  readonly domain: string;
}

export type ReplyReading =
  | { kind: 'not-email'; message: string }
  | {
      kind: 'read';
      reply: ReplyKind;
      language: ReplyLanguage | null;
      /** The phrases that decided it, for "why". */
      matched: string[];
      sender: ReplySender | null;
      subject: string;
      /** The text without its header lines (what the application match reads). */
      body: string;
    };

/** Pasted text is bounded: a reply, not a mailbox export. */
export const REPLY_MAX_CHARS = 20_000;

/** Lower case, accents and ß/umlauts folded, punctuation to spaces: the form phrases are written in. */
export function foldText(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim()} `;
}

// Folded text holds only letters, digits, hyphens and single spaces, so a folded phrase needs no escaping.
const compiled = REPLY_RULES.map((rule) => ({
  ...rule,
  tests: rule.phrases.map((phrase) => {
    const open = phrase.endsWith('*');
    const folded = foldText(open ? phrase.slice(0, -1) : phrase).trim();
    return { phrase, pattern: new RegExp(` ${folded}${open ? '\\S*' : ''} `) };
  }),
}));

/** Reads a pasted reply. */
export function classifyReply(pasted: string): ReplyReading {
  const text = pasted.slice(0, REPLY_MAX_CHARS).replace(/\r\n?/g, '\n');
  const { headers, body } = splitHeaders(text);
  const words = body.match(/\p{L}{2,}/gu) ?? [];
  if (words.length < 6) {
    return { kind: 'not-email', message: 'This does not look like an email: paste the whole message you received (with its From line if you can).' };
  }
  const folded = foldText(`${headers.subject ?? ''}\n${body}`);
  const scores = new Map<ReplyKind, number>();
  const matched = new Map<ReplyKind, string[]>();
  const byLanguage = new Map<ReplyLanguage, number>();
  for (const rule of compiled) {
    for (const { phrase, pattern } of rule.tests) {
      if (!pattern.test(folded)) continue;
      scores.set(rule.kind, (scores.get(rule.kind) ?? 0) + rule.weight);
      matched.set(rule.kind, [...(matched.get(rule.kind) ?? []), phrase]);
      byLanguage.set(rule.language, (byLanguage.get(rule.language) ?? 0) + 1);
    }
  }
  let best: ReplyKind = 'acknowledgement';
  let bestScore = 0;
  for (const kind of KIND_PRIORITY) {
    const score = scores.get(kind) ?? 0;
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  const language = [...byLanguage].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return { kind: 'read', reply: best, language, matched: matched.get(best) ?? [], sender: readSender(headers.from), subject: headers.subject ?? '', body };
}

/** Header lines at the top of a paste ("From:", "Subject:", "Von:", "De :", "Asunto:"…). */
function splitHeaders(text: string): { headers: { from?: string; subject?: string }; body: string } {
  const headers: { from?: string; subject?: string } = {};
  const lines = text.split('\n');
  let index = 0;
  while (index < lines.length && index < 12) {
    const line = lines[index]!;
    const match = /^\s*(from|von|de|sender|absender|subject|betreff|objet|asunto|to|an|a|para|date|datum|fecha|cc)\s?:\s*(.*)$/i.exec(line);
    if (!match) {
      if (line.trim() === '' && index === 0) {
        index++;
        continue;
      }
      break;
    }
    const name = match[1]!.toLowerCase();
    if (['from', 'von', 'de', 'sender', 'absender'].includes(name)) headers.from = match[2]!;
    if (['subject', 'betreff', 'objet', 'asunto'].includes(name)) headers.subject = match[2]!;
    index++;
  }
  return { headers, body: lines.slice(index).join('\n') };
}

function readSender(from: string | undefined): ReplySender | null {
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(from ?? '')?.[0]?.toLowerCase();
  if (!email) return null;
  const name = (from ?? '')
    .replace(/<[^>]*>/, '')
    .replace(email, '')
    .replace(/["']/g, '')
    .trim();
  return { name, email, domain: domainOf(email) };
}
