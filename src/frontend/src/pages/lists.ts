import { api, need, type Schemas } from '../api/client';
import { date, h, link, snippet } from '../dom';
import { storyPath, teaserCard } from './teasers';

export async function homePage(): Promise<HTMLElement> {
  const page = await need(api.GET('/api/v1/articles', { params: { query: { limit: 9 } } }));
  document.title = 'The Portmere Ledger';
  const [lead, ...rest] = page.items;
  return h('div', { class: 'front' },
    lead ? h('section', { class: 'lead' }, teaserCard(lead)) : h('p', {}, 'No stories yet.'),
    h('div', { class: 'grid' }, ...rest.map((t) => teaserCard(t))));
}

/** A section front: teasers, and a "More" button that follows the `next` cursor. */
export async function sectionPage(slug: string): Promise<HTMLElement> {
  const sections = await need(api.GET('/api/v1/sections'));
  const section = sections.items.find((s) => s.slug === slug);
  const grid = h('div', { class: 'grid', 'data-region': 'section-teasers' });
  const more = h('button', { class: 'more', type: 'button' }, 'More stories') as HTMLButtonElement;
  const load = async (cursor?: string) => {
    const page = await need(api.GET('/api/v1/sections/{slug}/teasers', {
      params: { path: { slug }, query: { limit: 6, cursor } },
    }));
    grid.append(...page.items.map((t) => teaserCard(t)));
    more.hidden = !page.next;
    more.onclick = () => {
      more.disabled = true;
      load(page.next ?? undefined).finally(() => { more.disabled = false; });
    };
  };
  await load();
  document.title = `${section?.name ?? slug} | The Portmere Ledger`;
  return h('div', { class: 'section-front' },
    h('h1', {}, section?.name ?? slug),
    section?.description ? h('p', { class: 'standfirst' }, section.description) : null,
    grid, more);
}

export async function searchPage(q: string): Promise<HTMLElement> {
  document.title = `Search: ${q} | The Portmere Ledger`;
  if (!q.trim()) {
    return h('div', {}, h('h1', {}, 'Search'), h('p', {}, 'Type a few words in the search box.'));
  }
  const results = h('div', { class: 'results', 'data-region': 'search-results' });
  const more = h('button', { class: 'more', type: 'button' }, 'More results') as HTMLButtonElement;
  const load = async (cursor?: string) => {
    const page = await need(api.GET('/api/v1/search', { params: { query: { q, limit: 10, cursor } } }));
    results.append(...page.items.map((hit: Schemas['SearchResult']) => teaserCard(hit, snippet(hit.snippet ?? hit.teaser ?? ''))));
    if (!results.childElementCount) {
      results.append(h('p', {}, 'Nothing found.'));
    }
    more.hidden = !page.next;
    more.onclick = () => load(page.next ?? undefined);
  };
  await load();
  return h('div', { class: 'search' }, h('h1', {}, `Search results for “${q}”`), results, more);
}

export async function speakerPage(slug: string): Promise<HTMLElement> {
  const speaker = await need(api.GET('/api/v1/speakers/{slug}', { params: { path: { slug } } }));
  document.title = `${speaker.name} | The Portmere Ledger`;
  const list = h('ul', { class: 'quotes', 'data-region': 'speaker-quotes' });
  const more = h('button', { class: 'more', type: 'button' }, 'More quotes') as HTMLButtonElement;
  const load = async (cursor?: string) => {
    const page = await need(api.GET('/api/v1/quotes', { params: { query: { speaker: slug, limit: 10, cursor } } }));
    list.append(...page.items.map((q) => h('li', {},
      h('blockquote', {}, `“${q.text}”`),
      h('p', { class: 'meta' }, link(storyPath(q.article.slug), q.article.headline), ` · ${date(q.article.publishedAt)}`))));
    more.hidden = !page.next;
    more.onclick = () => load(page.next ?? undefined);
  };
  await load();
  return h('div', { class: 'speaker' },
    h('h1', {}, speaker.name),
    h('p', { class: 'standfirst' }, [speaker.role, speaker.organisation].filter(Boolean).join(', ')),
    speaker.description ? h('p', {}, speaker.description) : null,
    h('p', { class: 'meta' }, `${speaker.quoteCount} quote${speaker.quoteCount === 1 ? '' : 's'} in our stories`),
    list, more);
}
