import { api, need, type Problem, type Schemas } from '../api/client';
import { date, h, link, stars, trusted } from '../dom';
import { teaserCard } from './teasers';

const REASONS: Record<string, string> = {
  editorial: "Editor's pick",
  'same-tags': 'On the same topic',
  'same-speaker': 'Quotes the same people',
  'same-section': 'More from this section',
  'similar-text': 'Similar story',
};

export async function storyPage(slug: string): Promise<HTMLElement> {
  const path = { article: slug };
  // The JSON representation: the contract also offers ninjs and JSON-LD at this address.
  const story = (await need(api.GET('/api/v1/articles/{article}', { params: { path } }))) as Schemas['Article'];
  const [quotes, rail, related, reviews] = await Promise.all([
    need(api.GET('/api/v1/articles/{article}/quotes', { params: { path } })),
    need(api.GET('/api/v1/sections/{slug}/teasers', { params: { path: { slug: story.section.slug }, query: { limit: 6 } } })),
    need(api.GET('/api/v1/articles/{article}/related', { params: { path, query: { limit: 4 } } })),
    need(api.GET('/api/v1/articles/{article}/reviews', { params: { path } })),
  ]);
  document.title = `${story.headline} | The Portmere Ledger`;
  const main = h('article', { class: 'story', 'data-region': 'story' },
    h('p', { class: 'kicker' }, link(`/section/${story.section.slug}`, story.section.name)),
    h('h1', { 'data-region': 'headline' }, story.headline),
    story.standfirst ? h('p', { class: 'standfirst', 'data-region': 'standfirst' }, story.standfirst) : null,
    h('p', { class: 'byline', 'data-region': 'byline' },
      story.dateline ? h('span', { class: 'dateline', 'data-region': 'dateline' }, story.dateline.toUpperCase()) : null,
      story.authors.length ? h('span', { class: 'authors' }, `By ${story.authors.join(' and ')}`) : null,
      h('time', { datetime: story.publishedAt ?? '' }, date(story.publishedAt))),
    h('div', { class: 'body', 'data-region': 'body' }, ...withPullQuotes(story.body, quotes.items)),
    relatedBox(related.items, story.id),
    reviewBox(slug, reviews));
  const aside = h('aside', { class: 'rail', 'data-region': 'rail' },
    h('h2', {}, story.section.name),
    ...rail.items.filter((t) => t.id !== story.id).slice(0, 5).map((t) => teaserCard(t)));
  return h('div', { class: 'story-layout' }, main, aside);
}

/**
 * The body's blocks, with its quote blocks as pull quotes; a story without quote blocks gets its first
 * two full quotes as pull quotes after the paragraphs they come from.
 */
function withPullQuotes(body: Schemas['BodyBlock'][], quotes: Schemas['Quote'][]): (HTMLElement | null)[] {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const placed = body.some((b) => b.type === 'quote');
  const extra = placed ? [] : quotes.filter((q) => !q.partial).slice(0, 2);
  return body.flatMap((block, i) => [bodyBlock(block, byId),
    ...extra.filter((q) => q.blockIndex === i).map((q) => pullQuote(q))]);
}

function pullQuote(quote: Schemas['Quote']): HTMLElement {
  const who = [quote.speaker.role, quote.speaker.organisation].filter(Boolean).join(', ');
  return h('blockquote', { class: 'pull-quote', 'data-region': 'pull-quote' },
    h('p', {}, `“${quote.text}”`),
    h('cite', {}, link(`/speaker/${quote.speaker.slug}`, quote.speaker.name), who ? ` — ${who}` : ''));
}

function bodyBlock(block: Schemas['BodyBlock'], quotes: Map<string, Schemas['Quote']>): HTMLElement | null {
  switch (block.type) {
    case 'paragraph':
      return trusted('p', block.text ?? '');
    case 'heading':
      return trusted('h2', block.text ?? '');
    case 'image':
      return h('figure', {}, h('img', { src: block.url ?? '', alt: block.alt ?? '' }),
        h('figcaption', {}, [block.caption, block.credit].filter(Boolean).join(' · ')));
    case 'quote': {
      const quote = block.quoteId ? quotes.get(block.quoteId) : undefined;
      return quote ? pullQuote(quote) : null;
    }
    default:
      return null;
  }
}

function relatedBox(items: Schemas['RelatedTeaser'][], self: string): HTMLElement {
  return h('section', { class: 'related', 'data-region': 'related' },
    h('h2', {}, 'Related stories'),
    items.length === 0 ? h('p', {}, 'No related stories yet.') : h('div', { class: 'grid' },
      ...items.filter((t) => t.id !== self).map((t) => teaserCard(t, h('p', { class: 'reason' }, REASONS[t.reason] ?? t.reason)))));
}

function reviewBox(slug: string, list: Schemas['ReviewList']): HTMLElement {
  const summary = list.summary;
  const box = h('section', { class: 'reviews', 'data-region': 'reviews' },
    h('h2', {}, 'Reader reviews'),
    h('p', { class: 'summary', 'data-region': 'review-summary' }, summary.count === 0
      ? 'No reviews yet.'
      : `${stars(summary.average ?? 0)} ${(summary.average ?? 0).toFixed(1)} from ${summary.count} review${summary.count === 1 ? '' : 's'}`),
    ...list.items.map((r) => h('div', { class: 'review' },
      h('p', { class: 'rating', 'aria-label': `${r.rating} out of 5` }, stars(r.rating)),
      r.title ? h('h3', {}, r.title) : null,
      h('p', {}, r.body),
      h('p', { class: 'meta' }, `${r.authorName} · ${date(r.createdAt)}`))));
  if (!list.closed) {
    box.append(reviewForm(slug));
  }
  return box;
}

function reviewForm(slug: string): HTMLElement {
  const status = h('div', { class: 'form-status', role: 'status', 'data-region': 'review-status' });
  const form = h('form', { class: 'review-form', 'data-region': 'review-form' },
    h('h3', {}, 'Leave a review'),
    h('label', {}, 'Rating', h('select', { name: 'rating', required: '' },
      ...[5, 4, 3, 2, 1].map((n) => h('option', { value: String(n) }, `${n} ★`)))),
    h('label', {}, 'Title', h('input', { name: 'title', maxlength: '200' })),
    h('label', {}, 'Your review', h('textarea', { name: 'body', rows: '4' })),
    h('label', {}, 'Your name', h('input', { name: 'authorName' })),
    h('label', { class: 'hp', 'aria-hidden': 'true' }, 'Website', h('input', { name: 'website', tabindex: '-1', autocomplete: 'off' })),
    h('button', { type: 'submit' }, 'Send review'),
    status) as HTMLFormElement;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const button = form.querySelector('button') as HTMLButtonElement;
    button.disabled = true;
    status.replaceChildren('Sending…');
    try {
      const { data: receipt, error, response } = await api.POST('/api/v1/articles/{article}/reviews', {
        params: { path: { article: slug } },
        body: {
          rating: Number(data.get('rating')),
          title: String(data.get('title') ?? '') || undefined,
          body: String(data.get('body') ?? ''),
          authorName: String(data.get('authorName') ?? ''),
          website: String(data.get('website') ?? '') || undefined,
        },
      });
      if (receipt) {
        status.className = 'form-status pending';
        status.replaceChildren(`Thank you. Your review is ${receipt.status}: it appears once a moderator approves it.`);
        form.reset();
      } else {
        showProblem(status, error as Problem, response);
      }
    } catch {
      status.className = 'form-status refused';
      status.replaceChildren('The news service cannot be reached; your review was not sent.');
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function showProblem(status: HTMLElement, problem: Problem, response: Response): void {
  status.className = 'form-status refused';
  const retry = response.headers.get('Retry-After');
  const parts: (Node | null)[] = [
    h('strong', { 'data-region': 'problem-title' }, problem?.title ?? `Refused (${response.status})`),
    problem?.detail ? h('p', {}, problem.detail) : null,
    retry ? h('p', {}, `Try again in ${retry} seconds.`) : null,
    problem?.errors?.length ? h('ul', {}, ...problem.errors.map((e) =>
      h('li', {}, `${(e.pointer ?? e.parameter ?? '').replace(/^\//, '')} ${e.message ?? ''}`.trim()))) : null];
  status.replaceChildren(...parts.filter((p): p is Node => p !== null));
}

