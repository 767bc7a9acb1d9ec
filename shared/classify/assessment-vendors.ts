/**
 * Assessment vendors: an invitation from one (or naming one) is a stage of
 * a hiring process, but the vendor is never the company. `round` is what
 * the vendor's product usually is: a one-way video screen, an online test
 * taken alone, or a live interview run by the vendor's engineers (Karat).
 */
import type { Round } from './round-words.js';

export interface AssessmentVendor {
  name: string;
  domains: readonly string[];
  round: Round;
}

export const ASSESSMENT_VENDORS: readonly AssessmentVendor[] = [
  { name: 'HireVue', domains: ['hirevue.com', 'hirevue.eu'], round: 'Phone screen' },
  { name: 'Spark Hire', domains: ['sparkhire.com'], round: 'Phone screen' },
  { name: 'Willo', domains: ['willo.video'], round: 'Phone screen' },
  { name: 'myInterview', domains: ['myinterview.com'], round: 'Phone screen' },
  { name: 'CodeSignal', domains: ['codesignal.com'], round: 'Take-home' },
  { name: 'HackerRank', domains: ['hackerrank.com', 'hackerrankforwork.com'], round: 'Take-home' },
  { name: 'Codility', domains: ['codility.com'], round: 'Take-home' },
  { name: 'Coderbyte', domains: ['coderbyte.com'], round: 'Take-home' },
  { name: 'CoderPad', domains: ['coderpad.io'], round: 'Technical' },
  { name: 'Karat', domains: ['karat.com', 'karat.io'], round: 'Technical' },
  { name: 'TestGorilla', domains: ['testgorilla.com'], round: 'Take-home' },
  { name: 'Pymetrics', domains: ['pymetrics.com', 'pymetrics.ai'], round: 'Take-home' },
  { name: 'SHL', domains: ['shl.com'], round: 'Take-home' },
  { name: 'Mettl', domains: ['mettl.com'], round: 'Take-home' },
  { name: 'Criteria Corp', domains: ['criteriacorp.com'], round: 'Take-home' },
  { name: 'Vervoe', domains: ['vervoe.com'], round: 'Take-home' },
  { name: 'Harver', domains: ['harver.com'], round: 'Take-home' },
  { name: 'iMocha', domains: ['imocha.io'], round: 'Take-home' },
  { name: 'Arctic Shores', domains: ['arcticshores.com'], round: 'Take-home' },
  { name: 'Qualified.io', domains: ['qualified.io'], round: 'Take-home' },
  { name: 'DevSkiller', domains: ['devskiller.com'], round: 'Take-home' },
];
