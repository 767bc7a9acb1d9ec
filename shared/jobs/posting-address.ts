/**
 * What a posting's address says: whether it may be kept as a link (https
 * only: `javascript:` and others never reach a cell or the sidebar), and
 * the company an applicant-tracking address names in its path.
 */

/** The address when it is an absolute http(s) URL, else ''. */
export function httpsAddress(text: string): string {
  const trimmed = text.trim();
  if (!/^https?:\/\/[^\s/]+/i.test(trimmed) || /\s/.test(trimmed) || trimmed.length > 2_000) return '';
  return trimmed;
}

// Boards whose first path part is the company's slug (boards.greenhouse.io/acme/jobs/1, jobs.lever.co/acme/…).
const SLUG_HOSTS =
  /^(?:boards\.greenhouse\.io|job-boards\.greenhouse\.io|jobs\.lever\.co|jobs\.ashbyhq\.com|apply\.workable\.com|jobs\.smartrecruiters\.com)$/i;

/** "acme-robotics" in a board's address → "Acme Robotics"; '' when the address names none. */
export function companyFromAddress(address: string): string {
  const match = /^https?:\/\/([^/?#]+)\/([^/?#]+)/i.exec(address);
  if (!match || !SLUG_HOSTS.test(match[1]!)) return '';
  return decodeURIComponent(match[2]!)
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

/** The address as compared for duplicates: no scheme, `www.`, query, fragment or trailing slash; lower-case host. */
export function sameLinkKey(address: string): string {
  const match = /^(?:https?:\/\/)?(?:www\.)?([^/?#]+)([^?#]*)/i.exec(address.trim());
  if (!match) return '';
  return `${match[1]!.toLowerCase()}${match[2]!.replace(/\/+$/, '')}`;
}
