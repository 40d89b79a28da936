package io.newsdesk.feed;

import io.newsdesk.article.ArticleView;
import io.newsdesk.article.BodyBlock;
import io.newsdesk.article.Markup;
import java.util.List;

/** Writes a feed page as JSON Feed 1.1. */
final class JsonFeedWriter {
    public static final String MEDIA_TYPE = "application/feed+json";

    private JsonFeedWriter() {
    }

    public static JsonFeed write(Feed feed) {
        Masthead masthead = feed.masthead();
        List<JsonFeed.Item> items = feed.stories().stream().map(story -> item(story, masthead)).toList();
        return new JsonFeed(JsonFeed.VERSION, feed.title(), feed.homeUrl(), feed.feedUrl(), feed.description(),
                feed.nextUrl(), masthead.logo(), feed.language(),
                List.of(new JsonFeed.Author(masthead.publisher(), masthead.publisherUrl(), null)), items);
    }

    private static JsonFeed.Item item(ArticleView story, Masthead masthead) {
        return new JsonFeed.Item(Stories.urn(story.id()), masthead.pageUrl(story), story.headline(),
                Stories.html(story), Markup.plain(story.body()), Stories.summary(story),
                Stories.leadImage(story).map(BodyBlock::url).orElse(null), Stories.publicSince(story),
                story.updatedAt(), story.authors().stream().map(name -> new JsonFeed.Author(name, null, null)).toList(),
                story.tags(), story.language());
    }
}
