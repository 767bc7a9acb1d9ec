/**
 * The person's answers in the import section: a maybe-interview imported or
 * ignored (remembered as a rule for its title, applied on every pass), and
 * the .ics feeds to import besides the Google calendars.
 */
import { NextRoundError } from '../../shared/errors.js';
import type { AddonApi } from '../api/contract.js';
import { CalendarFeedInput, MaybeInterviewChoice } from '../api/inputs.js';
import { feedName, feedUrl } from '../calendar/feed-url.js';
import { forgetFeedMarks, MAX_FEEDS, readFeeds, writeFeeds } from '../calendar/feed-store.js';
import { forgetCursors } from '../calendar/import-cursor.js';
import { rememberTitle } from '../calendar/import-rules.js';
import { readImportState, writeImportState } from '../calendar/import-state.js';
import { withDocumentLock } from '../lock.js';
import { parse, startPass, view } from './calendar-import.js';

/**
 * "Import" or "Ignore" on a maybe-interview: its title becomes an include or
 * exclude rule, and every listed maybe-interview of that title leaves the
 * list. The event was passed over by the last listing, so "import" forgets
 * the cursors: the pass started now lists the window in full and the event
 * arrives (rows are found by Event ID, so nothing doubles).
 * @throws NextRoundError INVALID_INPUT, NOT_FOUND (no longer listed).
 */
export const decideMaybeInterview: AddonApi['decideMaybeInterview'] = (input) => {
  const { eventId, choice } = parse(MaybeInterviewChoice, input, 'Say which maybe-interview to import or ignore.', 'eventId');
  const state = withDocumentLock(() => {
    const state = readImportState();
    const item = state.lastPass?.flagged.find((flagged) => flagged.eventId === eventId);
    if (!state.lastPass || !item)
      throw new NextRoundError('NOT_FOUND', 'That event is no longer among the maybe-interviews; sync again to see the list.', { where: 'Maybe interviews' });
    rememberTitle(item.title, choice);
    const title = item.title.trim().toLowerCase();
    state.lastPass.flagged = state.lastPass.flagged.filter((flagged) => flagged.title.trim().toLowerCase() !== title);
    if (choice === 'import') {
      forgetCursors(PropertiesService.getDocumentProperties());
      forgetFeedMarks();
    }
    writeImportState(state);
    return state;
  });
  if (choice === 'import' && state.enabled) startPass(state);
  return view(readImportState());
};

/** Adds a feed: https (or webcal, read as https) only, at most MAX_FEEDS, each once. */
export const addCalendarFeed: AddonApi['addCalendarFeed'] = (input) => {
  const { url: pasted } = parse(CalendarFeedInput, input, 'Paste the calendar’s address.', 'feed address');
  const url = feedUrl(pasted);
  return withDocumentLock(() => {
    const feeds = readFeeds();
    if (feeds.some((feed) => feed.url === url)) throw new NextRoundError('INVALID_INPUT', 'That calendar is already imported.', { where: 'feed address' });
    if (feeds.length >= MAX_FEEDS)
      throw new NextRoundError('INVALID_INPUT', `At most ${MAX_FEEDS} calendar addresses can be imported; remove one first.`, { where: 'feed address' });
    writeFeeds([...feeds, { url, name: feedName(url) }]);
    return view(readImportState());
  });
};

/** Removes a feed and its cursor; its rows stay. */
export const removeCalendarFeed: AddonApi['removeCalendarFeed'] = (input) => {
  const { url } = parse(CalendarFeedInput, input, 'Say which calendar address to remove.', 'feed address');
  return withDocumentLock(() => {
    writeFeeds(readFeeds().filter((feed) => feed.url !== url));
    return view(readImportState());
  });
};
