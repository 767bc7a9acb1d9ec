/**
 * Which application a pasted reply belongs to: the company named in the
 * text or subject, the sender's domain (the employer's, never a scheduling
 * tool's, an assessment vendor's or an agency's; or the application's
 * contact address domain), and the role named. Two applications equally
 * likely are never guessed between: the person picks.
 */
import { mayBeEmployer, registrableLabel } from '../classify/domains.js';
import { foldText, type ReplySender } from './classify-reply.js';

type Row = Readonly<Record<string, unknown>>;

export interface ReplyCandidate {
  readonly applicationId: string;
  readonly company: string;
  readonly role: string;
  readonly stage: string;
  /** Why it matched, in the person's words. */
  readonly reasons: string[];
}

export type ReplyMatch =
  | { kind: 'match'; application: ReplyCandidate }
  | { kind: 'ambiguous'; candidates: ReplyCandidate[]; message: string }
  | { kind: 'none'; message: string };

const text = (value: unknown) => String(value ?? '').trim();
const squash = (value: string) => foldText(value).replace(/[\s-]+/g, '');

/** Finds the one application a reply is about, or says why it cannot. */
export function matchApplication(applications: readonly Row[], reply: { sender: ReplySender | null; subject: string; body: string }): ReplyMatch {
  const folded = foldText(`${reply.subject}\n${reply.body}`);
  const domain = reply.sender?.domain ?? '';
  const employerLabel = domain && mayBeEmployer(domain, new Set()) ? squash(registrableLabel(domain)) : '';
  const scored: { score: number; candidate: ReplyCandidate }[] = [];
  for (const row of applications) {
    const company = text(row.company);
    const role = text(row.role);
    const id = text(row.id);
    if (!company || !id) continue;
    const reasons: string[] = [];
    let score = 0;
    const companyWords = foldText(company).trim();
    if (companyWords && folded.includes(` ${companyWords} `)) {
      score += 4;
      reasons.push(`names ${company}`);
    }
    const companyKey = squash(company);
    const contactDomain = text(row.contactEmail).split('@')[1]?.toLowerCase() ?? '';
    if (domain && contactDomain === domain) {
      score += 4;
      reasons.push(`sent from ${domain}, the contact’s domain`);
    } else if (employerLabel && companyKey && (employerLabel === companyKey || employerLabel.startsWith(companyKey) || companyKey.startsWith(employerLabel))) {
      score += 4;
      reasons.push(`sent from ${domain}`);
    }
    if (score === 0) continue;
    const roleWords = foldText(role).trim();
    if (roleWords && folded.includes(` ${roleWords} `)) {
      score += 2;
      reasons.push(`names the role ${role}`);
    }
    scored.push({ score, candidate: { applicationId: id, company, role, stage: text(row.stage), reasons } });
  }
  if (scored.length === 0) {
    return {
      kind: 'none',
      message:
        'No application matches this reply (no company of yours is named, and the sender’s domain is none of theirs). Pick the application, or add it first.',
    };
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored.filter((entry) => entry.score === scored[0]!.score).map((entry) => entry.candidate);
  if (best.length > 1) {
    const names = best.map((candidate) => `${candidate.company} — ${candidate.role}`).join('; ');
    return { kind: 'ambiguous', candidates: best, message: `This reply could be about ${best.length} applications (${names}); pick the one it answers.` };
  }
  return { kind: 'match', application: best[0]! };
}
