/** How a hub finds its row again after a reload: by id, or by sheet row for a row without one. */
import type { ApplicationRecord, InterviewRecord } from '../../../shared/models/records.js';

export const hubKey = (id: string, row: number): string => id || `row-${row}`;

export const findApplication = (list: readonly ApplicationRecord[], key: string) => list.find((a) => hubKey(a.id, a.row) === key) ?? null;

export const findInterview = (list: readonly InterviewRecord[], key: string) => list.find((r) => hubKey(r.eventId, r.row) === key) ?? null;

/** "Acme — Backend Engineer": how a job is named in trails and pickers. */
export const jobName = (a: { company: string; role: string }) => [a.company, a.role].filter(Boolean).join(' — ');
