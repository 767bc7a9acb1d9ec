/** The drafts feature's least privilege, in the pushed files: compose-only Gmail; the one send is the digest to oneself. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleDir } from '../support/load-bundle.js';

const manifest: { oauthScopes?: string[]; dependencies?: { enabledAdvancedServices?: unknown[] } } = JSON.parse(
  readFileSync(join(bundleDir, 'appsscript.json'), 'utf8'),
);
const code = readFileSync(join(bundleDir, 'Code.js'), 'utf8');

describe('the built add-on and Gmail', () => {
  it('asks for gmail.compose and never for the full-mailbox scope or any other Gmail scope', () => {
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/gmail.compose');
    expect(manifest.oauthScopes).not.toContain('https://mail.google.com/');
    expect(manifest.oauthScopes?.filter((scope) => /gmail|mail\.google/.test(scope))).toEqual(['https://www.googleapis.com/auth/gmail.compose']);
  });

  it('enables the Gmail advanced service (v1) under the symbol the code uses', () => {
    const services = (manifest.dependencies?.enabledAdvancedServices ?? []) as { serviceId?: string }[];
    expect(services.filter((service) => service.serviceId === 'gmail')).toEqual([{ userSymbol: 'Gmail', serviceId: 'gmail', version: 'v1' }]);
  });

  it('creates drafts, and sends only the morning digest: no GmailApp or MailApp (wider scopes), no draft ever sent, one Messages.send', () => {
    expect(code).toContain('Drafts.create');
    expect(code).not.toMatch(/GmailApp|MailApp|Drafts\.send/);
    expect(code.match(/Messages\??\.send\(/g)).toHaveLength(1);
    // The digest's one call: a raw message, as 'me' (the recipient is checked in digest.test.ts).
    expect(code).toMatch(/Messages\??\.send\(\{raw:buildDigestMessage\([^)]*\)\.raw\},"me"\)/);
  });
});
