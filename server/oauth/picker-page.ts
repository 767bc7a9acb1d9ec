/**
 * The page that shows the Google Picker after consent, so the person grants
 * NextRound the one tracker file under drive.file. Values go in as a JSON
 * data block (`<` `>` `&` and line separators escaped, so no value can close
 * the block), read by the static script /oauth/picker.js; the CSP allows no
 * inline script. The access token lives only in this response: never cached,
 * never sent as a referrer, the page cannot be framed.
 */
export interface PickerPageData {
  spreadsheetId: string;
  /** The Cloud project number (PickerBuilder.setAppId). */
  appId: string;
  developerKey: string;
  accessToken: string;
  ticket: string;
  /** Relative to the page, so a path prefix in front of the service keeps working. */
  verifyUrl: string;
}

/** JSON safe inside `<script type="application/json">`: nothing in it can end the element or break a line in old parsers. */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const escapeAttribute = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The Content-Security-Policy of the page: our script, the Picker loader's origin, Google's Picker frames.
 * The Picker styles its dialog inline, hence style-src 'unsafe-inline' (styles cannot run code).
 */
export function pickerCsp(scriptUrl: string): string {
  const loader = new URL(scriptUrl).origin;
  const google = 'https://apis.google.com';
  return [
    "default-src 'none'",
    `script-src 'self' ${loader} ${google}`,
    `connect-src 'self' ${loader}`,
    `frame-src ${loader} https://docs.google.com https://drive.google.com`,
    `style-src 'self' 'unsafe-inline' ${loader} ${google}`,
    `img-src 'self' data: ${loader} https://ssl.gstatic.com https://*.googleusercontent.com`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers every answer carrying the token (or on its way to it) gets. */
export const PRIVATE_PAGE_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/** @example return new Response(renderPickerPage(data, scriptUrl), { headers: { ...PRIVATE_PAGE_HEADERS, 'content-security-policy': pickerCsp(scriptUrl) } }) */
export function renderPickerPage(data: PickerPageData, scriptUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NextRound: choose your tracker</title>
<script type="application/json" id="grant-data">${jsonForScriptBlock(data)}</script>
<script src="${escapeAttribute(scriptUrl)}" defer></script>
<script src="picker.js" defer></script>
</head>
<body>
<h1>One more step: let NextRound open your tracker</h1>
<p>Google asks you to choose the tracker spreadsheet, so NextRound may write interviews into it and into no other file of your Drive. Select it in the window that opens.</p>
<p id="picker-message" role="status"></p>
<button id="picker-retry" type="button" hidden>Choose the tracker</button>
</body>
</html>
`;
}
