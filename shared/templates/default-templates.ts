/**
 * The templates "Set up tracker" seeds into the Templates sheet. Short,
 * warm, specific; every required placeholder is one the add-on can fill
 * from the row, and optional ones carry a fallback that reads naturally.
 * The person owns them afterwards: set-up never rewrites an edited row.
 */
import type { TemplateRow } from './template-row.js';

export const DEFAULT_TEMPLATES: readonly TemplateRow[] = [
  {
    id: 'nr-template-thank-you',
    name: 'Thank you',
    kind: 'thank-you',
    subject: 'Thank you, {{first_name}}',
    body: [
      'Hi {{first_name}},',
      '',
      'Thank you for taking the time to talk with me about the {{role}} role at {{company}}. ' +
        'I especially enjoyed our conversation about {{topic|the team and its work}}, and it left me even more excited about the role.',
      '',
      'If anything else would help, I am happy to send it along.',
      '',
      'Best regards,',
      '{{my_name}}',
    ].join('\n'),
  },
  {
    id: 'nr-template-feedback-request',
    name: 'Feedback request',
    kind: 'feedback-request',
    subject: 'Feedback on my {{role}} interviews',
    body: [
      'Hi {{first_name|there}},',
      '',
      'Thank you for letting me know, and for the time you and the team spent with me. ' +
        'I would be grateful for any feedback on where I could have been stronger; even a sentence or two would help me improve.',
      '',
      'I enjoyed learning about {{company}} and hope our paths cross again.',
      '',
      'Best wishes,',
      '{{my_name}}',
    ].join('\n'),
  },
  {
    id: 'nr-template-follow-up',
    name: 'Follow-up',
    kind: 'follow-up',
    subject: 'Following up on the {{role}} role',
    body: [
      'Hi {{first_name|there}},',
      '',
      'I wanted to follow up on my application for the {{role}} role at {{company}}. ' +
        'I am still very interested, and happy to share anything else that would help.',
      '',
      'Is there any news on the next steps?',
      '',
      'Thank you,',
      '{{my_name}}',
    ].join('\n'),
  },
  {
    id: 'nr-template-check-in',
    name: 'Networking check-in',
    kind: 'check-in',
    subject: 'Catching up',
    body: [
      'Hi {{first_name}},',
      '',
      'It has been a while since we last spoke, and I wanted to say hello. How are things at {{company|work}}?',
      '',
      'I would love to hear what you are working on these days. Would you have time for a short call or a coffee in the coming weeks?',
      '',
      'All the best,',
      '{{my_first_name}}',
    ].join('\n'),
  },
];
