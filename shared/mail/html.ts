/** The HTML part of a draft: the rendered text, every character escaped, paragraphs kept. */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the five HTML-significant characters. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/**
 * Plain text to a small HTML document: blank lines start paragraphs, single
 * line breaks become `<br>`. No link is made clickable: values stay text.
 *
 * @example textToHtml('Hi <Ana>,\n\nThanks') === '<div dir="auto"><p>Hi &lt;Ana&gt;,</p><p>Thanks</p></div>'
 */
export function textToHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`);
  return `<div dir="auto">${paragraphs.join('')}</div>`;
}
