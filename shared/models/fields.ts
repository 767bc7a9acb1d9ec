/** Field schemas the forms share: trimmed text with limits, links, emails, optional days. */
import { z } from 'zod';
import { WallDate } from '../time/index.js';

/** Text a person must give, trimmed, at most `max` characters. */
export function requiredText(max = 200) {
  return z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);
}

/** Text a person may leave empty. */
export function optionalText(max = 200) {
  return z.string().trim().max(max, `At most ${max} characters`).default('');
}

/** An http(s) link, or empty. Other schemes (javascript:, data:) are refused. */
export const OptionalLink = z
  .string()
  .trim()
  .max(2000, 'At most 2000 characters')
  .refine((text) => text === '' || /^https?:\/\/[^\s]+$/i.test(text), 'Use a link starting with https://')
  .default('');

export const OptionalEmail = z
  .string()
  .trim()
  .max(254, 'At most 254 characters')
  .refine((text) => text === '' || /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(text), 'Not an email address')
  .default('');

/** A day, or empty. */
export const OptionalWallDate = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    if (text === '') return;
    const parsed = WallDate.safeParse(text);
    if (!parsed.success) ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'Not a day' });
  })
  .default('');

/** One of `options`, or empty. */
export function optionalChoice(options: readonly string[]) {
  return z
    .string()
    .trim()
    .refine((text) => text === '' || options.includes(text), `Choose one of: ${options.join(', ')}`)
    .default('');
}
