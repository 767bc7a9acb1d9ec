/** zod schemas of the tracker's date texts, for forms and stored logs. */
import { z } from 'zod';
import { DATE_PATTERN, DATE_TIME_PATTERN, parseDate, parseDateTime } from './formats.js';

/** A calendar day, `YYYY-MM-DD`. */
export const WallDate = z
  .string()
  .trim()
  .regex(DATE_PATTERN, 'Use the form YYYY-MM-DD')
  .refine((text) => parseDate(text) !== null, 'This day does not exist');
export type WallDate = z.infer<typeof WallDate>;

/** A local moment, `YYYY-MM-DD HH:mm` (24-hour clock). */
export const WallDateTime = z
  .string()
  .trim()
  .regex(DATE_TIME_PATTERN, 'Use the form YYYY-MM-DD HH:mm')
  .refine((text) => parseDateTime(text) !== null, 'This date or time does not exist');
export type WallDateTime = z.infer<typeof WallDateTime>;
