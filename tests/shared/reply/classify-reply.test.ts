import { describe, expect, it } from 'vitest';
import { classifyReply } from '../../../shared/reply/classify-reply.js';
import { REPLY_KINDS, REPLY_LANGUAGES } from '../../../shared/reply/reply-rules.js';
import { LABELLED_REPLIES } from './labelled-replies.js';

function accuracy() {
  const perKind = Object.fromEntries(REPLY_KINDS.map((kind) => [kind, { right: 0, total: 0 }]));
  const wrong: string[] = [];
  for (const { label, text } of LABELLED_REPLIES) {
    const reading = classifyReply(text);
    const got = reading.kind === 'read' ? reading.reply : 'not-email';
    perKind[label]!.total++;
    if (got === label) perKind[label]!.right++;
    else wrong.push(`${label} read as ${got}: ${text.slice(0, 70)}`);
  }
  return { perKind, wrong };
}

describe('reading a pasted reply (labelled set: 84 replies, 4 languages)', () => {
  it('covers every kind in every language, with at least 80 replies', () => {
    expect(LABELLED_REPLIES.length).toBeGreaterThanOrEqual(80);
    for (const kind of REPLY_KINDS)
      for (const language of REPLY_LANGUAGES) expect(LABELLED_REPLIES.some((r) => r.label === kind && r.language === language)).toBe(true);
  });

  it('reads at least 90 % of each kind right (accuracy per kind printed)', () => {
    const { perKind, wrong } = accuracy();
    const report = Object.entries(perKind).map(([kind, { right, total }]) => `${kind} ${right}/${total} (${Math.round((100 * right) / total)} %)`);
    console.info(`reply accuracy per kind: ${report.join(', ')}${wrong.length ? `\nmisread:\n${wrong.join('\n')}` : ''}`);
    for (const { right, total } of Object.values(perKind)) expect(right / total).toBeGreaterThanOrEqual(0.9);
  });

  it('takes the sender from a From line in any of the four languages', () => {
    const reading = classifyReply(
      'Von: Anna Schmidt <a.schmidt@siemens.com>\nBetreff: Einladung\n\nWir möchten Sie gerne zu einem Vorstellungsgespräch einladen, bitte nennen Sie Termine.',
    );
    expect(reading).toMatchObject({
      kind: 'read',
      reply: 'interview',
      language: 'de',
      sender: { name: 'Anna Schmidt', email: 'a.schmidt@siemens.com', domain: 'siemens.com' },
      subject: 'Einladung',
    });
  });

  it('refuses text that is not an email, in the person’s words', () => {
    expect(classifyReply('ok thanks')).toEqual({
      kind: 'not-email',
      message: 'This does not look like an email: paste the whole message you received (with its From line if you can).',
    });
    expect(classifyReply('https://example.com/x?y=1 1234 5678')).toMatchObject({ kind: 'not-email' });
  });
});
