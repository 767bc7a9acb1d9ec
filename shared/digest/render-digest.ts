/**
 * The digest as mail: a subject, a plain-text part and an HTML part. Every
 * value from the sheet is escaped in the HTML (shared/mail/html.ts); links
 * are built here from the spreadsheet's address and the row, and a join link
 * is shown only when it is https.
 */
import { escapeHtml } from '../mail/html.js';
import type { Digest, DigestLine, DigestLinks } from './digest-types.js';
import { DIGEST_SECTIONS } from './digest-types.js';

export interface DigestMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The row's address in the sheet: `…/edit#gid=<gid>&range=A<row>`. */
export function rowLink(links: DigestLinks, line: DigestLine): string {
  const base = links.spreadsheetUrl.replace(/#.*$/, '');
  if (!line.ref) return base;
  return `${base}#gid=${links.gids[line.ref.sheet]}&range=A${line.ref.row}`;
}

/** Renders a digest with lines; null for an empty one (nothing is sent on an empty day). */
export function renderDigest(digest: Digest, links: DigestLinks): DigestMail | null {
  if (digest.lines.length === 0) return null;
  const count = digest.lines.length + digest.omitted;
  const subject = `NextRound: ${count} thing${count === 1 ? '' : 's'} for ${digest.date}`;
  const text: string[] = [`Your job search on ${digest.date}`];
  const html: string[] = [`<div dir="auto"><p>Your job search on ${escapeHtml(digest.date)}</p>`];
  for (const section of DIGEST_SECTIONS) {
    const lines = digest.lines.filter((line) => line.section === section.id);
    if (lines.length === 0) continue;
    text.push('', section.title);
    html.push(`<h3>${escapeHtml(section.title)}</h3><ul>`);
    for (const line of lines) {
      const link = rowLink(links, line);
      text.push(`- ${line.text}`, `  Open: ${link}`);
      if (line.joinLink) text.push(`  Join: ${line.joinLink}`);
      const join = line.joinLink ? ` · <a href="${escapeHtml(line.joinLink)}">Join</a>` : '';
      html.push(`<li>${escapeHtml(line.text)} · <a href="${escapeHtml(link)}">Open in the tracker</a>${join}</li>`);
    }
    html.push('</ul>');
  }
  if (digest.omitted > 0) {
    text.push('', `And ${digest.omitted} more in the tracker: ${links.spreadsheetUrl}`);
    html.push(`<p>And ${digest.omitted} more in <a href="${escapeHtml(links.spreadsheetUrl)}">the tracker</a>.</p>`);
  }
  const footer = 'You asked NextRound for this digest; turn it off in the sidebar (Due).';
  text.push('', footer);
  html.push(`<p>${escapeHtml(footer)}</p></div>`);
  return { subject, text: text.join('\n'), html: html.join('') };
}
