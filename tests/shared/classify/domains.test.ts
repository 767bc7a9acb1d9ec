import { describe, expect, it } from 'vitest';
import { assessmentVendor, isAgencyDomain, isAgencyName, mayBeEmployer, schedulingTool } from '../../../shared/classify/domains.js';
import { companyFromDomain } from '../../../shared/classify/extract.js';

describe('what a domain says', () => {
  it.each(['hays.com', 'hays.co.uk', 'mail.roberthalf.com', 'acme-recruiting.com', 'nordtalentsearch.se', 'stafffinders-staffing.net'])(
    'takes %s for a staffing firm',
    (domain) => {
      expect([isAgencyDomain(domain), mayBeEmployer(domain, new Set())]).toEqual([true, false]);
    },
  );

  it.each(['acme.com', 'stripe.com', 'gs.com', 'haystack.io'])('lets %s be an employer', (domain) => {
    expect(mayBeEmployer(domain, new Set())).toBe(true);
  });

  it("never takes a mail provider, a scheduling tool, an assessment vendor or the person's own domain for the employer", () => {
    const own = new Set(['initrode.com']);
    expect(['gmail.com', 'us.greenhouse-mail.io', 'app.hirevue.com', 'initrode.com'].map((domain) => mayBeEmployer(domain, own))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect([schedulingTool('hire.lever.co')?.name, assessmentVendor('eu.codesignal.com')?.name]).toEqual(['Lever', 'CodeSignal']);
  });

  it('recognises an agency named in a title', () => {
    expect([isAgencyName('Robert Half'), isAgencyName('Hays'), isAgencyName('Acme')]).toEqual([true, true, false]);
  });

  it.each([
    ['datadoghq.com', 'Datadog'],
    ['glovoapp.com', 'Glovo'],
    ['getdbt.com', 'Dbt'],
    ['app.com', 'App'],
  ])('names the company of %s as %s, without the marks firms add to a taken name', (domain, company) => {
    expect(companyFromDomain(domain)).toBe(company);
  });
});
