/**
 * The headers of a Calendar push notification (they carry everything; the
 * body is empty), parsed with zod: anything else is not from Google.
 */
import * as z from 'zod';

export const NotificationHeaders = z.object({
  channelId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_\-+/=]+$/),
  channelToken: z.string().min(1).max(256),
  resourceId: z.string().min(1).max(256),
  resourceState: z.enum(['sync', 'exists', 'not_exists']),
  messageNumber: z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number),
});
export type NotificationHeaders = z.infer<typeof NotificationHeaders>;

/** Reads the X-Goog-* headers; null when any is missing or malformed. */
export function readNotificationHeaders(header: (name: string) => string | undefined): NotificationHeaders | null {
  const parsed = NotificationHeaders.safeParse({
    channelId: header('x-goog-channel-id'),
    channelToken: header('x-goog-channel-token'),
    resourceId: header('x-goog-resource-id'),
    resourceState: header('x-goog-resource-state'),
    messageNumber: header('x-goog-message-number'),
  });
  return parsed.success ? parsed.data : null;
}
