/**
 * Unsaved typing on the open page (DESIGN.md: a person's edits are never
 * lost), found by one listener at the panel root rather than in each form:
 * a field counts once its value differs from what it held when the person
 * first focused it (typing then deleting is no change). A field gone from
 * the page (a re-render after a save, another page) no longer counts; a save
 * that keeps its form on screen calls `saved`.
 */
import { NAV_WORDS } from '../words.js';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

// Inside a <form>, every field but the search box. Outside one, a select, checkbox or date acts at once
// (opens a page, re-previews, snoozes): only typing is kept there. Buttons never fire `input`.
const FIELDS = 'form :not([type=search]),textarea,input:is(:not([type]),[type=text],[type=email],[type=url],[type=number])';
const counts = (target: EventTarget | null): target is Field => target instanceof Element && target.matches(FIELDS);
const held = (field: Field) => (field.type === 'checkbox' ? (field as HTMLInputElement).checked : field.value);

interface Typing {
  /** What each field held when first focused. */
  before: WeakMap<Field, unknown>;
  /** Edited fields, most recent last: "Keep editing" returns to the last one. */
  touched: Set<Field>;
}

declare global {
  interface Window {
    nextroundTyping?: Typing;
  }
}

// One record per page, kept on window: screens.html (nav/on-demand.ts) bundles its own copy of this module,
// and a save on one of its pages must clear what the sidebar's copy asks about.
window.nextroundTyping ??= { before: new WeakMap(), touched: new Set() };
const { before, touched } = window.nextroundTyping;

/** Listens on the page's <main> (rendered again with each page, so no listener outlives it). */
export function watchUnsaved(panel: HTMLElement): void {
  panel.addEventListener('focusin', ({ target }) => counts(target) && !before.has(target) && before.set(target, held(target)));
  // Every field fires `input` on a change (selects, checkboxes and pickers too).
  panel.addEventListener('input', ({ target }) => {
    if (!counts(target)) return;
    touched.delete(target);
    touched.add(target);
  });
}

/** After a save that leaves its fields on screen: what they hold now (in `within`, else the whole page) is saved. */
export function saved(within: Element = document.body): void {
  for (const field of touched) {
    if (!within.contains(field)) continue;
    touched.delete(field);
    before.set(field, held(field));
  }
}

/** The field last edited whose typing is not saved, if any. */
export function unsavedField(): Field | undefined {
  for (const field of touched) if (!field.isConnected) touched.delete(field);
  return [...touched].reverse().find((field) => held(field) !== before.get(field));
}

/**
 * True when the page may close: nothing unsaved, or the person chose to leave.
 * The browser's own confirm (Apps Script's sidebar allows modals; connect.ts
 * asks the same way): keyboard and screen-reader ready, fits 300 px and costs
 * the bundle a few bytes. Staying puts focus back in the field typed in.
 */
export function mayLeave(): boolean {
  const field = unsavedField();
  if (!field) return true;
  if (window.confirm(NAV_WORDS.leaveUnsaved)) {
    touched.clear();
    return true;
  }
  const details = field.closest('details');
  if (details) details.open = true;
  field.focus();
  return false;
}
