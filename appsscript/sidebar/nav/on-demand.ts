/**
 * Pages that load on first use. sidebar.html is served on every open, so
 * the rarer pages ship in screens.html (built from ../screens/main.ts) and
 * arrive with one `loadScreens` call the first time one of them opens;
 * after that they are as quick as the rest. Until then the router shows
 * `openingPanel`, which fetches them and shows the page once they run.
 *
 * Running them is a plain inline <script> appended to the page: HTML-service
 * pages are HTML5 sandboxed iframes with `allow-scripts`, and Google's list of
 * what that sandbox restricts (top navigation, non-HTTPS active content) does
 * not include scripts a page adds itself
 * (https://developers.google.com/apps-script/guides/html/restrictions).
 * No eval and no remote URL: the text is the add-on's own file.
 *
 * screens.html bundles its own copies of the modules its pages import, so a
 * module that keeps state both files use keeps it on window (nav/unsaved.ts);
 * tests/appsscript/sidebar/screens-state.test.ts holds every such module to that.
 */
import { h } from '../dom.js';
import type { Panel, Route } from '../panels/panel.js';
import { server } from '../server.js';
import { NAV_WORDS } from '../words.js';

/** The pages in screens.html; ../screens/main.ts registers exactly these. */
export const ON_DEMAND_PAGES = [
  'insights',
  'add-job',
  'import-tracker',
  'connect',
  'due-settings',
  'setup',
  'reply',
] as const satisfies readonly Route['panel'][];

declare global {
  interface Window {
    /** Called by screens.html's script with its panels. */
    nextroundAddScreens?: (panels: readonly Panel<Route>[]) => void;
  }
}

const loaded = new Map<string, Panel<Route>>();
let fetching: Promise<void> | null = null;

/** A page of screens.html once it has run, else undefined. */
export const loadedPanel = (id: string): Panel<Route> | undefined => loaded.get(id);

export const isOnDemand = (id: string): boolean => (ON_DEMAND_PAGES as readonly string[]).includes(id);

/** Fetches and runs screens.html once; a failure may be tried again. */
function fetchScreens(): Promise<void> {
  fetching ??= server
    .loadScreens()
    .then((html) => {
      window.nextroundAddScreens = (panels) => {
        for (const panel of panels) loaded.set(panel.id, panel);
      };
      const script = document.createElement('script');
      // The file is one script element, as Google's include pattern writes it: the code is what its tags enclose.
      script.textContent = html.slice(html.indexOf('>') + 1, html.lastIndexOf('<'));
      document.head.append(script);
      script.remove();
      // A file from another version of the add-on may lack a page: say so rather than ask again forever.
      if (!ON_DEMAND_PAGES.every((id) => loaded.has(id))) throw new Error(NAV_WORDS.openFailed);
    })
    .catch((error: unknown) => {
      fetching = null;
      throw error;
    });
  return fetching;
}

/** What shows while an on-demand page arrives: a status line, or the error with a way to try again. */
export function openingPanel(id: Route['panel'], title: string | null, shown: () => void): Panel<Route> {
  return {
    id,
    title,
    render() {
      const box = h('div', { id: 'opening' });
      const attempt = (retry: boolean) => {
        box.replaceChildren(h('p', { className: 'muted', attrs: { role: 'status' } }, NAV_WORDS.opening));
        // Whatever the reason (google.script.run's failure texts are not documented), the person's next step is the same.
        fetchScreens().then(shown, () => {
          const again = h(
            'button',
            { className: 'secondary', id: 'opening-again', attrs: { type: 'button' }, on: { click: () => attempt(true) } },
            NAV_WORDS.tryAgain,
          );
          box.replaceChildren(
            h('div', { className: 'banner error', attrs: { role: 'alert' } }, NAV_WORDS.openFailed),
            h('div', { className: 'actions' }, again),
          );
          // A retry's button was taken away while it had focus: the new one takes it, not the page's body.
          if (retry) again.focus();
        });
      };
      attempt(false);
      return box;
    },
  };
}
