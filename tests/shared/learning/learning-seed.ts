/** A seeded tracker for skills to build and the question bank: four applications, six rounds (one upcoming, one cancelled). */
const prep = (lines: string) => `Requirements:\n${lines}`;

export const NOW = '2026-12-01 09:00';

export const INTERVIEWS = [
  {
    eventId: 'e1',
    applicationId: 'a1',
    company: 'Acme',
    role: 'Backend Engineer',
    round: 'Technical',
    start: '2026-10-05 10:00',
    prep: prep('[ ] Kubernetes in production\n[x] Go → 4 years at Initech\n[ ] Distributed systems design'),
    toImprove: '• Explain trade-offs more clearly\n• Practise system design',
    questionsAsked: '• How would you design a rate limiter? → token bucket, Redis, the Acme story\n• Tell me about a conflict in your team',
  },
  {
    eventId: 'e2',
    applicationId: 'a2',
    company: 'Globex',
    role: 'Platform Engineer',
    round: 'Technical',
    start: '2026-11-02 14:00',
    prep: prep('[ ] Kubernetes in production\n[ ] Terraform'),
    toImprove: '• Scalability discussion was weak',
    questionsAsked: '• Design a URL shortener → hashing, base62; forgot the cache\n• Why Globex?',
  },
  {
    eventId: 'e3',
    applicationId: 'a3',
    company: 'Initech',
    role: 'SRE',
    round: 'Hiring manager',
    start: '2026-11-20 09:00',
    prep: prep('[ ] Terraform'),
    toImprove: '• Be more concise when explaining\n• Research the product beforehand',
    questionsAsked: '• Tell me about a time you led an incident → the March outage, STAR notes in my doc',
  },
  {
    eventId: 'e4',
    applicationId: 'a1',
    company: 'Acme',
    role: 'Backend Engineer',
    round: 'Hiring manager',
    start: '2026-11-25 11:00',
    toImprove: '• Talk about impact with numbers',
    questionsAsked: '• What is your biggest achievement? → the billing migration, 40 % cheaper',
  },
  // Upcoming: its requirements count, its (empty) debrief does not.
  {
    eventId: 'e5',
    applicationId: 'a4',
    company: 'Hooli',
    role: 'Engineer',
    round: 'Technical',
    start: '2026-12-04 10:00',
    prep: prep('[ ] Kubernetes in production'),
  },
  // Cancelled: nothing counts.
  {
    eventId: 'e6',
    applicationId: 'a2',
    company: 'Globex',
    role: 'Platform Engineer',
    round: 'Final',
    start: '2026-11-10 10:00',
    calendarStatus: 'cancelled',
    toImprove: '• Time management',
  },
];
