/** Invitations from staffing and search firms: the firm's domain (and name) is never the company. */
import { invite, labelled, type Labelled } from './build.js';

const yes = (company: string, role: string, round: string) => ({ interview: true, company, role, round });
const no = { interview: false };

export const AGENCY: Labelled[] = [
  labelled('agency', yes('Acme', '', 'Technical'), invite('Technical interview - Acme', { from: 'Jordan Blake <jordan.blake@hays.com>' })),
  labelled('agency', yes('Acme', '', 'Final'), invite('Final round - Acme', { from: 'Kim Lowe <kim.lowe@hays.com>' })),
  labelled('agency', yes('Globex', '', ''), invite('Interview with Globex (via Robert Half)', { from: 'Sara <sara.m@roberthalf.com>' })),
  labelled('agency', yes('', '', 'Recruiter call'), invite('Call with recruiter', { from: 'Sophie Hart <sophie.hart@michaelpage.co.uk>' })),
  labelled('agency', yes('', '', 'Recruiter call'), invite('Intro call - Randstad / Alex', { from: 'Bram <bram@randstad.nl>' })),
  labelled(
    'agency',
    yes('', 'Senior Java Developer', ''),
    invite('Interview: Senior Java Developer at a fintech client', { from: 'Raj <raj@teksystems.com>' }),
  ),
  labelled('agency', yes('Deloitte', 'Data Engineer', ''), invite('Client interview - Deloitte (Data Engineer)', { from: 'Amy <amy@kforce.com>' })),
  labelled('agency', yes('Unilever', '', 'Final'), invite('Zoom: Final round at Unilever', { from: 'Piet <piet@adecco.com>' })),
  labelled('agency', yes('Allianz', '', ''), invite('Vorstellungsgespräch bei der Allianz', { from: 'Jonas <jonas@hays.de>', shape: 'ics' })),
  labelled('agency', yes('', '', 'Phone screen'), invite('Screening call', { from: 'Lia <lia@talentbridge-recruiting.com>' })),
  labelled(
    'agency',
    yes('Stripe', 'Senior Backend Engineer', 'Technical'),
    invite('Technical Interview (Senior Backend Engineer) - Stripe', { from: 'Gus <gus@insightglobal.com>', others: ['Eng <eng@stripe.com>'] }),
  ),
  labelled('agency', yes('Miro', 'Product Designer', ''), invite('Interview: Product Designer @ Miro', { from: 'search@spencerstuart.com' })),
  labelled('agency', yes('Tesco', '', 'Hiring manager'), invite('Hiring manager interview - Tesco', { from: 'Olly <olly@reed.co.uk>' })),
  labelled('agency', yes('', '', 'Recruiter call'), invite('Introductory call', { from: 'Mia Lind <mia.lind@harveynash.com>' })),
  labelled('agency', yes('BMW', 'Projektleiter', ''), invite('Interview BMW – Projektleiter (m/w/d)', { from: 'Eva <eva@nordtalentsearch.de>' })),
  labelled('agency', yes('Barclays', '', 'Onsite'), invite('Assessment centre - Barclays', { from: 'grads@michaelpage.com' })),
  labelled('agency', yes('Novartis', '', ''), invite('Entretien avec Novartis', { from: 'Chloé <chloe@adecco.fr>' })),
  labelled(
    'agency',
    yes('Klarna', '', 'Phone screen'),
    invite('Phone screen: Klarna', { from: 'Ville <ville@jeffersonfrank.com>', others: ['Kai <kai@klarna.com>'] }),
  ),
  labelled('agency', yes('Ocado', 'DevOps Engineer', ''), invite('Ocado interview for DevOps Engineer role', { from: 'Rosa <rosa@computerfutures.com>' })),
  labelled('agency', no, invite('Interview prep call with your consultant', { from: 'Jordan Blake <jordan.blake@hays.com>' })),
  labelled('agency', no, invite('Timesheet reminder', { from: 'noreply@randstad.com', link: false })),
];
