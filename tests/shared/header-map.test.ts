import { describe, expect, it } from 'vitest';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { columnLetter, mapHeaders, readRow } from '../../shared/schema/header-map.js';
import { NextRoundError } from '../../shared/errors.js';

const headersOf = (sheet: typeof INTERVIEWS) => sheet.columns.map((column) => column.header);

describe('mapHeaders', () => {
  it('finds every column of a sheet laid out in schema order', () => {
    const map = mapHeaders(INTERVIEWS, headersOf(INTERVIEWS));
    expect(map.indexByKey.eventId).toBe(0);
    expect(map.indexByKey.notes).toBe(INTERVIEWS.columns.findIndex((c) => c.key === 'notes'));
    expect(map.missing).toEqual([]);
  });

  it('follows columns the person reordered', () => {
    const reordered = [...headersOf(APPLICATIONS)].reverse();
    const map = mapHeaders(APPLICATIONS, reordered);
    expect(map.indexByKey.id).toBe(reordered.length - 1);
    expect(map.indexByKey.notes).toBe(reordered.indexOf('Notes'));
    expect(map.indexByKey.resumeVersion).toBe(0);
  });

  it("ignores the person's own columns and matches headers regardless of case and spacing", () => {
    const headers = ['My rating', ...headersOf(APPLICATIONS).map((h) => `  ${h.toUpperCase()} `), 'Commute'];
    const map = mapHeaders(APPLICATIONS, headers);
    expect(map.indexByKey.id).toBe(1);
    expect(map.width).toBe(headers.length);
    expect(readRow(map, ['5', 'app-1', 'Acme'])).toMatchObject({ id: 'app-1', company: 'Acme' });
  });

  it('reports optional columns that are absent without failing', () => {
    const headers = headersOf(APPLICATIONS).filter((h) => h !== 'Source');
    expect(mapHeaders(APPLICATIONS, headers).missing.map((c) => c.header)).toEqual(['Source']);
  });

  it('names every missing required header in one error', () => {
    const headers = headersOf(INTERVIEWS).filter((h) => h !== 'Event ID' && h !== 'Notes');
    expect(() => mapHeaders(INTERVIEWS, headers)).toThrow(
      'Sheet "Interviews" is missing the required headers "Event ID", "Notes". Run "Set up tracker" to add it back, or restore the header text.',
    );
  });

  it('refuses a known header that appears twice, naming both columns', () => {
    const headers = [...headersOf(APPLICATIONS), 'company'];
    try {
      mapHeaders(APPLICATIONS, headers);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NextRoundError);
      expect((error as NextRoundError).code).toBe('HEADER_DUPLICATE');
      expect((error as NextRoundError).message).toContain(`columns B and ${columnLetter(headers.length - 1)}`);
    }
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('names column index %i as %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});
