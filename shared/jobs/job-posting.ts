/** What a job posting says, as extraction found it; every field is text, '' when not said. */

export const REMOTE_TYPES = ['Remote', 'Hybrid', 'On-site'] as const;
export type RemoteType = (typeof REMOTE_TYPES)[number] | '';

export interface SalaryRange {
  /** Numbers as the posting gives them; null when it names only one end. */
  readonly min: number | null;
  readonly max: number | null;
  /** ISO 4217 code, e.g. `USD`, or ''. */
  readonly currency: string;
  /** `hour`, `day`, `week`, `month`, `year` or ''. */
  readonly period: string;
}

export interface JobPosting {
  readonly company: string;
  readonly role: string;
  /** "Berlin, BE, DE; London, GB": each place the posting names. */
  readonly location: string;
  readonly remote: RemoteType;
  readonly salary: SalaryRange | null;
  /** "Full-time", "Part-time", "Contract"… joined by ", ". */
  readonly employmentType: string;
  /** YYYY-MM-DD. */
  readonly datePosted: string;
  /** The posting's https address (the page's canonical one when it names one). */
  readonly link: string;
  /** The description as readable text, within a cell's 50,000 characters. */
  readonly description: string;
  readonly descriptionTruncated: boolean;
  /** Where the fields came from: structured data, the page's meta tags, or its text. */
  readonly source: 'json-ld' | 'meta' | 'text' | 'pasted';
}

/** A pasted description with no page fields (the person fills company and role): the same requirements extraction follows. */
export function pastedPosting(description: { text: string; truncated: boolean }, link: string): JobPosting {
  return {
    company: '',
    role: '',
    location: '',
    remote: '',
    salary: null,
    employmentType: '',
    datePosted: '',
    link,
    description: description.text,
    descriptionTruncated: description.truncated,
    source: 'pasted',
  };
}

const PERIOD_WORDS: Readonly<Record<string, string>> = { hour: 'an hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year' };

/** "USD 120,000–150,000 a year", "EUR 60,000 a year", or '' for no salary. */
export function formatSalary(salary: SalaryRange | null): string {
  if (salary === null || (salary.min === null && salary.max === null)) return '';
  const amount = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const range =
    salary.min !== null && salary.max !== null && salary.min !== salary.max
      ? `${amount(salary.min)}–${amount(salary.max)}`
      : amount((salary.min ?? salary.max)!);
  return [salary.currency, range, PERIOD_WORDS[salary.period] ?? ''].filter(Boolean).join(' ');
}
