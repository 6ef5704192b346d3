/**
 * Building DOM without markup: every text goes in through textContent, so a GitLab name like
 * `<img src=x onerror=…>` is shown as those characters. No innerHTML anywhere in the webview.
 */

export interface ElementProps {
  readonly className?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), props, children);
}

/** A custom element such as `vscode-button`. */
export function custom<T extends HTMLElement = HTMLElement>(tag: `vscode-${string}`, props: ElementProps = {}, ...children: Node[]): T {
  return fill(document.createElement(tag) as T, props, children);
}

export function text(value: string): Text {
  return document.createTextNode(value);
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Node[]): void {
  parent.replaceChildren(...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`invite form: #${id} is missing`); // l10n-ignore: a programming error, for the console
  return el as T;
}

function fill<T extends HTMLElement>(el: T, props: ElementProps, children: Node[]): T {
  if (props.className) el.className = props.className;
  if (props.text !== undefined) el.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) el.setAttribute(name, value);
  el.append(...children);
  return el;
}
