import { describe, expect, it } from 'vitest';
import { trackerSummary } from '../cli/tracker-summary.js';
import { keepFlagged, keepImported } from '../../../server/local/kept-lists.js';

const pass = trackerSummary;
const chat = { eventId: 'u', title: 'Chat', start: '2026-12-11 16:00', reasons: ['description says "interview"'] };

describe('keepFlagged', () => {
  it('keeps an earlier maybe-interview through passes that do not mention it', () => {
    expect(keepFlagged([chat], pass({}))).toEqual([chat]);
  });

  it('replaces it with its newer version', () => {
    const moved = { ...chat, start: '2026-12-12 16:00' };
    expect(keepFlagged([chat], pass({ flagged: [moved] }))).toEqual([moved]);
  });

  it('drops it once it is imported', () => {
    expect(keepFlagged([chat], pass({ imported: [{ eventId: 'u', title: 'Chat', start: chat.start }] }))).toEqual([]);
  });
});

describe('keepImported', () => {
  it('lists the newest pass first, at most 50', () => {
    const earlier = Array.from({ length: 50 }, (_, i) => ({ eventId: `e${i}`, title: `E${i}`, start: '', at: 'then' }));
    const kept = keepImported(earlier, pass({ imported: [{ eventId: 'n', title: 'New', start: '' }] }), 'now');
    expect([kept.length, kept[0], kept[49]?.eventId]).toEqual([50, { eventId: 'n', title: 'New', start: '', at: 'now' }, 'e48']);
  });
});
