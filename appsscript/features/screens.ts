/**
 * The sidebar's rarer pages live in their own file, screens.html, so that
 * sidebar.html (served on every open) stays small. The sidebar asks for
 * it the first time one of those pages opens and runs its script.
 *
 * Read with the include pattern of Google's HTML service best practices:
 * `HtmlService.createHtmlOutputFromFile(name).getContent()` returns the
 * file as written, `<script>` tags included
 * (https://developers.google.com/apps-script/guides/html/best-practices#separate_html_css_and_javascript).
 */
import type { AddonApi } from '../api/contract.js';

export const loadScreens: AddonApi['loadScreens'] = () => HtmlService.createHtmlOutputFromFile('screens').getContent();
