/**
 * A stand-in for the Google Picker, served from its own origin as Google
 * serves https://apis.google.com/js/api.js. It defines the part of
 * `gapi.load` and `google.picker` NextRound's page uses, with Google's
 * constant values (Action.PICKED = 'picked', CANCEL = 'cancel', LOADED =
 * 'loaded'; Response.ACTION = 'action', DOCUMENTS = 'docs'; Document.ID =
 * 'id': https://developers.google.com/workspace/drive/picker/reference/picker.action,
 * …/picker.response, …/picker.document). It records every builder call in
 * `window.__pickerCalls`, answers LOADED first like the real dialog, and
 * shows the files of `setFileIds` with Select and Cancel buttons.
 *
 * Picking grants the file under drive.file only when the picker was built
 * for the fake's Cloud project (setAppId = project number) with a token of
 * the person, as Google does (…/picker.pickerbuilder.setappid); the grant is
 * recorded in the fake Google before the callback runs.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import type { FakeGoogle } from './fake-google.js';

const GrantBody = z.object({ token: z.string(), appId: z.string(), offered: z.array(z.string()), picked: z.array(z.string()) });

const SCRIPT = `(function () {
  var origin = new URL(document.currentScript.src).origin;
  var calls = (window.__pickerCalls = []);
  function DocsView(viewId) { calls.push(['DocsView', viewId]); this.fileIds = []; }
  DocsView.prototype.setFileIds = function (ids) { calls.push(['setFileIds', ids]); this.fileIds = String(ids).split(','); return this; };
  DocsView.prototype.setMode = function (mode) { calls.push(['setMode', mode]); return this; };
  function PickerBuilder() { this.views = []; this.appId = ''; this.token = ''; this.callback = function () {}; }
  PickerBuilder.prototype.addView = function (view) { calls.push(['addView']); this.views.push(view); return this; };
  PickerBuilder.prototype.setAppId = function (id) { calls.push(['setAppId', id]); this.appId = String(id); return this; };
  PickerBuilder.prototype.setOAuthToken = function (token) { calls.push(['setOAuthToken', token]); this.token = String(token); return this; };
  PickerBuilder.prototype.setDeveloperKey = function (key) { calls.push(['setDeveloperKey', key]); return this; };
  PickerBuilder.prototype.setCallback = function (callback) { calls.push(['setCallback']); this.callback = callback; return this; };
  PickerBuilder.prototype.build = function () {
    calls.push(['build']);
    var builder = this;
    var offered = builder.views.reduce(function (all, view) { return all.concat(view.fileIds); }, []);
    return {
      setVisible: function () {
        calls.push(['setVisible']);
        var old = document.getElementById('stand-in-picker');
        if (old) old.remove();
        var dialog = document.createElement('div');
        dialog.id = 'stand-in-picker';
        offered.forEach(function (id) { var item = document.createElement('div'); item.className = 'stand-in-file'; item.textContent = id; dialog.appendChild(item); });
        function close() { dialog.remove(); }
        var select = document.createElement('button');
        select.id = 'stand-in-select';
        select.textContent = 'Select';
        select.onclick = function () {
          close();
          fetch(origin + '/picker/grant', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ token: builder.token, appId: builder.appId, offered: offered, picked: offered }) })
            .then(function () { builder.callback({ action: 'picked', docs: offered.map(function (id) { return { id: id, serviceId: 'docs', mimeType: 'application/vnd.google-apps.spreadsheet' }; }) }); });
        };
        var cancel = document.createElement('button');
        cancel.id = 'stand-in-cancel';
        cancel.textContent = 'Cancel';
        cancel.onclick = function () { close(); builder.callback({ action: 'cancel' }); };
        dialog.appendChild(select);
        dialog.appendChild(cancel);
        document.body.appendChild(dialog);
        builder.callback({ action: 'loaded' });
      },
    };
  };
  window.google = { picker: {
    DocsView: DocsView, PickerBuilder: PickerBuilder,
    ViewId: { SPREADSHEETS: 'spreadsheets', DOCS: 'all' }, DocsViewMode: { LIST: 'list', GRID: 'grid' },
    Action: { PICKED: 'picked', CANCEL: 'cancel', LOADED: 'loaded' },
    Response: { ACTION: 'action', DOCUMENTS: 'docs' }, Document: { ID: 'id' },
  } };
  window.gapi = { load: function (name, options) { calls.push(['gapi.load', name]); setTimeout(typeof options === 'function' ? options : options.callback, 0); } };
})();
`;

/** @example const standIn = await serveOnLoopback(createPickerStandIn(fake.google)); scriptUrl = standIn.url + '/js/api.js' */
export function createPickerStandIn(google: FakeGoogle): Hono {
  const app = new Hono();
  app.get('/js/api.js', (c) => c.body(SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.post('/picker/grant', async (c) => {
    const cors = { 'access-control-allow-origin': '*' };
    const body = GrantBody.safeParse(
      await c.req
        .text()
        .then((text) => JSON.parse(text) as unknown)
        .catch(() => null),
    );
    if (!body.success) return c.body(null, 400, cors);
    const person = google.driveFile.personOf(body.data.token);
    if (person !== null && body.data.appId === google.driveFile.projectNumber) {
      for (const id of body.data.picked) if (body.data.offered.includes(id)) google.driveFile.grant(person, id);
    }
    return c.body(null, 204, cors);
  });
  return app;
}
