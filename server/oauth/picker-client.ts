/**
 * The Picker page's script (served as /oauth/picker.js; no inline script, CSP
 * script-src 'self'). Its data comes from the JSON block the service wrote,
 * read as text and parsed, never evaluated. The Picker shows exactly the
 * tracker (DocsView.setFileIds), for this Cloud project (setAppId = project
 * number, which drive.file needs), with the access token just issued to this
 * person: https://developers.google.com/workspace/drive/picker/guides/overview,
 * https://developers.google.com/workspace/drive/picker/reference/picker.docsview.setfileids.
 *
 * Kept as text in a module (not a file read at start) so the bundled service
 * (Dockerfile: one esbuild bundle) serves it too; the Chromium suite runs it.
 */
export const PICKER_CLIENT_SCRIPT = `(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('grant-data').textContent);
  var message = document.getElementById('picker-message');
  var retry = document.getElementById('picker-retry');

  function say(text) {
    message.textContent = text;
  }

  function verify(picked) {
    say('Checking that NextRound can open your tracker…');
    return fetch(data.verifyUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ticket: data.ticket, picked: picked }),
      credentials: 'omit',
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (answer) {
        say(String(answer.message));
        retry.hidden = answer.connected === true;
        document.body.setAttribute('data-connected', answer.connected === true ? 'true' : 'false');
      })
      .catch(function () {
        say('The service could not be reached; click "Choose the tracker" to try again.');
        retry.hidden = false;
      });
  }

  function onPickerEvent(result) {
    var picker = google.picker;
    var action = result[picker.Response.ACTION];
    // LOADED and other events are not an answer yet.
    if (action !== picker.Action.PICKED && action !== picker.Action.CANCEL) return;
    var docs = action === picker.Action.PICKED ? result[picker.Response.DOCUMENTS] || [] : [];
    verify(docs.map(function (doc) { return String(doc[picker.Document.ID]); }));
  }

  function openPicker() {
    retry.hidden = true;
    var view = new google.picker.DocsView(google.picker.ViewId.SPREADSHEETS).setFileIds(data.spreadsheetId);
    new google.picker.PickerBuilder()
      .addView(view)
      .setAppId(data.appId)
      .setOAuthToken(data.accessToken)
      .setDeveloperKey(data.developerKey)
      .setCallback(onPickerEvent)
      .build()
      .setVisible(true);
  }

  retry.addEventListener('click', openPicker);
  gapi.load('picker', { callback: openPicker, onerror: function () { say('The Google file picker could not load; reload this page.'); } });
})();
`;
