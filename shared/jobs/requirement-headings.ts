/**
 * The headings under which postings list what they ask for, as data, in
 * English, German, French and Spanish: lower-case, apostrophes straight,
 * no trailing colon. A heading matches when it equals an entry or starts
 * with one; nice-to-have entries are tried first ("Preferred
 * qualifications" is not a must).
 */

export const NICE_TO_HAVE_HEADINGS: readonly string[] = [
  // English
  'nice to have',
  'nice-to-have',
  'nice to haves',
  'preferred qualifications',
  'preferred skills',
  'preferred',
  'bonus points',
  'bonus',
  'pluses',
  "it's a plus",
  'good to have',
  'desirable',
  'desired qualifications',
  'ideally',
  'what would be great',
  'extra credit',
  // German
  'wünschenswert',
  'von vorteil',
  'idealerweise',
  'ein plus',
  'pluspunkte',
  'das wäre schön',
  'optional',
  // French
  'atouts',
  'un plus',
  'serait un plus',
  'les plus',
  'compétences souhaitées',
  'qualifications souhaitées',
  'souhaité',
  'idéalement',
  // Spanish
  'deseable',
  'requisitos deseables',
  'valorable',
  'se valorará',
  'será un plus',
  'suma puntos',
  'idealmente',
];

export const MUST_HAVE_HEADINGS: readonly string[] = [
  // English
  'requirements',
  'qualifications',
  'minimum qualifications',
  'basic qualifications',
  'required qualifications',
  'required skills',
  "what you'll bring",
  'what you will bring',
  'what you bring',
  "what we're looking for",
  'what we are looking for',
  'must have',
  'must-have',
  'you have',
  'you should have',
  'about you',
  'who you are',
  'your profile',
  'skills and experience',
  'skills & experience',
  'experience',
  // German
  'anforderungen',
  'qualifikationen',
  'dein profil',
  'ihr profil',
  'das bringst du mit',
  'das bringen sie mit',
  'was du mitbringst',
  'was sie mitbringen',
  'voraussetzungen',
  'muss',
  'was wir erwarten',
  // French
  'exigences',
  'profil recherché',
  'votre profil',
  'ton profil',
  'compétences requises',
  'prérequis',
  'ce que vous apporterez',
  'ce que nous recherchons',
  'qualifications requises',
  // Spanish
  'requisitos',
  'requerimientos',
  'cualificaciones',
  'tu perfil',
  'perfil',
  'qué buscamos',
  'lo que buscamos',
  'imprescindible',
  'requisitos mínimos',
  'buscamos',
];

/** Lines inside a must-have list that mark their item as nice to have ("Bonus: Rust"). */
export const NICE_ITEM_MARKERS: readonly RegExp[] = [
  /^(?:nice to have|bonus|plus|preferred|optional|von vorteil|wünschenswert|atout|un plus|deseable|valorable)\s*[:\-–]\s*/i,
  /\s*\((?:nice to have|preferred|bonus|a plus|optional|von vorteil|wünschenswert|un plus|atout|deseable|valorable)\)\s*$/i,
  /,?\s*(?:is|are) a (?:big )?plus\.?$/i,
];
