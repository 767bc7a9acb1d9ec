/**
 * What a reply from an employer says, as data: phrases per kind and
 * language (English, German, French, Spanish), each with a weight. A phrase
 * is matched on the folded text (lower case, accents removed, spaces
 * collapsed), so "Absage", "absage" and "ABSAGE" are one. Rejections often
 * thank you for your interest and mention the interview; their phrases
 * weigh more, so the polite words around them do not win.
 */

export const REPLY_KINDS = ['rejection', 'interview', 'offer', 'assessment', 'acknowledgement'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

export const REPLY_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

export interface ReplyRule {
  readonly kind: ReplyKind;
  readonly language: ReplyLanguage;
  /** Folded phrases (see foldText); a trailing `*` matches any word ending. */
  readonly phrases: readonly string[];
  readonly weight: number;
}

export const REPLY_RULES: readonly ReplyRule[] = [
  // Rejections
  {
    kind: 'rejection',
    language: 'en',
    weight: 5,
    phrases: [
      'unfortunately',
      'regret to inform',
      'not to move forward',
      'not moving forward',
      'not be moving forward',
      'will not be progressing',
      'not be progressing',
      'decided to pursue other candidates',
      'decided to proceed with other candidates',
      'move forward with other candidates',
      'moving forward with other candidates',
      'other candidates whose',
      'position has been filled',
      'not selected',
      'not successful',
      'unsuccessful',
      'will not be offering',
      'decided not to proceed',
      'not to proceed with your application',
      'no longer under consideration',
    ],
  },
  {
    kind: 'rejection',
    language: 'de',
    weight: 5,
    phrases: [
      'leider',
      'absage',
      'nicht weiter beruecksichtigen',
      'nicht beruecksichtigen',
      'nicht weiter verfolgen',
      'fuer einen anderen kandidaten',
      'fuer eine andere kandidatin',
      'anderen bewerber',
      'anderen bewerberin',
      'bereits besetzt',
      'keine positive rueckmeldung',
      'nicht in die engere auswahl',
    ],
  },
  {
    kind: 'rejection',
    language: 'fr',
    weight: 5,
    phrases: [
      'malheureusement',
      'regret de vous informer',
      'pas donner suite',
      'ne pas retenir',
      'pas ete retenue',
      'pas ete retenu',
      'n avons pas retenu',
      'autre candidat',
      'autre candidature',
      'reponse negative',
      'poste a ete pourvu',
    ],
  },
  {
    kind: 'rejection',
    language: 'es',
    weight: 5,
    phrases: [
      'lamentablemente',
      'lamentamos informarle',
      'lamentamos comunicarte',
      'desafortunadamente',
      'no continuar',
      'no seguir adelante',
      'otro candidato',
      'otra candidata',
      'otros candidatos',
      'no ha sido seleccionad*',
      'no has sido seleccionad*',
      'puesto ha sido cubierto',
    ],
  },
  // Offers
  {
    kind: 'offer',
    language: 'en',
    weight: 8,
    phrases: [
      'pleased to offer',
      'happy to offer',
      'delighted to offer',
      'offer letter',
      'extend an offer',
      'extend you an offer',
      'formal offer',
      'job offer',
      'offer of employment',
      'your offer',
    ],
  },
  {
    kind: 'offer',
    language: 'de',
    weight: 8,
    phrases: [
      'vertragsangebot',
      'arbeitsvertrag',
      'angebot unterbreiten',
      'ein angebot machen',
      'stellenangebot fuer sie',
      'freuen uns ihnen mitzuteilen dass wir ihnen',
      'zusage',
    ],
  },
  {
    kind: 'offer',
    language: 'fr',
    weight: 8,
    phrases: ['proposition d embauche', 'promesse d embauche', 'offre d emploi pour vous', 'vous proposer le poste', 'lettre d offre', 'vous faire une offre'],
  },
  {
    kind: 'offer',
    language: 'es',
    weight: 8,
    phrases: ['oferta de trabajo', 'oferta de empleo', 'oferta formal', 'ofrecerte el puesto', 'ofrecerle el puesto', 'carta oferta', 'hacerte una oferta'],
  },
  // Assessments
  {
    kind: 'assessment',
    language: 'en',
    weight: 4,
    phrases: [
      'assessment',
      'coding challenge',
      'take-home',
      'take home',
      'hackerrank',
      'codility',
      'codesignal',
      'technical test',
      'online test',
      'case study',
      'exercise',
      'questionnaire',
    ],
  },
  {
    kind: 'assessment',
    language: 'de',
    weight: 4,
    phrases: ['aufgabe', 'testaufgabe', 'programmieraufgabe', 'fallstudie', 'online-test', 'einstufungstest', 'assessment', 'coding challenge', 'probearbeit'],
  },
  { kind: 'assessment', language: 'fr', weight: 4, phrases: ['test technique', 'exercice', 'etude de cas', 'test en ligne', 'evaluation', 'questionnaire'] },
  { kind: 'assessment', language: 'es', weight: 4, phrases: ['prueba tecnica', 'prueba en linea', 'ejercicio', 'caso practico', 'evaluacion', 'reto tecnico'] },
  // Invitations to interview or to schedule
  {
    kind: 'interview',
    language: 'en',
    weight: 3,
    phrases: [
      'invite you to',
      'would like to schedule',
      'schedule a call',
      'schedule an interview',
      'schedule a time',
      'set up a call',
      'set up a time',
      'your availability',
      'availability for',
      'book a time',
      'book a slot',
      'next round',
      'next step',
      'chat with',
      'speak with you',
      'meet with',
      'phone screen',
      'calendly',
      'interview',
    ],
  },
  {
    kind: 'interview',
    language: 'de',
    weight: 3,
    phrases: [
      'vorstellungsgespraech',
      'einladen',
      'einladung',
      'kennenlernen',
      'terminvorschlag',
      'termin',
      'gespraech',
      'interview',
      'verfuegbarkeit',
      'naechste runde',
    ],
  },
  {
    kind: 'interview',
    language: 'fr',
    weight: 3,
    phrases: ['entretien', 'vous inviter', 'vos disponibilites', 'disponibilites', 'prochaine etape', 'echanger avec vous', 'un appel', 'rencontrer'],
  },
  {
    kind: 'interview',
    language: 'es',
    weight: 3,
    phrases: [
      'entrevista',
      'invitarte',
      'invitarle',
      'tu disponibilidad',
      'su disponibilidad',
      'disponibilidad',
      'siguiente fase',
      'proxima etapa',
      'agendar',
      'una llamada',
      'conocerte',
    ],
  },
  // Acknowledgements
  {
    kind: 'acknowledgement',
    language: 'en',
    weight: 2,
    phrases: [
      'received your application',
      'thank you for applying',
      'thanks for applying',
      'application has been received',
      'we will review',
      'will be in touch',
      'confirm receipt',
      'under review',
    ],
  },
  {
    kind: 'acknowledgement',
    language: 'de',
    weight: 2,
    phrases: [
      'bewerbung erhalten',
      'eingang ihrer bewerbung',
      'vielen dank fuer ihre bewerbung',
      'wir melden uns',
      'pruefen ihre unterlagen',
      'eingangsbestaetigung',
    ],
  },
  {
    kind: 'acknowledgement',
    language: 'fr',
    weight: 2,
    phrases: [
      'bien recu votre candidature',
      'merci pour votre candidature',
      'accusons reception',
      'nous reviendrons vers vous',
      'etudier votre candidature',
      'accuse de reception',
    ],
  },
  {
    kind: 'acknowledgement',
    language: 'es',
    weight: 2,
    phrases: [
      'hemos recibido tu',
      'hemos recibido su',
      'gracias por tu candidatura',
      'gracias por postularte',
      'gracias por tu interes',
      'revisaremos',
      'nos pondremos en contacto',
      'acuse de recibo',
    ],
  },
];

/** When two kinds score alike, the stronger news wins (an offer says more than an invitation). */
export const KIND_PRIORITY: readonly ReplyKind[] = ['offer', 'rejection', 'assessment', 'interview', 'acknowledgement'];
