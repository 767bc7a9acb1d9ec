/**
 * What an address's domain says: a mail provider, a scheduling tool, an
 * assessment vendor, a staffing agency, or possibly the employer. Only the
 * last may name the company.
 */
import { AGENCY_LABELS, AGENCY_WORDS } from './agency-domains.js';
import { ASSESSMENT_VENDORS, type AssessmentVendor } from './assessment-vendors.js';
import { GENERIC_DOMAINS } from './rules.js';
import { memoize } from './memo.js';
import { SCHEDULING_TOOLS } from './scheduling-domains.js';

/** The domain of an address, lower case, or '' when it has none. */
export function domainOf(email: string | undefined): string {
  const at = email?.lastIndexOf('@') ?? -1;
  return at < 0
    ? ''
    : email!
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

const under = (domain: string, parent: string) => domain === parent || domain.endsWith(`.${parent}`);

/** The scheduling tool a domain belongs to (subdomains included: "us.greenhouse-mail.io"). */
export const schedulingTool: (domain: string) => (typeof SCHEDULING_TOOLS)[number] | undefined = memoize((domain) =>
  SCHEDULING_TOOLS.find((tool) => tool.domains.some((parent) => under(domain, parent))),
);

/** True for a scheduling tool's domain or a subdomain of one. */
export const isScheduler = (domain: string) => schedulingTool(domain) !== undefined;

export const assessmentVendor: (domain: string) => AssessmentVendor | undefined = memoize((domain) =>
  ASSESSMENT_VENDORS.find((vendor) => vendor.domains.some((parent) => under(domain, parent))),
);

/** The label a firm registers: "jobs.acme-robotics.co.uk" → "acme-robotics". */
export function registrableLabel(domain: string): string {
  const labels = domain.split('.').filter(Boolean);
  const secondLevel = labels.length >= 3 && /^(co|com|org|net|ac|gov|ne|or)$/.test(labels[labels.length - 2]!);
  return labels[labels.length - (secondLevel ? 3 : 2)] ?? labels[0] ?? '';
}

/** A staffing or search firm: listed (any country's domain) or named so ("acme-recruiting.com"). */
export const isAgencyDomain: (domain: string) => boolean = memoize((domain) => {
  const label = registrableLabel(domain);
  return AGENCY_LABELS.includes(label) || AGENCY_WORDS.test(label.replace(/-/g, ''));
});

/** A title naming the agency ("Robert Half", "Hays"): not the company either. */
export const isAgencyName: (name: string) => boolean = memoize((name) => {
  const label = name.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '');
  return AGENCY_LABELS.includes(label) || AGENCY_WORDS.test(label);
});

/** A domain that may be the employer's: none of the kinds above, nor the person's own. */
export function mayBeEmployer(domain: string, ownDomains: ReadonlySet<string>): boolean {
  return (
    domain !== '' &&
    !ownDomains.has(domain) &&
    !GENERIC_DOMAINS.has(domain) &&
    !domain.endsWith('calendar.google.com') &&
    !isScheduler(domain) &&
    !assessmentVendor(domain) &&
    !isAgencyDomain(domain)
  );
}
