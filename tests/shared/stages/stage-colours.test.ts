import { describe, expect, it } from 'vitest';
import { STAGE_DEFINITIONS } from '../../../shared/stages/stage-definitions.js';

/** WCAG 2.1 contrast ratio of two #rrggbb colours (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('stage colours', () => {
  it.each(STAGE_DEFINITIONS.map((stage) => [stage.id, stage.ink, stage.colour]))(
    '%s: its ink reads at WCAG AA on its own colour and on white',
    (_id, ink, colour) => {
      expect(contrast(ink, colour)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('gives every stage its own background', () => {
    expect(new Set(STAGE_DEFINITIONS.map((stage) => stage.colour)).size).toBe(STAGE_DEFINITIONS.length);
  });

  it('measures contrast the way WCAG does (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
