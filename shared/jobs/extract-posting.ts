/**
 * A job posting from its page, read in this order: the schema.org
 * `JobPosting` JSON-LD most applicant-tracking pages embed, then the
 * OpenGraph / meta tags, then the page's text. Bounded: a page longer than
 * PAGE_CHARS_MAX is read to that point and no further. A page that names no
 * role is "no posting", answered as a value, not an error.
 */
import { decodeEntities } from './html-entities.js';
import { scanHtml } from './html-scan.js';
import { htmlToText, tidyText } from './html-text.js';
import { findJobPosting, isObject, placesOf, salaryOf, textOf } from './json-ld.js';
import type { JobPosting, RemoteType } from './job-posting.js';
import { companyFromAddress, httpsAddress } from './posting-address.js';

/** Characters of a page read at most (the fetch is capped in bytes before this). */
export const PAGE_CHARS_MAX = 3_000_000;

export type ExtractResult = { readonly kind: 'found'; readonly posting: JobPosting } | { readonly kind: 'none'; readonly message: string };

export const NO_POSTING_MESSAGE = 'No job posting was found on this page. Paste the description instead.';

const EMPLOYMENT: Readonly<Record<string, string>> = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACTOR: 'Contract',
  CONTRACT: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  INTERNSHIP: 'Internship',
  PER_DIEM: 'Per diem',
  VOLUNTEER: 'Volunteer',
  OTHER: 'Other',
};

interface PageParts {
  jsonLd: string[];
  meta: Record<string, string>;
  title: string;
  canonical: string;
  h1: string;
}

/** The posting on `html`, fetched from `address`. */
export function extractPosting(html: string, address: string): ExtractResult {
  const page = html.length > PAGE_CHARS_MAX ? html.slice(0, PAGE_CHARS_MAX) : html;
  const parts = readPageParts(page);
  const link = httpsAddress(address) || httpsAddress(parts.canonical);
  const structured = findJobPosting(parts.jsonLd);
  if (structured) return { kind: 'found', posting: fromJsonLd(structured, link) };
  const metaRole = parts.meta['og:title'] || parts.meta['twitter:title'] || parts.title;
  const company = parts.meta['og:site_name'] || companyFromAddress(link);
  const body = htmlToText(page);
  if (!POSTING_WORDS.test(body.text)) return { kind: 'none', message: NO_POSTING_MESSAGE };
  if (metaRole) {
    const description = htmlToText(parts.meta['og:description'] || parts.meta.description || '');
    // The page text is the fuller description when the tags give only a summary.
    const best = body.text.length > description.text.length ? body : description;
    return {
      kind: 'found',
      posting: blank({ role: stripCompany(metaRole, company), company, link, description: best.text, descriptionTruncated: best.truncated, source: 'meta' }),
    };
  }
  if (parts.h1) {
    return { kind: 'found', posting: blank({ role: parts.h1, company, link, description: body.text, descriptionTruncated: body.truncated, source: 'text' }) };
  }
  return { kind: 'none', message: NO_POSTING_MESSAGE };
}

function fromJsonLd(node: Record<string, unknown>, link: string): JobPosting {
  const places = placesOf(node.jobLocation);
  const telecommute = textOf(node.jobLocationType).toUpperCase() === 'TELECOMMUTE';
  const applicantPlaces = (Array.isArray(node.applicantLocationRequirements) ? node.applicantLocationRequirements : [node.applicantLocationRequirements])
    .filter(isObject)
    .map(textOf)
    .filter(Boolean);
  const location = (places.length ? places : applicantPlaces).join('; ');
  const rawDescription = textOf(node.description);
  // Some boards escape the description's HTML once more inside JSON-LD (`&lt;p&gt;`).
  const html = !rawDescription.includes('<') && rawDescription.includes('&lt;') ? decodeEntities(rawDescription) : rawDescription;
  // A description without tags is text already (its line breaks kept).
  const description = html.includes('<') ? htmlToText(html) : tidyText(html);
  const types = (Array.isArray(node.employmentType) ? node.employmentType : [node.employmentType]).map(textOf).filter(Boolean);
  const datePosted = /^\d{4}-\d{2}-\d{2}/.exec(textOf(node.datePosted))?.[0] ?? '';
  return {
    company: inline(textOf(node.hiringOrganization)) || companyFromAddress(link),
    role: inline(textOf(node.title) || textOf(node.name)),
    location: decodeEntities(location),
    remote: remoteOf(telecommute, location, textOf(node.title)),
    salary: salaryOf(node.baseSalary, node.salaryCurrency),
    employmentType: [...new Set(types.map((type) => EMPLOYMENT[type.toUpperCase().replace(/[\s-]/g, '_')] ?? type))].join(', '),
    datePosted,
    link: link || httpsAddress(textOf(node.url)),
    description: description.text,
    descriptionTruncated: description.truncated,
    source: 'json-ld',
  };
}

// Without structured data, a page is a posting only when its words say so (a sign-in wall or a 404 is not).
const POSTING_WORDS =
  /\b(?:apply|job|position|responsibilit|qualifications|requirements|bewerb|stelle|aufgaben|postuler|poste|candidat|puesto|empleo|vacante)/i;

/** A name as one line of text: any markup in it dropped, references decoded. */
function inline(html: string): string {
  return htmlToText(html, 500).text.replace(/\s+/g, ' ');
}

function remoteOf(telecommute: boolean, location: string, title: string): RemoteType {
  if (/\bhybrid\b/i.test(`${location} ${title}`)) return 'Hybrid';
  if (telecommute || /\bremote\b/i.test(location)) return 'Remote';
  return location ? 'On-site' : '';
}

/** "Senior Engineer - Acme" → "Senior Engineer" when the company is known. */
function stripCompany(title: string, company: string): string {
  const text = title.trim();
  if (!company) return text;
  for (const joint of [' - ', ' | ', ' – ', ' at ', ' @ ']) {
    const suffix = `${joint}${company}`;
    if (text.toLowerCase().endsWith(suffix.toLowerCase())) return text.slice(0, -suffix.length).trim();
  }
  return text;
}

function blank(fields: Pick<JobPosting, 'role' | 'company' | 'link' | 'description' | 'descriptionTruncated' | 'source'>): JobPosting {
  return { location: '', remote: '', salary: null, employmentType: '', datePosted: '', ...fields };
}

function readPageParts(html: string): PageParts {
  const parts: PageParts = { jsonLd: [], meta: {}, title: '', canonical: '', h1: '' };
  let inH1 = false;
  let h1 = '';
  scanHtml(html, (token) => {
    if (token.kind === 'raw') {
      if (token.name === 'script' && (token.attrs.type ?? '').toLowerCase().includes('ld+json')) parts.jsonLd.push(token.body);
      else if (token.name === 'title' && !parts.title) parts.title = clean(token.body);
    } else if (token.kind === 'open') {
      if (token.name === 'meta') {
        const key = (token.attrs.property || token.attrs.name || '').toLowerCase();
        if (key && token.attrs.content !== undefined && !(key in parts.meta)) parts.meta[key] = clean(token.attrs.content);
      } else if (token.name === 'link' && (token.attrs.rel ?? '').toLowerCase() === 'canonical') parts.canonical = token.attrs.href ?? '';
      else if (token.name === 'h1' && !parts.h1) inH1 = true;
    } else if (token.kind === 'close' && token.name === 'h1' && inH1) {
      inH1 = false;
      parts.h1 = clean(h1);
    } else if (token.kind === 'text' && inH1) h1 += token.text;
  });
  return parts;
}

function clean(text: string): string {
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}
