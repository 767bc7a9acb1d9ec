/** The job seeker's guide describes the sidebar as it is built: the five tabs, the two hubs and Home › More (nav/pages.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESTINATIONS, SECONDARY_PAGES } from '../../appsscript/sidebar/nav/pages.js';
import { HUB_WORDS } from '../../appsscript/sidebar/words.js';

// Lines rewrapped to one space: a label may break across lines in the Markdown.
const guide = readFileSync(new URL('../../docs/using-nextround.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');

describe('docs/using-nextround.md', () => {
  it('names the five tabs in the order the sidebar shows them', () => {
    const places = DESTINATIONS.map((destination) => guide.indexOf(`- **${destination.label}**:`));
    expect(places.every((place) => place >= 0)).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
  });

  it('lists every page of Home › More by the label the sidebar gives it', () => {
    const more = guide.slice(guide.indexOf('**Home › More** holds'));
    expect(SECONDARY_PAGES.filter((page) => !more.includes(`**${page.label}**`)).map((page) => page.label)).toEqual([]);
  });

  it("describes both hubs with their sections' headings", () => {
    for (const heading of [HUB_WORDS.rounds, HUB_WORDS.contacts, HUB_WORDS.prepare, HUB_WORDS.debrief, HUB_WORDS.thankYou]) {
      expect(guide.toLowerCase()).toContain(heading.toLowerCase());
    }
    expect(guide).toContain('(the application hub)');
    expect(guide).toContain('(the interview hub)');
  });

  it('calls no page a tab unless it is one of the five', () => {
    const tabs = [...guide.matchAll(/\b(\w+)\*{0,2} tab\b/g)].map((match) => match[1]);
    const labels = DESTINATIONS.map((destination) => destination.label);
    expect(tabs.filter((word) => word !== 'the' && word !== 'new' && !labels.includes(word!))).toEqual([]);
    expect(guide).not.toMatch(/three tabs|Reflect tab|Calendar tab/);
  });
});
