// Drives the built site in headless Chromium against a running API (see test/run.sh).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const API = process.env.API_URL ?? 'http://127.0.0.1:8080';
const SITE = process.env.SITE_URL ?? 'http://localhost:5173';
const OTHER_ORIGIN = process.env.OTHER_ORIGIN_URL; // the same site on an origin the API does not allow
const ADMIN = process.env.ADMIN_TOKEN ?? 'dev-admin-token';
const SHOTS = process.env.SCREENSHOT_DIR ?? '../../target/screenshots';
const STORY = 'coalition-pushes-emergency-budget-through-first-reading-after-all-night-session';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

let browser;
let page;

async function api(path, init = {}) {
  const response = await fetch(`${API}/api/v1${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${ADMIN}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
  });
  return response;
}

async function openStory(slug = STORY) {
  await page.goto(`${SITE}/story/${slug}`);
  await page.waitForSelector('[data-region="headline"]');
}

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // A fresh profile each run, so no cache or cookie of an earlier run takes part.
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'newsdesk-site-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: DESKTOP,
  });
  page = browser.pages()[0] ?? await browser.newPage();
});

after(async () => {
  await browser?.close();
});

describe('story page', () => {
  test('shows every region of a demo story', async () => {
    const story = await (await api(`/articles/${STORY}`)).json();
    await openStory();
    assert.equal(await page.textContent('[data-region="headline"]'), story.headline);
    assert.equal(await page.textContent('[data-region="standfirst"]'), story.standfirst);
    assert.equal(await page.textContent('[data-region="dateline"]'), story.dateline.toUpperCase());
    assert.match(await page.textContent('[data-region="byline"]'), new RegExp(story.authors[0]));
    assert.ok((await page.$$('[data-region="body"] p')).length >= 3, 'body paragraphs');
    const quote = await page.textContent('[data-region="pull-quote"] cite');
    assert.ok(quote && quote.length > 3, 'a pull quote names its speaker');
    assert.ok((await page.$$('[data-region="rail"] .teaser')).length >= 1, 'section rail teasers');
    assert.match(await page.textContent('[data-region="rail"] h2'), /Politics/);
    assert.ok((await page.$$('[data-region="related"] .teaser .reason')).length >= 1, 'related stories with reasons');
    assert.match(await page.textContent('[data-region="review-summary"]'), /from \d+ review/);
    assert.ok(await page.$('[data-region="review-form"]'), 'review form');
    await page.screenshot({ path: join(SHOTS, 'story-desktop.png'), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.reload();
    await page.waitForSelector('[data-region="headline"]');
    await page.screenshot({ path: join(SHOTS, 'story-phone.png'), fullPage: true });
    await page.setViewportSize(DESKTOP);
  });

  test('takes a review, shows it pending, and shows it with the new summary once approved', async () => {
    const before = (await (await api(`/articles/${STORY}/reviews`)).json()).summary;
    await openStory();
    const title = `Steady account ${Date.now()}`;
    await page.selectOption('select[name="rating"]', '5');
    await page.fill('input[name="title"]', title);
    await page.fill('textarea[name="body"]', 'A patient, well sourced account of a long night in the chamber.');
    await page.fill('input[name="authorName"]', 'Oona Brackwater');
    await page.click('[data-region="review-form"] button[type="submit"]');
    await page.waitForSelector('[data-region="review-status"].pending');
    assert.match(await page.textContent('[data-region="review-status"]'), /pending/);

    const queue = await (await api(`/reviews?status=pending&article=${STORY}&limit=100`)).json();
    const mine = queue.items.find((r) => r.title === title);
    assert.ok(mine, 'the review waits in the moderation queue');
    const etag = (await api(`/reviews/${mine.id}`)).headers.get('etag');
    const approved = await api(`/reviews/${mine.id}`, {
      method: 'PATCH', headers: { 'If-Match': etag }, body: JSON.stringify({ status: 'approved' }),
    });
    assert.equal(approved.status, 200);

    await page.reload();
    await page.waitForSelector('[data-region="review-summary"]');
    assert.ok(await page.isVisible(`text=${title}`), 'the approved review is shown');
    assert.match(await page.textContent('[data-region="review-summary"]'), new RegExp(`from ${before.count + 1} review`));
  });

  test('shows the problem details of a refused review', async () => {
    await openStory();
    await page.fill('textarea[name="body"]', 'Too short');
    await page.fill('input[name="authorName"]', 'Oona Brackwater');
    await page.click('[data-region="review-form"] button[type="submit"]');
    await page.waitForSelector('[data-region="review-status"].refused');
    assert.ok(await page.textContent('[data-region="problem-title"]'));
    assert.match(await page.textContent('[data-region="review-status"] ul'), /body/);
  });

  test('follows a rail teaser to its story', async () => {
    await openStory();
    const teaser = await page.$('[data-region="rail"] .teaser h3 a');
    const headline = await teaser.textContent();
    await teaser.click();
    await page.waitForFunction((h) => document.querySelector('[data-region="headline"]')?.textContent === h, headline);
    assert.match(page.url(), /\/story\//);
  });

  test('opens a speaker from a pull quote', async () => {
    await openStory();
    const speaker = await page.textContent('[data-region="pull-quote"] cite a');
    await page.click('[data-region="pull-quote"] cite a');
    await page.waitForSelector('[data-region="speaker-quotes"] li');
    assert.equal(await page.textContent('h1'), speaker);
    assert.ok((await page.$$('[data-region="speaker-quotes"] li')).length >= 1);
  });

  test('revalidates with If-None-Match and reuses the answer on 304', async () => {
    const other = (await (await fetch(`${API}/api/v1/articles?section=world&limit=1`)).json()).items[0].slug;
    await openStory(other);
    const statuses = [];
    const listener = (response) => {
      if (response.url().includes(`/articles/${other}`) && response.request().method() === 'GET'
          && !response.url().includes('/reviews') && !response.url().includes('/quotes') && !response.url().includes('/related')) {
        statuses.push({ status: response.status(), sent: response.request().headers()['if-none-match'] });
      }
    };
    page.on('response', listener);
    await page.click('.kicker a');
    await page.waitForSelector('[data-region="section-teasers"] .teaser');
    await page.goBack();
    await page.waitForSelector('[data-region="headline"]');
    page.off('response', listener);
    assert.ok(statuses.some((s) => s.status === 304 && s.sent), `a 304 after If-None-Match: ${JSON.stringify(statuses)}`);
  });
});

describe('other pages', () => {
  test('a section front loads more teasers through the next cursor', async () => {
    await page.goto(`${SITE}/section/politics`);
    await page.waitForSelector('[data-region="section-teasers"] .teaser');
    const first = (await page.$$('[data-region="section-teasers"] .teaser')).length;
    assert.ok(first >= 1);
    if (await page.isVisible('button.more')) {
      await page.click('button.more');
      await page.waitForFunction((n) => document.querySelectorAll('[data-region="section-teasers"] .teaser').length > n, first);
    }
  });

  test('search shows highlighted snippets', async () => {
    await page.goto(SITE);
    await page.fill('.search-box input', 'budget');
    await page.press('.search-box input', 'Enter');
    await page.waitForSelector('[data-region="search-results"] .teaser');
    assert.ok((await page.$$('[data-region="search-results"] mark')).length >= 1, 'matches are marked');
    await page.screenshot({ path: join(SHOTS, 'search-desktop.png') });
  });

  test('an unknown story says so', async () => {
    await page.goto(`${SITE}/story/no-such-story-here`);
    await page.waitForSelector('[data-region="not-found"]');
  });

  test('a 429 tells the reader when to come back', async () => {
    await page.route(`${API}/api/v1/articles/**`, (route) => route.fulfill({
      status: 429, headers: { 'Retry-After': '30', 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After' },
      contentType: 'application/problem+json', body: JSON.stringify({ type: '/problems/rate-limited', title: 'Too Many Requests', status: 429 }),
    }));
    await page.goto(`${SITE}/story/${STORY}`);
    await page.waitForSelector('[data-region="rate-limited"]');
    assert.match(await page.textContent('[data-region="rate-limited"]'), /30 seconds/);
    await page.unrouteAll();
  });

  test('an unreachable API gives a message and a retry button', async () => {
    await page.route(`${API}/**`, (route) => route.abort('connectionrefused'));
    await page.goto(`${SITE}/story/${STORY}`);
    await page.waitForSelector('[data-region="api-down"] button');
    await page.unrouteAll();
    await page.click('[data-region="api-down"] button');
    await page.waitForSelector('[data-region="headline"]');
  });
});

describe('CORS from the browser', () => {
  test('the site reads ETag, Link and RateLimit headers of the API', async () => {
    await page.goto(SITE);
    const headers = await page.evaluate(async (api) => {
      const r = await fetch(`${api}/api/v1/articles?limit=1`);
      return ['etag', 'link', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'].map((h) => r.headers.get(h));
    }, API);
    assert.ok(headers.every((h) => h !== null), `readable headers: ${JSON.stringify(headers)}`);
  });

  test('the site reads Location of a created resource and the preflight lets its token through', async () => {
    await page.goto(SITE);
    const location = await page.evaluate(async ({ api, token }) => {
      const r = await fetch(`${api}/api/v1/articles`, {
        method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ headline: 'Browser-filed draft', section: 'politics', body: [{ type: 'paragraph', text: 'Filed from a page.' }] }),
      });
      return r.headers.get('location');
    }, { api: API, token: ADMIN });
    assert.match(location ?? '', /\/api\/v1\/articles\//);
  });

  test('an origin that is not allowed cannot read the API', { skip: !OTHER_ORIGIN && 'OTHER_ORIGIN_URL not set' }, async () => {
    await page.goto(OTHER_ORIGIN);
    const outcome = await page.evaluate(async (api) => {
      try {
        await fetch(`${api}/api/v1/articles?limit=1`);
        return 'read';
      } catch {
        return 'blocked';
      }
    }, API);
    assert.equal(outcome, 'blocked');
  });
});
