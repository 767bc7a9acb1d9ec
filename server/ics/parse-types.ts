/** The .ics parse types, from the shared parser. */
export type { IcsWindow, ParseIcsOptions, ParsedOccurrence } from '../../shared/ics/index.js';
