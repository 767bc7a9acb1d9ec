/**
 * Words that say "job interview" in a title, per language: data, so a
 * language is one more entry. Matched case-insensitively at the start of a
 * word (compounds such as "Telefoninterview" are listed whole); CJK words
 * match anywhere, since those scripts put no spaces between words.
 * Deliberately specific: French "entretien" alone is also car servicing,
 * so only its hiring forms are listed.
 */
export const INTERVIEW_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'interview',
    'phone screen',
    'technical screen',
    'recruiter screen',
    'screening call',
    'superday',
    'super day',
    'onsite',
    'on-site',
    'final round',
    'bar raiser',
    'interview loop',
  ],
  de: ['vorstellungsgespräch', 'bewerbungsgespräch', 'bewerbungsinterview', 'telefoninterview', 'vorstellungstermin', 'kennenlerngespräch', 'auswahlgespräch'],
  fr: [
    "entretien d'embauche",
    'entretien d’embauche',
    'entretien de recrutement',
    'entretien téléphonique',
    'entretien technique',
    'entretien rh',
    'entretien final',
    'entretien avec le manager',
  ],
  es: ['entrevista'],
  pt: ['entrevista', 'dinâmica de grupo'],
  it: ['colloquio'],
  nl: ['sollicitatiegesprek', 'kennismakingsgesprek', 'tweede gesprek'],
  pl: ['rozmowa kwalifikacyjna', 'rozmowa rekrutacyjna', 'rozmowa techniczna'],
  sv: ['anställningsintervju', 'jobbintervju', 'intervju'],
  ja: ['面接', 'カジュアル面談', '選考'],
  zh: ['面试', '面試'],
  ko: ['면접'],
};

/** Scripts written without spaces: their words match anywhere in the title. */
export const NO_SPACE_LANGUAGES: ReadonlySet<string> = new Set(['ja', 'zh', 'ko']);
