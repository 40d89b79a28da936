/** A small element builder: attributes, then children (strings become text, never markup). */
export function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: (Node | string | null | undefined)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) {
      el.setAttribute(name, value);
    }
  }
  for (const child of children) {
    if (child !== null && child !== undefined) {
      el.append(child);
    }
  }
  return el;
}

/** Markup the API has sanitised (story paragraphs); parsed so only its elements and text arrive. */
export function trusted(tag: string, html: string, attrs: Record<string, string> = {}): HTMLElement {
  const el = h(tag, attrs);
  el.innerHTML = html;
  return el;
}

/** A search snippet: its text as text, with the <mark> around matches kept. */
export function snippet(text: string): HTMLElement {
  const el = h('p', { class: 'snippet' });
  text.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    el.append(match ? h('mark', {}, decode(match[1])) : decode(part));
  });
  return el;
}

function decode(text: string): string {
  const area = document.createElement('textarea');
  area.innerHTML = text;
  return area.value;
}

export function date(iso?: string | null): string {
  return iso ? new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) : '';
}

export function stars(average: number): string {
  const full = Math.round(average);
  return '★'.repeat(full) + '☆'.repeat(5 - full);
}

export function link(href: string, text: string, attrs: Record<string, string> = {}): HTMLElement {
  return h('a', { href, 'data-link': '', ...attrs }, text);
}
