import './style.css';
import { api, ApiFailure, need } from './api/client';
import { h, link } from './dom';
import { homePage, searchPage, sectionPage, speakerPage } from './pages/lists';
import { storyPage } from './pages/story';

const app = document.getElementById('app') as HTMLElement;

function route(url: URL): () => Promise<HTMLElement> {
  const [, kind, slug] = url.pathname.split('/').map(decodeURIComponent);
  switch (kind) {
    case 'story': return () => storyPage(slug);
    case 'section': return () => sectionPage(slug);
    case 'speaker': return () => speakerPage(slug);
    case 'search': return () => searchPage(url.searchParams.get('q') ?? '');
    case '': case undefined: return homePage;
    default: return () => Promise.reject(new ApiFailure('not-found'));
  }
}

async function render(): Promise<void> {
  const url = new URL(location.href);
  app.setAttribute('aria-busy', 'true');
  app.replaceChildren(h('div', { class: 'loading', 'data-region': 'loading' }, h('span', { class: 'spinner' }), 'Loading…'));
  try {
    app.replaceChildren(await route(url)());
  } catch (failure) {
    app.replaceChildren(failurePage(failure));
  } finally {
    app.removeAttribute('aria-busy');
    window.scrollTo(0, 0);
  }
}

function failurePage(failure: unknown): HTMLElement {
  const f = failure instanceof ApiFailure ? failure : new ApiFailure('down');
  const retry = h('button', { type: 'button' }, 'Try again');
  retry.addEventListener('click', () => render());
  document.title = 'The Portmere Ledger';
  switch (f.kind) {
    case 'not-found':
      return h('div', { class: 'failure', 'data-region': 'not-found' },
        h('h1', {}, 'Page not found'), h('p', {}, 'This story does not exist or is no longer published.'),
        link('/', 'Back to the front page'));
    case 'rate-limited':
      return h('div', { class: 'failure', 'data-region': 'rate-limited' },
        h('h1', {}, 'Too many requests'),
        h('p', {}, `You are reading faster than we can serve. Try again in ${f.retryAfter} seconds.`), retry);
    case 'down':
      return h('div', { class: 'failure', 'data-region': 'api-down' },
        h('h1', {}, 'The news service is unavailable'),
        h('p', {}, 'We cannot reach our stories right now. Please try again in a moment.'), retry);
    default:
      return h('div', { class: 'failure', 'data-region': 'problem' },
        h('h1', {}, f.problem?.title ?? 'Something went wrong'), h('p', {}, f.problem?.detail ?? ''), retry);
  }
}

async function navigation(): Promise<void> {
  const nav = document.getElementById('sections') as HTMLElement;
  try {
    const sections = await need(api.GET('/api/v1/sections'));
    nav.replaceChildren(...sections.items.filter((s) => s.storyCount > 0).map((s) => link(`/section/${s.slug}`, s.name)));
  } catch {
    nav.replaceChildren();
  }
}

document.addEventListener('click', (event) => {
  const anchor = (event.target as Element).closest('a[data-link], a.brand');
  if (anchor instanceof HTMLAnchorElement && anchor.origin === location.origin && !event.metaKey && !event.ctrlKey) {
    event.preventDefault();
    history.pushState(null, '', anchor.href);
    render();
  }
});
document.querySelector('.search-box')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = new FormData(event.target as HTMLFormElement).get('q');
  history.pushState(null, '', `/search?q=${encodeURIComponent(String(q ?? ''))}`);
  render();
});
window.addEventListener('popstate', () => render());

navigation();
render();
