/**
 * Written after the rules were frozen and never tuned against: a check that
 * the rules hold for invitations they were not shaped on. Its figures are
 * reported on their own line.
 */
import { invite, labelled, type Labelled } from './build.js';

const yes = (company: string, role: string, round: string) => ({ interview: true, company, role, round });
const no = { interview: false };

export const HELD_OUT: Labelled[] = [
  labelled('English', yes('Dropbox', '', 'Phone screen'), invite('Dropbox phone screen', { from: 'Tia <tia@dropbox.com>' })),
  labelled(
    'English',
    yes('Lyft', 'Senior iOS Engineer', 'Onsite'),
    invite('Lyft Onsite - Senior iOS Engineer', { via: 'greenhouse', from: 'Ro <ro@lyft.com>' }),
  ),
  labelled(
    'English',
    yes('Palantir', '', 'Technical'),
    invite('Palantir | Decomposition interview', { from: 'Kai <kai@palantir.com>', description: 'Technical round' }),
  ),
  labelled('English', yes('Squarespace', '', 'Recruiter call'), invite('Squarespace Recruiter Chat', { from: 'Em <em@squarespace.com>' })),
  labelled(
    'English',
    yes('Etsy', 'Staff Engineer', 'Hiring manager'),
    invite('Staff Engineer - Hiring Manager Interview - Etsy', { via: 'lever', from: 'Al <al@etsy.com>' }),
  ),
  labelled('English', yes('HubSpot', '', 'Final'), invite('HubSpot final interview', { from: 'Jen <jen@hubspot.com>' })),
  labelled('English', yes('Zapier', '', 'Take-home'), invite('Zapier take-home debrief', { from: 'Ray <ray@zapier.com>' })),
  labelled('English', no, invite('Coffee with Marco', { from: 'marco@gmail.com' })),
  labelled('English', no, invite('Board meeting', { from: 'ceo@initrode.com' })),
  labelled('vendor', yes('Nike', '', 'Take-home'), invite('Your HackerRank assessment for Nike')),
  labelled('vendor', yes('Salesforce', '', 'Phone screen'), invite('Salesforce - HireVue video interview', { from: 'noreply@hirevue.com' })),
  labelled('vendor', yes('Uber', '', 'Take-home'), invite('CodeSignal GCA (Uber)', { from: 'noreply@codesignal.com' })),
  labelled('non-English', yes('Volkswagen', '', ''), invite('Bewerbungsgespräch Volkswagen', { from: 'karriere@volkswagen.de' })),
  labelled('non-English', yes('Decathlon', '', ''), invite('Entretien de recrutement - Decathlon', { from: 'rh@decathlon.com' })),
  labelled('non-English', yes('Inditex', '', ''), invite('Entrevista con Inditex', { from: 'talento@inditex.com' })),
  labelled('non-English', yes('Pirelli', '', ''), invite('Colloquio Pirelli', { from: 'hr@pirelli.com' })),
  labelled('non-English', yes('Philips', '', ''), invite('Sollicitatiegesprek bij Philips', { from: 'hr@philips.com' })),
  labelled('non-English', yes('Ericsson', '', ''), invite('Jobbintervju - Ericsson', { from: 'hr@ericsson.com' })),
  labelled('non-English', yes('ソニー', '', 'Final'), invite('最終面接 - ソニー', { from: 'hr@sony.com' })),
  labelled('non-English', yes('阿里巴巴', '', ''), invite('阿里巴巴 面试', { from: 'hr@alibaba-inc.com' })),
  labelled('non-English', yes('삼성전자', '', ''), invite('삼성전자 면접', { from: 'hr@samsung.com' })),
  labelled('agency', yes('Vodafone', '', ''), invite('Interview Vodafone - arranged by Hays', { from: 'Liam <liam@hays.co.uk>' })),
  labelled('agency', yes('', '', 'Recruiter call'), invite('Recruiter call', { from: 'Ava <ava@roberthalf.com>' })),
  labelled('agency', yes('Rolls-Royce', 'Test Engineer', ''), invite('Rolls-Royce interview (Test Engineer)', { from: 'Ben <ben@randstad.co.uk>' })),
  labelled('trap', no, invite('Interview practice with Pramp', { from: 'noreply@pramp.com' })),
  labelled('trap', no, invite('Interview: Maria Gomez - Backend', { mine: true, from: 'maria.gomez@gmail.com' })),
  labelled('trap', no, invite('Candidate interview - Sarah Lee', { from: 'Recruiting <recruiting@initrode.com>', others: ['Kim <kim@initrode.com>'] })),
  labelled('trap', no, invite('Reverse interview with my team', { mine: true, from: 'kim@initrode.com' })),
  labelled('trap', no, invite('Radio interview: BBC Tech', { from: 'producer@bbc.co.uk' })),
  labelled('trap', no, invite('Study block: behavioral questions')),
  labelled(
    'cancelled',
    { interview: true, company: 'Spotify' },
    { ...invite('Spotify - Technical Interview', { from: 'Lena <lena@spotify.com>' }), status: 'cancelled' },
  ),
  labelled(
    'cancelled',
    { interview: true, company: 'Allianz' },
    { ...invite('Vorstellungsgespräch - Allianz', { from: 'hr@allianz.de', shape: 'ics' }), status: 'cancelled' },
  ),
];
