package io.newsdesk.feed;

import io.newsdesk.article.Audience;
import io.newsdesk.article.Visibility;

import io.newsdesk.article.StoryFormat.Rendered;

import io.newsdesk.quote.QuotedPeople;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.ArticleService;
import io.newsdesk.article.ArticleStatus;
import io.newsdesk.article.ArticleView;
import io.newsdesk.common.Time;
import io.newsdesk.common.Cursor;
import io.newsdesk.common.NewsdeskConfig;
import io.newsdesk.common.Page;
import io.newsdesk.common.DomainException;
import io.newsdesk.common.security.Caller;
import io.newsdesk.article.Section;
import io.newsdesk.article.SectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/** Finds the stories the syndication formats show, as the caller may see them. */
@ApplicationScoped
class SyndicationService {
    private final Clock clock;
    private final ArticleRepository articles;
    private final ArticleService stories;
    private final SectionRepository sections;
    private final SyndicationRepository syndication;
    private final QuotedPeople quotations;
    private final Caller caller;
    private final SyndicationConfig config;
    private final NewsdeskConfig newsdesk;

    public SyndicationService(ArticleRepository articles, ArticleService stories, SectionRepository sections,
            SyndicationRepository syndication, QuotedPeople quotations, Caller caller, SyndicationConfig config,
            NewsdeskConfig newsdesk, Clock clock) {
        this.clock = clock;
        this.config = config;
        this.newsdesk = newsdesk;
        this.articles = articles;
        this.stories = stories;
        this.sections = sections;
        this.syndication = syndication;
        this.quotations = quotations;
        this.caller = caller;
    }

    /**
     * One page of a feed's stories.
     *
     * @param section null for the feed of all sections
     * @param language the language the feed is limited to; null for all
     * @param updated when anything in the feed last changed
     */
    public record FeedPage(Section section, String language, Page<ArticleView> stories, Instant updated) {
    }

    /** The publisher and terms from configuration, with links on the configured public address. */
    public Masthead masthead() {
        return Masthead.of(config, newsdesk);
    }

    /**
     * A story as ninjs, to whoever {@link Visibility} shows it; editors see drafts as {@code withheld}.
     * Partners also get stories that were public and have since been unpublished or deleted, as
     * {@code canceled} items that carry nothing of the current text, so they can withdraw their copies.
     */
    @Transactional
    public Rendered ninjs(String key, String language, Masthead masthead) {
        Article article = articles.findByKey(key, language).orElseThrow(() -> notFound(key));
        Audience audience = Audience.of(caller);
        Instant now = Time.now(clock);
        Visibility.Sight sight = Visibility.sight(audience, article, now);
        if (sight == Visibility.Sight.HIDDEN) {
            throw notFound(key);
        }
        if (sight == Visibility.Sight.WITHDRAWN && !audience.editorial()) {
            return new Rendered(NinjsWriter.withdrawn(article.id, article.revision), article.updatedAt, article.revision,
                    article.id, article.section.slug);
        }
        ArticleView view = stories.view(article, audience.editorial(), ArticleView.Format.HTML);
        NinjsItem item = NinjsWriter.write(view, pubStatus(article, now), quotations.quotations(article.id), masthead,
                audience.editorial());
        return new Rendered(item, article.updatedAt, article.revision, article.id, article.section.slug);
    }

    /** A story as schema.org JSON-LD, to whoever may read its JSON. */
    @Transactional
    public Rendered jsonLd(String key, String language, Masthead masthead) {
        ArticleView view = stories.read(key, language, Audience.of(caller), ArticleView.Format.HTML)
                .orElseThrow(() -> notFound(key));
        return new Rendered(JsonLdWriter.write(view, quotations.quotations(view.id()), masthead), view.updatedAt(),
                view.revision(), view.id(), view.section().slug());
    }

    /**
     * The public stories of a feed, newest first, for anyone: feeds never show drafts, even to editors.
     * Partner keys limited to some sections see only those; another section's feed is not found.
     */
    @Transactional
    public FeedPage feed(String sectionSlug, String language, Cursor after, int limit) {
        Audience readers = Audience.of(caller).asReader();
        Section section = sectionSlug == null ? null
                : sections.findBySlug(sectionSlug).filter(s -> readers.mayRead(s.slug))
                        .orElseThrow(() -> DomainException.notFound("No section '" + sectionSlug + "'."));
        Instant now = Time.now(clock);
        ArticleRepository.Filter filter = new ArticleRepository.Filter(sectionSlug, null, null, language, null, null,
                null, readers, now);
        Page<ArticleView> page = stories.list(filter, after, limit,
                a -> stories.view(a, false, ArticleView.Format.HTML));
        // A scheduled story going public changes the feed without any write: its time counts as a change.
        Instant updated = Stream.concat(syndication.lastChange(sectionSlug, language, readers.sections(), now).stream(),
                page.items().stream().map(Stories::publicSince).filter(Objects::nonNull))
                .max(Comparator.naturalOrder())
                .orElse(section == null ? Instant.EPOCH : section.createdAt);
        return new FeedPage(section, language, page, updated);
    }

    /** What partners may do with a story the caller sees. */
    private static NinjsWriter.PubStatus pubStatus(Article article, Instant now) {
        if (Visibility.isPublic(article, now)) {
            return NinjsWriter.PubStatus.USABLE;
        }
        if (article.deleted() || article.status == ArticleStatus.UNPUBLISHED) {
            return NinjsWriter.PubStatus.CANCELED;
        }
        // Published but under embargo: usable once the embargoed time has passed.
        return article.statusAt(now) == ArticleStatus.PUBLISHED ? NinjsWriter.PubStatus.USABLE
                : NinjsWriter.PubStatus.WITHHELD;
    }

    private static DomainException notFound(String key) {
        return DomainException.notFound("No published article '" + key + "'.");
    }
}
