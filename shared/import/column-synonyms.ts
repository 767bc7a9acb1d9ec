/**
 * What a tracker's column headers are called elsewhere, as data: the
 * Applications field each header fills, matched after lower-casing and
 * dropping punctuation. Includes the names popular trackers export (Huntr,
 * Teal, Simplify: "Job Title", "Job Position", "Job URL", "Date Saved",
 * "Date Applied", "Status", "List"…) and the words people use in their own
 * sheets, in English, German, French and Spanish.
 */

/** Fields an import can fill: Applications keys, and `stageDate` (when the source says the stage was reached). */
export const IMPORT_FIELDS = [
  'company',
  'role',
  'stage',
  'stageDate',
  'appliedOn',
  'source',
  'link',
  'location',
  'remote',
  'salary',
  'contact',
  'contactEmail',
  'nextAction',
  'nextActionDue',
  'jobDescription',
  'resumeVersion',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  company: 'Company',
  role: 'Role',
  stage: 'Stage',
  stageDate: 'Date of the stage',
  appliedOn: 'Applied on',
  source: 'Source',
  link: 'Job link',
  location: 'Location',
  remote: 'Remote',
  salary: 'Salary',
  contact: 'Contact',
  contactEmail: 'Contact email',
  nextAction: 'Next action',
  nextActionDue: 'Next action due',
  jobDescription: 'Job description',
  resumeVersion: 'Résumé version',
  notes: 'Notes',
};

export const COLUMN_SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  company: ['company', 'company name', 'employer', 'organisation', 'organization', 'firm', 'unternehmen', 'firma', 'entreprise', 'société', 'empresa'],
  role: [
    'role',
    'position',
    'job position',
    'title',
    'job title',
    'job',
    'job name',
    'position title',
    'stelle',
    'rolle',
    'poste',
    'intitulé du poste',
    'puesto',
    'cargo',
  ],
  stage: ['stage', 'status', 'application status', 'list', 'pipeline stage', 'state', 'phase', 'statut', 'estado', 'etapa'],
  stageDate: ['status date', 'stage date', 'date of status', 'last status change', 'last updated', 'updated', 'date modified', 'last update', 'updated at'],
  appliedOn: [
    'applied on',
    'date applied',
    'applied',
    'application date',
    'applied date',
    'date of application',
    'beworben am',
    'bewerbungsdatum',
    'date de candidature',
    'fecha de solicitud',
    'fecha de aplicación',
  ],
  source: ['source', 'found on', 'where found', 'channel', 'quelle', 'fuente'],
  link: ['link', 'url', 'job link', 'job url', 'posting url', 'job posting url', 'posting link', 'listing url', 'application link', 'lien', 'enlace'],
  location: ['location', 'city', 'job location', 'place', 'ort', 'standort', 'lieu', 'ubicación', 'ciudad'],
  remote: ['remote', 'work type', 'remote type', 'workplace type', 'work mode', 'on site remote', 'remote hybrid', 'arbeitsmodell', 'télétravail', 'modalidad'],
  salary: ['salary', 'salary range', 'pay', 'compensation', 'comp', 'gehalt', 'salaire', 'salario', 'sueldo'],
  contact: ['contact', 'contact name', 'recruiter', 'hiring manager', 'referrer', 'ansprechpartner', 'contacto'],
  contactEmail: ['contact email', 'email', 'recruiter email', 'e-mail', 'e mail', 'courriel', 'correo'],
  nextAction: ['next action', 'next step', 'next steps', 'to do', 'todo', 'nächster schritt', 'prochaine étape', 'siguiente paso'],
  nextActionDue: ['next action due', 'follow up date', 'follow-up date', 'due', 'due date', 'follow up on', 'deadline', 'fällig'],
  jobDescription: ['job description', 'description', 'jd', 'posting', 'stellenbeschreibung', 'descriptif', 'descripción'],
  resumeVersion: ['résumé version', 'resume version', 'resume', 'résumé', 'cv', 'cv version', 'resume used', 'lebenslauf'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'notizen', 'bemerkungen', 'commentaires', 'notas', 'excitement'],
};
