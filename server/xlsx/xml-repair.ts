/**
 * Reads a workbook that an older NextRound (or another tool) wrote with
 * characters XML 1.0 forbids, which exceljs's parser refuses outright
 * ("disallowed character"): every XML part gets those characters replaced
 * by U+FFFD (the same rule every writer now follows, shared/cells), so the
 * next pass reads the tracker and its next save is valid XML again.
 */
import JSZip from 'jszip';
import { xmlSafeText } from '../../shared/cells/xml-safe-text.js';

/** Whether exceljs failed on a character XML forbids (saxes words it "disallowed character"). */
export function isForbiddenCharacterError(error: unknown): boolean {
  return error instanceof Error && /disallowed character|invalid (xml )?character/i.test(error.message);
}

/** The workbook's bytes with every XML part made XML-safe; other parts untouched. */
export async function repairXmlParts(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/i.test(name) || zip.files[name]!.dir) continue;
    const text = await zip.file(name)!.async('string');
    const safe = xmlSafeText(text);
    if (safe !== text) zip.file(name, safe);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}
