/**
 * Events that look like interviews and are not the person's: prep blocks,
 * mocks, interviews the person conducts (in each of its shapes), press,
 * podcast and research interviews, events about interviewing.
 * `conducts` marks the person as interviewer: never imported, ever.
 */
import { invite, labelled, type Labelled } from './build.js';

const no = { interview: false };
const conducts = (label: Labelled): Labelled & { conducts: true } => ({ ...label, conducts: true });

export const TRAP: (Labelled & { conducts?: true })[] = [
  labelled('trap', no, invite('Interview prep (block)')),
  labelled('trap', no, invite('Interview preparation – Stripe')),
  labelled('trap', no, invite('Prep: system design')),
  labelled('trap', no, invite('LeetCode practice')),
  labelled('trap', no, invite('Focus time: interview prep')),
  labelled('trap', no, invite('Mock interview with Dana', { from: 'Dana <dana.r@gmail.com>' })),
  labelled('trap', no, invite('Mock system design interview (Pramp)', { from: 'noreply@pramp.com' })),
  labelled('trap', no, invite('Practice interview w/ career coach', { from: 'Coach <coach@careercoaching.io>' })),
  labelled('trap', no, invite('Vorbereitung Vorstellungsgespräch SAP')),
  labelled('trap', no, invite('Préparation entretien technique')),
  labelled('trap', no, invite('面接対策')),
  labelled('trap', no, invite('模拟面试', { from: 'coach@qq.com' })),
  conducts(labelled('trap', no, invite('Interview candidate: John Smith (backend)', { mine: true, from: 'John Smith <john.smith@gmail.com>' }))),
  conducts(
    labelled(
      'trap',
      no,
      invite('Interview: Priya Shah (Senior Backend Engineer)', {
        via: 'greenhouse',
        from: 'Priya Shah <priya.shah@outlook.com>',
        description: 'Candidate: Priya Shah\nView interview kit: https://app.greenhouse.io/guides/123',
      }),
    ),
  ),
  conducts(labelled('trap', no, invite('Phone screen - Jamie Lee', { mine: true, from: 'Jamie Lee <jamie.lee@gmail.com>' }))),
  conducts(labelled('trap', no, invite('Technical interview - Jordan Park', { mine: true, from: 'Jordan Park <jordan.park@outlook.com>', shape: 'ics' }))),
  conducts(
    labelled(
      'trap',
      no,
      invite('Onsite interview: Sam Carter', {
        via: 'goodtime',
        from: 'Sam Carter <sam.carter@gmail.com>',
        description: "You're on the interview panel for Sam Carter. Submit feedback in Greenhouse afterwards.",
      }),
    ),
  ),
  conducts(labelled('trap', no, invite('Interview w/ Chris Nolan', { via: 'ashby', from: 'Chris Nolan (Candidate) <chris.nolan@gmail.com>' }))),
  conducts(labelled('trap', no, invite('Interview debrief - backend role', { from: 'Lee <lee@initrode.com>' }))),
  conducts(labelled('trap', no, invite('Hiring committee', { from: 'Lee <lee@initrode.com>' }))),
  conducts(labelled('trap', no, invite('Interviewer training', { from: 'L&D <learning@initrode.com>' }))),
  conducts(labelled('trap', no, invite('Panel interview - Data Scientist candidate', { from: 'Lee <lee@initrode.com>', others: ['Kim <kim@initrode.com>'] }))),
  conducts(labelled('trap', no, invite('Vorstellungsgespräch mit Bewerber Max Müller', { mine: true, from: 'Max Müller <max.mueller@web.de>', shape: 'ics' }))),
  conducts(labelled('trap', no, invite('Entretien candidat : Léa Martin', { from: 'RH <rh@monentreprise.fr>' }))),
  conducts(
    labelled(
      'trap',
      no,
      invite('Coding interview (Lever)', {
        via: 'lever',
        from: 'Noah Kim <noah.kim@gmail.com>',
        description: 'Candidate: Noah Kim\nScorecard: https://hire.lever.co/scorecards/1',
      }),
    ),
  ),
  conducts(labelled('trap', no, invite('Hiring manager interview', { mine: true, from: 'Ella Wu <ella.wu@yahoo.com>', shape: 'ics' }))),
  labelled('trap', no, invite('Podcast interview: The Changelog', { from: 'Adam <adam@changelog.com>' })),
  labelled('trap', no, invite('Press interview with TechCrunch', { from: 'Reporter <reporter@techcrunch.com>' })),
  labelled('trap', no, invite('User interview #4 (onboarding study)', { mine: true, from: 'user4@gmail.com' })),
  labelled('trap', no, invite('Customer interview - Acme Corp', { from: 'ops@acmecorp.com' })),
  labelled('trap', no, invite('Exit interview', { from: 'HR <hr@initrode.com>' })),
  labelled('trap', no, invite('Interview with journalist from Wired', { from: 'j@wired.com' })),
  labelled('trap', no, invite('Webinar: How to ace your technical interview', { from: 'events@interviewing.io' })),
  labelled('trap', no, invite('Workshop: Interview skills for new grads', { from: 'careers@university.edu' })),
  labelled('trap', no, invite('Career fair - TU Berlin')),
  labelled('trap', no, invite('Entrevista para podcast', { from: 'Luis <luis@gmail.com>' })),
];
