import { describe, expect, it } from 'vitest';
import { findDraft, formatDraftLog, parseDraftLog, recordDraft } from '../../../shared/mail/draft-log.js';

const first = recordDraft({ kind: 'thank-you', email: ' Ana@Acme.com ', draftId: 'r-510', messageId: '18bf3a', createdAt: '2026-11-20 14:05' });
const second = recordDraft({ kind: 'thank-you', email: 'bo@acme.com', draftId: 'r-511', messageId: '18bf3b', createdAt: '2026-11-20 14:05' });

describe('the drafts cell', () => {
  it('records a draft with the address lower-cased and a link that opens it', () => {
    expect(first).toEqual({
      kind: 'thank-you',
      email: 'ana@acme.com',
      draftId: 'r-510',
      createdAt: '2026-11-20 14:05',
      link: 'https://mail.google.com/mail/#drafts?compose=18bf3a',
    });
  });

  it('is one readable line per draft and reads back exactly', () => {
    const cell = formatDraftLog([first, second]);
    expect(cell.split('\n')[0]).toBe('thank-you to ana@acme.com · r-510 · 2026-11-20 14:05 · https://mail.google.com/mail/#drafts?compose=18bf3a');
    expect(parseDraftLog(cell)).toEqual([first, second]);
  });

  it('skips lines the person typed instead of failing', () => {
    expect(parseDraftLog(`sent it myself!\n${formatDraftLog([second])}\nthank-you to x · y`)).toEqual([second]);
  });

  it('finds the existing draft per recipient and kind, whatever the address case', () => {
    expect(findDraft([first, second], 'thank-you', 'ANA@acme.com')).toBe(first);
    expect(findDraft([first, second], 'follow-up', 'ana@acme.com')).toBeUndefined();
  });
});
