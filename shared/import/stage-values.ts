/**
 * A source's stage words to the tracker's stages, as data ("Interview" →
 * Interviewing, "Offer received" → Offer, a Huntr list "Wishlist" →
 * Wishlist). A value not listed is asked once: the person's choice applies
 * to every row with that value.
 */
import { STAGES, type Stage } from '../stages/index.js';

const STAGE_WORDS: Readonly<Record<Stage, readonly string[]>> = {
  Wishlist: ['wishlist', 'wish list', 'saved', 'bookmarked', 'interested', 'to apply', 'not applied', 'draft', 'idea', 'merkliste', 'favoris', 'guardado'],
  Applied: ['applied', 'application sent', 'submitted', 'sent', 'beworben', 'candidature envoyée', 'postulé', 'aplicado', 'enviado'],
  Screening: [
    'screening',
    'screen',
    'phone screen',
    'recruiter call',
    'recruiter screen',
    'in review',
    'under review',
    'assessment',
    'online assessment',
    'oa',
    'take home',
  ],
  Interviewing: [
    'interviewing',
    'interview',
    'interviews',
    'interview scheduled',
    'onsite',
    'on site',
    'final round',
    'vorstellungsgespräch',
    'entretien',
    'entrevista',
  ],
  Offer: ['offer', 'offer received', 'offered', 'negotiating', 'angebot', 'offre', 'oferta'],
  Accepted: ['accepted', 'offer accepted', 'hired', 'signed', 'angenommen', 'acceptée', 'aceptada'],
  Rejected: ['rejected', 'rejection', 'declined by company', 'not selected', 'no offer', 'turned down', 'abgelehnt', 'absage', 'refusé', 'rechazado'],
  Withdrawn: ['withdrawn', 'withdrew', 'declined', 'offer declined', 'not interested', 'archived', 'zurückgezogen', 'retiré', 'retirado'],
  Ghosted: ['ghosted', 'no response', 'no reply', 'no answer', 'keine antwort', 'sans réponse', 'sin respuesta'],
};

const byWord = new Map<string, Stage>();
for (const stage of STAGES) {
  byWord.set(normalize(stage), stage);
  for (const word of STAGE_WORDS[stage]) byWord.set(normalize(word), stage);
}

/** The stage a source value names, or null when it names none this list knows. */
export function stageOfSourceValue(value: string): Stage | null {
  return byWord.get(normalize(value)) ?? null;
}

/** Distinct non-empty stage values the list does not know, in order of first appearance. */
export function unknownStageValues(values: Iterable<string>): string[] {
  const unknown = new Set<string>();
  for (const value of values) if (value.trim() !== '' && stageOfSourceValue(value) === null) unknown.add(value.trim());
  return [...unknown];
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\-./:!()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
