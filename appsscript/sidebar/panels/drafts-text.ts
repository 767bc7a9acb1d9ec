/** The words of the Drafts screen and its template editor (how the catalogue is laid out: words.ts). */

export enum DRAFTS_TEXT {
  title = 'Drafts',
  preparing = 'Preparing previews…',
  topicHint = 'Something you talked about (optional)',
  create = 'Create drafts',
  noneReady = 'No draft is ready: fix what the cards say first.',
  neverSends = 'Drafts go to your Gmail Drafts folder. NextRound never sends anything.',
  template = 'Template',
  topic = 'Topic',
  forceNew = ' Make new drafts even if some exist',
  nobodyOnRow = 'Nobody to write to on this row yet.',
  signFirst = 'Not yet: say how to sign your drafts above.',
  emailsFirst = 'Not yet: add the missing email addresses on the cards above.',
  fixFirst = 'Not yet: fix what the cards above say first.',
  templatesToCheck = 'Templates to check',
  nobodyNamed = 'Nobody named on the row',
  openInGmail = 'open in Gmail',
  myNameHint = 'Your name, to sign with',
  saveMyName = 'Save my name',
  nameSaved = 'Name saved.',
  signAs = 'Sign drafts as',
  saveEmail = 'Save email',
  theRecipient = 'the recipient',
  editTemplate = 'Edit this template',
  name = 'Name',
  subject = 'Subject',
  body = 'Body',
  placeholders = 'Placeholders like {{first_name}}; give optional ones a fallback: {{first_name|there}}.',
  saveTemplate = 'Save template',
  templateSaved = 'Template saved.',
}

export const sentTo = (to: string) => `To: ${to}`;
export const draftedOn = (at: string) => `Drafted ${at} · `;
export const emailSavedFor = (name: string) => `Email saved for ${name || DRAFTS_TEXT.theRecipient}.`;
export const emailFor = (name: string) => `Email for ${name || DRAFTS_TEXT.theRecipient}`;
/** What "Create drafts" did, e.g. "Drafts in Gmail (not sent): 2 created, 0 already there." */
export const draftsMade = (created: number, existing: number, failed: number) =>
  `Drafts in Gmail (not sent): ${created} created, ${existing} already there${failed ? `, ${failed} not made` : ''}.`;
