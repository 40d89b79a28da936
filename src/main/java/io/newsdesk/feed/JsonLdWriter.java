package io.newsdesk.feed;

import io.newsdesk.quote.Quotation;
import io.newsdesk.article.ArticleView;
import io.newsdesk.article.BodyBlock;
import io.newsdesk.article.Markup;
import java.util.List;

/** Writes a story as a schema.org NewsArticle in JSON-LD. */
final class JsonLdWriter {
    public static final String MEDIA_TYPE = "application/ld+json";

    private JsonLdWriter() {
    }

    public static NewsArticle write(ArticleView story, List<Quotation> quotations, Masthead masthead) {
        NewsArticle.Party publisher = new NewsArticle.Party("Organization", null, masthead.publisher(), null,
                masthead.publisherUrl(), masthead.logo());
        NewsArticle.Party holder = masthead.copyrightHolder().equals(masthead.publisher()) ? publisher
                : new NewsArticle.Party("Organization", null, masthead.copyrightHolder(), null, null, null);
        List<String> images = story.body().stream().filter(b -> b.url() != null).map(BodyBlock::url).toList();
        return new NewsArticle("https://schema.org", "NewsArticle", masthead.apiUrl(story), Stories.urn(story.id()),
                masthead.pageUrl(story), story.headline(), Stories.summary(story), Markup.plain(story.body()),
                Stories.wordCount(Stories.runningText(story.body())), Stories.publicSince(story), story.updatedAt(),
                story.createdAt(), story.authors().stream().map(NewsArticle.Party::person).toList(), publisher,
                holder, masthead.copyrightNotice(), story.section().name(), story.tags(),
                story.language(), new NewsArticle.Page("WebPage", masthead.pageUrl(story)), images,
                story.dateline() == null ? null : new NewsArticle.Place("Place", story.dateline()),
                story.status().wireName(), quotations.stream().map(JsonLdWriter::quote).toList());
    }

    private static NewsArticle.Quote quote(Quotation quotation) {
        return new NewsArticle.Quote("Quotation", quotation.text(), new NewsArticle.Party("Person", quotation.uri(),
                quotation.speaker(), quotation.role(), null, null));
    }
}
