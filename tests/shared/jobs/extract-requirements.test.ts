import { describe, expect, it } from 'vitest';
import { extractRequirements } from '../../../shared/jobs/extract-requirements.js';
import { htmlToText } from '../../../shared/jobs/html-text.js';

const lines = (...parts: string[]) => parts.join('\n');

describe('requirements from a description', () => {
  it('takes the English must-have and nice-to-have lists, not the duties around them', () => {
    const text = htmlToText(
      '<p>About us</p><h3>What you will do</h3><ul><li>Ship features</li></ul><h3>What you’ll bring:</h3><ul><li>TypeScript</li><li>SQL, ideally PostgreSQL</li><li>Bonus: Rust</li></ul><h3>Preferred qualifications</h3><ul><li>Fintech experience</li></ul><h3>Benefits</h3><ul><li>Remote budget</li></ul>',
    ).text;
    expect(extractRequirements(text)).toEqual([
      { requirement: 'TypeScript', level: 'must' },
      { requirement: 'SQL, ideally PostgreSQL', level: 'must' },
      { requirement: 'Rust', level: 'nice' },
      { requirement: 'Fintech experience', level: 'nice' },
    ]);
  });

  it('takes German lists (Das bringst du mit, Wünschenswert), items marked "(von Vorteil)" as nice to have', () => {
    const text = lines(
      'Deine Aufgaben',
      '- Modelle trainieren',
      '',
      'Das bringst du mit:',
      '- Python und PyTorch',
      '- Deutschkenntnisse (von Vorteil)',
      '',
      'Wünschenswert',
      '- Erfahrung mit MLOps',
      '',
      'Wir bieten',
      '- 30 Tage Urlaub',
    );
    expect(extractRequirements(text)).toEqual([
      { requirement: 'Python und PyTorch', level: 'must' },
      { requirement: 'Deutschkenntnisse', level: 'nice' },
      { requirement: 'Erfahrung mit MLOps', level: 'nice' },
    ]);
  });

  it('takes French lists (Profil recherché, Atouts), bullets as "•"', () => {
    const text = lines(
      'Vos missions',
      '• Construire des tableaux de bord',
      'Profil recherché :',
      '• SQL avancé',
      '• Anglais courant',
      'Atouts',
      '• dbt',
      'Pourquoi nous rejoindre ?',
      '• Télétravail',
    );
    expect(extractRequirements(text)).toEqual([
      { requirement: 'SQL avancé', level: 'must' },
      { requirement: 'Anglais courant', level: 'must' },
      { requirement: 'dbt', level: 'nice' },
    ]);
  });

  it('takes Spanish lists (Requisitos, Se valorará), numbered items too', () => {
    const text = lines('Requisitos', '1. Figma', '2. Portfolio de producto', 'Se valorará:', '- Experiencia en fintech', 'Ofrecemos', '- Horario flexible');
    expect(extractRequirements(text)).toEqual([
      { requirement: 'Figma', level: 'must' },
      { requirement: 'Portfolio de producto', level: 'must' },
      { requirement: 'Experiencia en fintech', level: 'nice' },
    ]);
  });

  it('finds nothing in a description without a requirement section', () => {
    expect(extractRequirements(lines('We build robots.', '- Great team', '- Free lunch'))).toEqual([]);
  });

  it('keeps at most 30 items of 300 characters, without repeats', () => {
    const items = Array.from({ length: 40 }, (_, i) => `- Skill ${i}`);
    const found = extractRequirements(lines('Requirements', '- Skill 0', ...items, `- ${'x'.repeat(400)}`));
    expect(found).toHaveLength(30);
    expect(found[29]).toEqual({ requirement: 'Skill 29', level: 'must' });
    const long = extractRequirements(lines('Requirements', `- ${'x'.repeat(400)}`))[0]!.requirement;
    expect(long).toHaveLength(300);
    expect(long.endsWith('…')).toBe(true);
  });
});
