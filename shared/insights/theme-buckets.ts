/**
 * The keyword buckets of "to improve" themes. A word matches a keyword when
 * it starts with it (so "explain" catches explaining, explained,
 * explanation). Order matters only for ties. Edit here to teach new themes.
 */
export const THEME_BUCKETS: readonly { theme: string; keywords: readonly string[] }[] = [
  { theme: 'Company research', keywords: ['research', 'company', 'product', 'homework', 'mission'] },
  { theme: 'Examples and impact (STAR)', keywords: ['example', 'star', 'stori', 'story', 'impact', 'metric', 'quantif', 'number', 'achievement'] },
  { theme: 'System design', keywords: ['design', 'architect', 'scal', 'distribut', 'tradeoff', 'trade', 'microservice', 'cach', 'database'] },
  { theme: 'Algorithms and data structures', keywords: ['algorithm', 'complexit', 'recurs', 'graph', 'tree', 'dynamic', 'leetcode'] },
  { theme: 'Coding accuracy', keywords: ['cod', 'bug', 'debug', 'test', 'edge', 'syntax', 'sql', 'implement'] },
  { theme: 'Communication', keywords: ['communic', 'explain', 'explanation', 'concis', 'clear', 'clarif', 'rambl', 'listen', 'articulat', 'aloud'] },
  { theme: 'Questions for them', keywords: ['ask', 'question'] },
  { theme: 'Confidence and nerves', keywords: ['nerv', 'confiden', 'calm', 'anxi', 'relax', 'stress', 'stuck'] },
  { theme: 'Time management', keywords: ['time', 'timing', 'pace', 'rush', 'slow', 'clock'] },
  { theme: 'Salary and negotiation', keywords: ['salar', 'negotiat', 'compensat'] },
  { theme: 'Leadership and teamwork', keywords: ['lead', 'conflict', 'team', 'mentor', 'stakeholder', 'collaborat'] },
];
