/** English invitations: every round type, sent by people, scheduling tools, or typed in by the person; plus everyday events. */
import { invite, labelled, type Labelled } from './build.js';

const yes = (company: string, role: string, round: string) => ({ interview: true, company, role, round });
const no = { interview: false };

export const ENGLISH: Labelled[] = [
  labelled('English', yes('Stripe', '', 'Phone screen'), invite('Phone Screen - Stripe', { from: 'Maya Chen <maya.chen@stripe.com>' })),
  labelled(
    'English',
    yes('Stripe', '', 'Recruiter call'),
    invite('Stripe <> Alex Rivera | Recruiter Call', { via: 'greenhouse', from: 'Maya Chen <maya.chen@stripe.com>' }),
  ),
  labelled(
    'English',
    yes('Datadog', '', 'Technical'),
    invite('Interview with Datadog: Technical Screen', { via: 'greenhouse', from: 'Ravi Patel <ravi@datadoghq.com>' }),
  ),
  labelled(
    'English',
    yes('Notion', 'Senior Backend Engineer', 'Onsite'),
    invite('Alex Rivera - Onsite Interview (Senior Backend Engineer)', {
      via: 'goodtime',
      from: 'Kate Moss <kate@notion.so>',
      others: ['Luis <luis@notion.so>'],
    }),
  ),
  labelled('English', yes('Airbnb', '', 'Technical'), invite('System Design Interview - Airbnb', { from: 'Jon Park <jon.park@airbnb.com>' })),
  labelled(
    'English',
    yes('Shopify', 'Staff Product Designer', 'Hiring manager'),
    invite('Hiring Manager Interview: Shopify (Staff Product Designer)', { from: 'Ana <ana@shopify.com>' }),
  ),
  labelled('English', yes('Acme Corp', '', 'Final'), invite('Final Round - Acme Corp', { from: 'Hiring Team <talent@acmecorp.com>' })),
  labelled(
    'English',
    yes('Figma', '', 'Take-home'),
    invite('Take-home review with the Figma team', { from: 'Zoe <zoe@figma.com>', others: ['Ian <ian@figma.com>'] }),
  ),
  labelled(
    'English',
    yes('McKinsey & Company', '', 'Technical'),
    invite('Case interview - McKinsey & Company', { from: 'Recruiting <recruiting@mckinsey.com>' }),
  ),
  labelled('English', yes('Amazon', '', 'Other'), invite('Behavioral round w/ Amazon (Bar Raiser)', { from: 'Raj <rajk@amazon.com>' })),
  labelled(
    'English',
    yes('Cloudflare', '', 'Panel'),
    invite('Panel interview | Cloudflare', { via: 'lever', from: 'Eve <eve@cloudflare.com>', others: ['Bo <bo@cloudflare.com>', 'Cy <cy@cloudflare.com>'] }),
  ),
  labelled('English', yes('Jane Street', '', 'Technical'), invite('Coding interview - Jane Street', { from: 'Recruiting <recruiting@janestreet.com>' })),
  labelled('English', yes('Thoughtworks', '', 'Technical'), invite('Pair programming session with Thoughtworks', { from: 'Lea <lea@thoughtworks.com>' })),
  labelled('English', yes('Spotify', '', 'Recruiter call'), invite('Intro call with recruiter', { from: 'Lena Berg <lena@spotify.com>' })),
  labelled('English', yes('Canva', '', 'Recruiter call'), invite('Call with recruiter', { from: 'Tom Hale <tom.hale@canva.com>' })),
  labelled('English', yes('Databricks', '', 'Onsite'), invite('Virtual Onsite: Databricks', { via: 'modernloop', from: 'Ida <ida@databricks.com>' })),
  labelled('English', yes('Goldman Sachs', '', 'Onsite'), invite('Superday - Goldman Sachs', { from: 'Campus Recruiting <campus@gs.com>' })),
  labelled('English', yes('Linear', '', 'Hiring manager'), invite('HM screen - Linear', { from: 'Karri <karri@linear.app>' })),
  labelled('English', yes('Initech', 'Data Analyst', ''), invite('Interview for the Data Analyst role at Initech', { from: 'Bill <bill@initech.com>' })),
  labelled('English', yes('Vercel', 'Frontend Engineer', ''), invite('Zoom interview: Frontend Engineer, Vercel', { from: 'Guillermo <g@vercel.com>' })),
  labelled(
    'English',
    yes('Notion', 'Product Manager', 'Phone screen'),
    invite('Phone screen for Product Manager - Notion', { from: 'Ann <ann@makenotion.com>' }),
  ),
  labelled('English', yes('Ramp', '', 'Phone screen'), invite('Alex / Priya — 30 min screen', { via: 'ashby', from: 'Priya Nair <priya@ramp.com>' })),
  labelled(
    'English',
    yes('Plaid', '', ''),
    invite('Alex Rivera x Plaid', {
      via: 'greenhouse',
      from: 'Sue <sue@plaid.com>',
      description: 'Your interview with Plaid is confirmed. Join with Google Meet.',
    }),
  ),
  labelled('English', yes('Monzo', '', ''), invite('Meet the team - Monzo', { from: 'Olu <olu@monzo.com>', others: ['Ben <ben@monzo.com>'] })),
  labelled('English', yes('Revolut', '', 'Technical'), invite('Round 2: Technical Interview | Revolut', { from: 'Kira <kira@revolut.com>' })),
  labelled('English', yes('Globex', '', 'Onsite'), invite('Onsite loop at Globex', { from: 'Hank <hank@globex.com>' })),
  labelled(
    'English',
    yes('Spotify', 'Senior Data Scientist', ''),
    invite('Interview - Senior Data Scientist - Spotify', { from: 'Lena Berg <lena@spotify.com>' }),
  ),
  labelled('English', yes('Airtable', '', ''), invite('Airtable Interview', { from: 'Hiring <hiring@airtable.com>' })),
  labelled(
    'English',
    yes('Microsoft', 'Software Engineer II', ''),
    invite('[Interview] Software Engineer II @ Microsoft', { from: 'MS Recruiting <msrecruit@microsoft.com>', shape: 'ics' }),
  ),
  labelled('English', yes('Pitch', '', 'Final'), invite('Final interview with CTO - Pitch', { from: 'Adam <adam@pitch.com>' })),
  labelled('English', yes('Grammarly', '', ''), invite('Interview with Dana Whitaker', { from: 'Dana Whitaker <dana.whitaker@grammarly.com>' })),
  labelled('English', yes('Gitlab', '', 'Technical'), invite('Technical screen', { from: 'dev-hiring@gitlab.com', shape: 'ics' })),
  labelled('English', yes('Wise', '', 'Recruiter call'), invite('Recruiter screen – Wise', { from: 'Nia <nia@wise.com>' })),
  labelled('English', yes('Brex', '', 'Hiring manager'), invite('Alex <> Brex: Hiring Manager', { via: 'ashby', from: 'Ola <ola@brex.com>' })),
  labelled('English', yes('Duolingo', '', ''), invite('Follow-up interview - Duolingo', { from: 'Max <max@duolingo.com>' })),
  labelled('English', yes('Atlassian', '', 'Other'), invite('Culture fit interview | Atlassian', { from: 'Mia <mia@atlassian.com>' })),
  labelled('English', yes('Figma', '', 'Onsite'), invite('Interview @ Figma (onsite)')),
  labelled('English', yes('Stripe', 'Backend Engineer', 'Phone screen'), invite('Phone screen - Stripe (Backend Engineer)')),
  labelled(
    'English',
    yes('Asana', 'Engineering Manager', 'Final'),
    invite('Final round interview: Engineering Manager at Asana', { from: 'Rita <rita@asana.com>', shape: 'ics' }),
  ),
  labelled('English', yes('Snowflake', '', 'Hiring manager'), invite('Chat with the hiring manager', { via: 'greenhouse', from: 'Ken <ken@snowflake.com>' })),
  labelled('English', yes('Twilio', '', 'Recruiter call'), invite('Talent Acquisition call - Twilio', { from: 'Jo <jo@twilio.com>' })),
  labelled('English', no, invite('Dentist')),
  labelled('English', no, invite('Team standup', { from: 'Lee <lee@initrode.com>', others: ['Kim <kim@initrode.com>'] })),
  labelled('English', no, invite('Lunch with Sam', { from: 'Sam <sam@gmail.com>' })),
  labelled('English', no, invite('Sprint planning', { from: 'PM <pm@initrode.com>' })),
  labelled('English', no, invite('Flight to Berlin (LH 123)')),
  labelled('English', no, invite('Quarterly business review', { from: 'Client <cfo@bigclient.com>' })),
  labelled('English', no, invite('Final exam: Statistics 101')),
  labelled('English', no, invite('Technical debt review', { from: 'Lee <lee@initrode.com>' })),
  labelled('English', no, invite('Parent-teacher meeting', { from: 'school@lincoln-elementary.org', shape: 'ics' })),
];
