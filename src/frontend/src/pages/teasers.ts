import type { Schemas } from '../api/client';
import { date, h, link } from '../dom';

type Teaser = Schemas['Teaser'] | Schemas['RelatedTeaser'] | Schemas['SearchResult'];

export function storyPath(slug: string): string {
  return `/story/${encodeURIComponent(slug)}`;
}

/** One teaser card: headline link, teaser text, section and date. */
export function teaserCard(teaser: Teaser, extra?: Node): HTMLElement {
  const image = teaser.leadImage?.url
    ? h('img', { src: teaser.leadImage.url, alt: teaser.leadImage.alt ?? '', loading: 'lazy' })
    : null;
  return h('article', { class: 'teaser' },
    image,
    h('p', { class: 'kicker' }, teaser.section.name),
    h('h3', {}, link(storyPath(teaser.slug), teaser.headline)),
    extra ?? (teaser.teaser ? h('p', {}, teaser.teaser) : null),
    h('p', { class: 'meta' }, date(teaser.publishedAt)));
}
