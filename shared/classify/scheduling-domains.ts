/**
 * Scheduling and applicant-tracking tools: an invitation sent through one
 * names no company (the tool is never the employer). `hiring: true` tools
 * exist for interviews, so an invitation from one is itself a hint;
 * general booking tools (Calendly) are not.
 */
export const SCHEDULING_TOOLS: ReadonlyArray<{ name: string; domains: readonly string[]; hiring: boolean }> = [
  { name: 'Greenhouse', domains: ['greenhouse.io', 'greenhouse-mail.io'], hiring: true },
  { name: 'Lever', domains: ['lever.co'], hiring: true },
  { name: 'Ashby', domains: ['ashbyhq.com'], hiring: true },
  { name: 'GoodTime', domains: ['goodtime.io'], hiring: true },
  { name: 'ModernLoop', domains: ['modernloop.io'], hiring: true },
  { name: 'Paradox', domains: ['paradox.ai'], hiring: true },
  { name: 'Gem', domains: ['gem.com'], hiring: true },
  { name: 'Workday', domains: ['workday.com', 'myworkday.com'], hiring: true },
  { name: 'SmartRecruiters', domains: ['smartrecruiters.com'], hiring: true },
  { name: 'iCIMS', domains: ['icims.com'], hiring: true },
  { name: 'Jobvite', domains: ['jobvite.com'], hiring: true },
  { name: 'Workable', domains: ['workable.com', 'workablemail.com'], hiring: true },
  { name: 'Teamtailor', domains: ['teamtailor.com', 'teamtailor-mail.com'], hiring: true },
  { name: 'Personio', domains: ['personio.de', 'personio.com'], hiring: true },
  { name: 'Recruitee', domains: ['recruitee.com'], hiring: true },
  { name: 'BambooHR', domains: ['bamboohr.com'], hiring: true },
  { name: 'Taleo', domains: ['taleo.net'], hiring: true },
  { name: 'SuccessFactors', domains: ['successfactors.com', 'successfactors.eu'], hiring: true },
  { name: 'Avature', domains: ['avature.net'], hiring: true },
  { name: 'Breezy', domains: ['breezy.hr'], hiring: true },
  { name: 'JazzHR', domains: ['applytojob.com', 'jazzhr.com'], hiring: true },
  { name: 'Rippling', domains: ['rippling.com'], hiring: true },
  { name: 'Prelude', domains: ['prelude.co'], hiring: true },
  { name: 'Calendly', domains: ['calendly.com'], hiring: false },
  { name: 'Cronofy', domains: ['cronofy.com'], hiring: false },
  { name: 'Microsoft Bookings', domains: ['bookings.microsoft.com'], hiring: false },
  { name: 'HubSpot', domains: ['meetings.hubspot.com'], hiring: false },
];

/** Text the tools put in descriptions ("Scheduled via GoodTime", "Powered by Greenhouse"): names matched as words. */
export const SCHEDULING_TOOL_NAMES: readonly string[] = SCHEDULING_TOOLS.filter((tool) => tool.hiring).map((tool) => tool.name);
