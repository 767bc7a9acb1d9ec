/**
 * The schema.org `JobPosting` a page embeds as JSON-LD
 * (https://schema.org/JobPosting; Google's job-posting structured data):
 * found at the top level, in an array, or in `@graph`; `hiringOrganization`
 * as an Organization or a name; `baseSalary` as a MonetaryAmount whose
 * `value` is a number or a QuantitativeValue (`value` or `minValue`/
 * `maxValue`, `unitText` HOUR…YEAR); `jobLocation` one Place or several,
 * each with a PostalAddress; `jobLocationType` TELECOMMUTE for remote work;
 * `applicantLocationRequirements` where a remote job may be done from.
 */
import type { SalaryRange } from './job-posting.js';

type Json = unknown;
const NODES_MAX = 5_000;

/** The first JobPosting object in the JSON-LD blocks, or null (a block that does not parse is skipped). */
export function findJobPosting(blocks: readonly string[]): Record<string, Json> | null {
  for (const block of blocks) {
    let parsed: Json;
    try {
      parsed = JSON.parse(block.trim().replace(/^<!\[CDATA\[|\]\]>$/g, ''));
    } catch {
      continue;
    }
    const found = walk(parsed);
    if (found) return found;
  }
  return null;
}

function walk(root: Json): Record<string, Json> | null {
  const queue: Json[] = [root];
  for (let seen = 0; queue.length && seen < NODES_MAX; seen++) {
    const node = queue.shift();
    if (Array.isArray(node)) queue.push(...node);
    else if (isObject(node)) {
      if (types(node).includes('jobposting')) return node;
      if (node['@graph'] !== undefined) queue.push(node['@graph']);
      if (node.mainEntity !== undefined) queue.push(node.mainEntity);
    }
  }
  return null;
}

/** Text of a JSON-LD value: a string, a number, `{name}`, `{@value}`, or the first of an array. */
export function textOf(value: Json): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.map(textOf).find(Boolean) ?? '';
  if (isObject(value)) return textOf(value.name ?? value['@value'] ?? '');
  return '';
}

/** Each place of `jobLocation` as "Locality, Region, Country", or `applicantLocationRequirements` names. */
export function placesOf(value: Json): string[] {
  const places = (Array.isArray(value) ? value : [value]).filter(isObject);
  return unique(
    places.map((place) => {
      const address = place.address;
      if (typeof address === 'string') return address.trim();
      if (!isObject(address)) return textOf(place.name);
      return unique([address.addressLocality, address.addressRegion, address.addressCountry].map(textOf).filter(Boolean)).join(', ');
    }),
  );
}

export function salaryOf(value: Json, currencyFallback: Json): SalaryRange | null {
  const amount = Array.isArray(value) ? value[0] : value;
  if (typeof amount === 'number') return { min: amount, max: amount, currency: textOf(currencyFallback), period: '' };
  if (!isObject(amount)) return null;
  const inner = amount.value;
  const currency = textOf(amount.currency ?? currencyFallback).toUpperCase();
  if (typeof inner === 'number' || typeof inner === 'string') {
    const n = numberOf(inner);
    return n === null ? null : { min: n, max: n, currency, period: periodOf(amount.unitText) };
  }
  if (!isObject(inner)) return null;
  const single = numberOf(inner.value);
  const min = numberOf(inner.minValue) ?? single;
  const max = numberOf(inner.maxValue) ?? single;
  if (min === null && max === null) return null;
  return { min, max, currency, period: periodOf(inner.unitText ?? amount.unitText) };
}

function periodOf(unit: Json): string {
  const text = textOf(unit).toLowerCase();
  return ['hour', 'day', 'week', 'month', 'year'].find((period) => text.startsWith(period)) ?? '';
}

function numberOf(value: Json): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !/^\s*\d[\d,]*(\.\d+)?\s*$/.test(value)) return null;
  return Number(value.replace(/,/g, ''));
}

export function types(node: Record<string, Json>): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase().replace(/^.*[/:]/, ''));
}

export function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter(Boolean))];
}
