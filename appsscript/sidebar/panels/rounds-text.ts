/** The words of the Prepare and Reflect screens: a round's checklist before it and its debrief after (how the catalogue is laid out: words.ts). */

export enum ROUNDS_TEXT {
  loading = 'Loading…',
  interview = 'Interview',
  back = 'Back',
  cellsToCheck = 'Cells to check',
  // Prepare
  noUpcoming = 'No upcoming interviews to prepare for.',
  done = 'Done',
  requirement = 'Requirement',
  item = 'Item',
  howIMeetIt = 'How I meet it',
  evidence = 'Evidence',
  requirements = 'Hard requirements',
  addRequirement = 'Add requirement',
  questions = 'Questions to ask',
  addQuestion = 'Add question',
  people = 'People to look up',
  addPerson = 'Add person',
  assessmentHint = 'Live coding, case study, presentation…',
  contextHint = 'Product, customers, numbers, news',
  saveChecklist = 'Save checklist',
  assessment = 'Assessment expected',
  context = 'Business context of the team',
  checklistSaved = 'Checklist saved.',
  // Reflect
  wentWell = 'Went well',
  toImprove = 'To improve',
  lessons = 'Lessons',
  questionsAsked = 'Questions they asked',
  rating = 'Rating',
  allDebriefed = 'Every recent interview has its debrief.',
  noRoundsYet = 'No interview has ended yet. After each one, its debrief waits here: what went well, what to improve.',
  pickPast = 'Add feedback or edit an earlier round',
  pickPastFirst = 'Add feedback or edit an earlier round…',
  awaiting = 'Waiting for a debrief',
  earlier = 'Earlier rounds',
  onePerLine = 'One point per line',
  saveDebrief = 'Save debrief',
  howDidItGo = 'How did it go? (1 rough – 5 great)',
  whatTheySaid = 'What they said',
  receivedOn = 'Received on',
  feedback = 'Feedback',
  addFeedback = 'Add feedback',
  pickDay = 'Pick the day it arrived.',
  fillIn = 'Fill this in.',
  feedbackAdded = 'Feedback added.',
  feedbackReceived = 'Feedback received',
}

export const ready = (done: number, total: number) => `${done}/${total} ready`;
export const endedAt = (role: string, at: string) => `${role} · ended ${at}`;
export const debriefSaved = (company: string) => `Debrief saved for ${company}.`;
export const stageOf = (company: string) => `Application stage (${company})`;

const PREP_PARTS: Readonly<Record<string, string>> = {
  requirements: ROUNDS_TEXT.requirements,
  questions: ROUNDS_TEXT.questions,
  people: ROUNDS_TEXT.people,
  assessment: ROUNDS_TEXT.assessment,
  context: ROUNDS_TEXT.context,
};

/** A checklist problem named by the part the person sees, never by its path: "Questions to ask, line 3: …". */
export function prepProblem(path: readonly (string | number)[], message: string): string {
  const part = PREP_PARTS[String(path[0])];
  if (!part) return message;
  return typeof path[1] === 'number' ? `${part}, line ${path[1] + 1}: ${message}` : `${part}: ${message}`;
}
