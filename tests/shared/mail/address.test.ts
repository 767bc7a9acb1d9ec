import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatToHeader, isValidEmail, parseInterviewers, uniquePeople } from '../../../shared/mail/address.js';

describe('isValidEmail', () => {
  it.each([
    ['ana@acme.com', true],
    ['ana.perez+jobs@mail.acme.co.uk', true],
    ["o'neil@acme.io", true],
    ['ANA@ACME.COM', true],
    ['ana@acme', false],
    ['ana@@acme.com', false],
    ['ana@acme.com, bo@acme.com', false],
    ['Ana <ana@acme.com>', false],
    ['ana..perez@acme.com', false],
    ['.ana@acme.com', false],
    ['ana@-acme.com', false],
    ['ana@acme.c0m', false],
    ['"ana"@acme.com', false],
    ['ana@acme.com\r\nbcc:x@y.com', false],
    [`${'a'.repeat(65)}@acme.com`, false],
    ['', false],
  ])('judges %j valid: %s', (email, valid) => {
    expect(isValidEmail(email)).toBe(valid);
  });
});

describe('formatToHeader', () => {
  it.each([
    [{ name: '', email: 'ana@acme.com' }, 'To: ana@acme.com'],
    [{ name: 'Ana Perez', email: ' ana@acme.com ' }, 'To: "Ana Perez" <ana@acme.com>'],
    [{ name: 'Perez, Ana "AP" \\', email: 'ana@acme.com' }, 'To: "Perez, Ana \\"AP\\" \\\\" <ana@acme.com>'],
    [{ name: 'Bcc: all@evil.com', email: 'ana@acme.com' }, 'To: "Bcc: all@evil.com" <ana@acme.com>'],
    [{ name: 'Zoë', email: 'zoe@acme.com' }, 'To: =?UTF-8?B?Wm/Dqw==?= <zoe@acme.com>'],
  ])('writes %j as %j', (person, header) => {
    expect(formatToHeader(person)).toBe(header);
  });

  it('keeps every line of a long encoded name within 76 characters, the address included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), fc.integer({ min: 3, max: 60 }), (name, localLength) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a header refuses, replaced in the input
        const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, 'x');
        const email = `${'a'.repeat(localLength)}@acme.com`;
        const header = formatToHeader({ name: clean, email });
        for (const line of header.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
        expect(header.endsWith(`<${email}>`) || header === `To: ${email}`).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('names the person who has no address', () => {
    expect(() => formatToHeader({ name: 'Ana', email: null })).toThrow('Ana has no email address; add it to the interview row.');
  });
});

describe('parseInterviewers', () => {
  it.each([
    ['', []],
    ['Ana Pérez <ana@acme.com>', [{ name: 'Ana Pérez', email: 'ana@acme.com' }]],
    [
      '"Pérez, Ana" <ana@acme.com>, bo@acme.com; Chris Doe\nDee <dee@acme.com>',
      [
        { name: 'Pérez, Ana', email: 'ana@acme.com' },
        { name: '', email: 'bo@acme.com' },
        { name: 'Chris Doe', email: null },
        { name: 'Dee', email: 'dee@acme.com' },
      ],
    ],
    [' , ;\n', []],
    ['<>', [{ name: '', email: null }]],
  ])('reads %j', (cell, people) => {
    expect(parseInterviewers(cell)).toEqual(people);
  });
});

describe('uniquePeople', () => {
  it('lists each person once: the same address, or the same name where an address is missing, is one person', () => {
    const people = uniquePeople([
      { name: 'Ana Pérez', email: null },
      { name: 'Bo', email: 'bo@acme.example' },
      { name: 'ana pérez', email: 'ana@acme.example' },
      { name: 'Robert', email: 'BO@acme.example' },
      { name: '', email: null },
      { name: 'Cy', email: null },
    ]);
    expect(people).toEqual([
      { name: 'Ana Pérez', email: 'ana@acme.example' },
      { name: 'Bo', email: 'bo@acme.example' },
      { name: 'Cy', email: null },
    ]);
  });

  it('keeps two people who share a name but not an address apart', () => {
    expect(
      uniquePeople([
        { name: 'Sam', email: 'sam@a.example' },
        { name: 'Sam', email: 'sam@b.example' },
      ]),
    ).toHaveLength(2);
  });
});
