import { describe, expect, it } from 'vitest';
import { typeCell } from '../../../shared/cells/typed-cell.js';
import { xmlSafeText } from '../../../shared/cells/xml-safe-text.js';

describe('xmlSafeText', () => {
  it.each([
    ['a\uFFFEb', 'a\uFFFDb'],
    ['a\uFFFFb', 'a\uFFFDb'],
    ['\u0000\u0001\u0008\u000B\u000C\u000E\u001F', '\uFFFD'.repeat(7)],
    ['lone \uD83D high', 'lone \uFFFD high'],
    ['lone \uDE00 low', 'lone \uFFFD low'],
    ['kept: tab\t LF\n CR\r 🎉 \uFFFD \uE000 \uD7FF', 'kept: tab\t LF\n CR\r 🎉 \uFFFD \uE000 \uD7FF'],
  ])('makes %j XML-safe as %j', (input, output) => {
    expect(xmlSafeText(input)).toBe(output);
  });

  it('is what every writer gets for a text cell (typeCell)', () => {
    expect(typeCell({ type: 'text' }, 'Onsite\uFFFF')).toMatchObject({ value: { kind: 'text', text: 'Onsite\uFFFD' } });
  });
});
