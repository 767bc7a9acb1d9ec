import { describe, expect, it } from 'vitest';
import { PICKER_CLIENT_SCRIPT } from '../../../server/oauth/picker-client.js';
import { jsonForScriptBlock, pickerCsp, renderPickerPage } from '../../../server/oauth/picker-page.js';

const data = { spreadsheetId: '1Sheet', appId: '123456789012', developerKey: 'AIzaKey', accessToken: 'ya29.token', ticket: 't.m', verifyUrl: 'picker/verify' };

describe('the Picker page', () => {
  it('writes values as JSON that cannot end its script block or open markup', () => {
    const hostile = '</script><script>alert(1)</script>&\u2028';
    const text = jsonForScriptBlock({ value: hostile });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ value: hostile });
  });

  it('holds the token once, inside the data block, and loads only external scripts', () => {
    const page = renderPickerPage(data, 'https://apis.google.com/js/api.js');
    expect(page.split('ya29.token')).toHaveLength(2);
    expect(page).toMatch(/<script type="application\/json" id="grant-data">[^<]*ya29\.token[^<]*<\/script>/);
    const inlineScripts = [...page.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>/g)];
    expect(inlineScripts).toEqual([]);
  });

  it('serves a browser script that parses and reads its data only from the JSON block', () => {
    expect(() => new Function(PICKER_CLIENT_SCRIPT)).not.toThrow();
    expect(PICKER_CLIENT_SCRIPT).toContain("JSON.parse(document.getElementById('grant-data').textContent)");
    expect(PICKER_CLIENT_SCRIPT).not.toMatch(/\beval\(|innerHTML|document\.write/);
  });

  it('allows scripts only from itself, the Picker loader and apis.google.com, and cannot be framed', () => {
    const csp = pickerCsp('http://127.0.0.1:4100/js/api.js');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self' http://127.0.0.1:4100 https://apis.google.com;");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
