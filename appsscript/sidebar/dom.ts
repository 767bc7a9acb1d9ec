/**
 * Building DOM without innerHTML: every string becomes a text node, so data
 * from the sheet (a company named `<img onerror=…>`) renders as text.
 * Links are clickable only for https: URLs.
 */

type Child = Node | string | null | undefined | false;

export interface Props {
  className?: string;
  id?: string;
  /** Attributes set with setAttribute (never event handlers: use `on`). */
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

/** Creates an element with text-only children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`Refusing event-handler attribute "${name}"`);
    element.setAttribute(name, value);
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) {
    if (handler) element.addEventListener(type, handler as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A link when `url` is https:, plain text otherwise. */
export function safeLink(url: string, text = url): HTMLElement {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (parsed?.protocol !== 'https:') return h('span', {}, text);
  return h('a', { attrs: { href: parsed.href, target: '_blank', rel: 'noopener noreferrer' } }, text);
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Node[]): void {
  parent.replaceChildren(...children);
}

/**
 * One actionable list row: an `<li>` holding a full-width `<button>`, so a
 * keyboard reaches and opens it. `lines` become block spans (a button holds
 * phrasing content only); the first is the row's main line.
 */
export function rowButton(props: Props & { onOpen: () => void }, ...lines: (Node | string | null)[]): HTMLLIElement {
  const { onOpen, ...rest } = props;
  const button = h(
    'button',
    { ...rest, className: `row ${rest.className ?? ''}`.trim(), attrs: { type: 'button', ...rest.attrs }, on: { ...rest.on, click: onOpen } },
    ...lines.map((line, index) => (line === null ? null : h('span', { className: index === 0 ? 'line' : 'line muted small' }, line))),
  );
  return h('li', { className: 'item' }, button);
}
