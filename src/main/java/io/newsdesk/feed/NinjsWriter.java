package io.newsdesk.feed;

import io.newsdesk.quote.Quotation;
import io.newsdesk.article.ArticleView;
import io.newsdesk.article.BlockType;
import io.newsdesk.article.BodyBlock;
import io.newsdesk.article.Markup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Writes a story as an IPTC ninjs 2.2 item. */
final class NinjsWriter {
    public static final String MEDIA_TYPE = "application/ninjs+json";
    private static final NinjsItem.Standard STANDARD = new NinjsItem.Standard("ninjs", "2.2", NinjsItem.SCHEMA);

    /** ninjs publication status. */
    public enum PubStatus {
        USABLE, WITHHELD, CANCELED;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private NinjsWriter() {
    }

    /**
     * @param status what partners may do with the story now; a canceled item is a withdrawal notice and
     *        carries no body
     * @param editorial whether the caller may see the editorial note
     */
    public static NinjsItem write(ArticleView story, PubStatus status, List<Quotation> quotations, Masthead masthead,
            boolean editorial) {
        boolean full = status != PubStatus.CANCELED;
        List<NinjsItem.Text> headlines = new ArrayList<>();
        headlines.add(new NinjsItem.Text("main", "text/plain", story.headline()));
        if (story.standfirst() != null) {
            headlines.add(new NinjsItem.Text("standfirst", "text/plain", story.standfirst()));
        }
        List<NinjsItem.Text> descriptions = story.teaser() == null ? List.of()
                : List.of(new NinjsItem.Text("teaser", "text/plain", story.teaser()));
        return new NinjsItem(Stories.urn(story.id()), STANDARD, "text", full ? "full" : "partial",
                Integer.toString(story.revision()), story.createdAt(), story.updatedAt(), story.embargoUntil(),
                status.wireName(), story.urgency(), story.language(), story.slug(), headlines,
                full ? descriptions : List.of(), full ? bodies(story) : List.of(),
                Stories.byline(story.authors()), story.dateline(), subjects(story), people(quotations),
                full ? pictures(story.body()) : List.of(), masthead.copyrightHolder(), masthead.copyrightNotice(),
                masthead.usageTerms(), editorial ? story.editorialNote() : null);
    }

    /**
     * The notice partners get of a story withdrawn after publication: which story and version, and that
     * it is canceled. Nothing of its text, which may have changed since it was public.
     */
    static NinjsItem withdrawn(java.util.UUID id, int revision) {
        return new NinjsItem(Stories.urn(id), STANDARD, "text", "partial", Integer.toString(revision), null, null,
                null, PubStatus.CANCELED.wireName(), null, null, null, List.of(), List.of(), List.of(), null, null,
                List.of(), List.of(), List.of(), null, null, null, null);
    }

    private static List<NinjsItem.Body> bodies(ArticleView story) {
        String running = Stories.runningText(story.body());
        int chars = Stories.charCount(running);
        int words = Stories.wordCount(running);
        return List.of(new NinjsItem.Body("main", "text/html", chars, words, Stories.html(story)),
                new NinjsItem.Body("main", "text/plain", chars, words, Markup.plain(story.body())));
    }

    private static List<NinjsItem.Concept> subjects(ArticleView story) {
        NinjsItem.Concept section = new NinjsItem.Concept(story.section().name(), "section", null,
                story.section().slug());
        return Stream.concat(Stream.of(section),
                story.tags().stream().map(tag -> new NinjsItem.Concept(tag, "tag", null, tag))).toList();
    }

    /** Each person quoted, once, in order of their first quotation. */
    private static List<NinjsItem.Concept> people(List<Quotation> quotations) {
        Map<String, NinjsItem.Concept> people = new LinkedHashMap<>();
        for (Quotation quotation : quotations) {
            people.putIfAbsent(quotation.speaker(),
                    new NinjsItem.Concept(quotation.speaker(), "quoted", quotation.uri(), null));
        }
        return List.copyOf(people.values());
    }

    private static List<NinjsItem.Picture> pictures(List<BodyBlock> body) {
        List<NinjsItem.Picture> pictures = new ArrayList<>();
        for (BodyBlock block : body) {
            if (block.type() != BlockType.IMAGE) {
                continue;
            }
            List<NinjsItem.Text> descriptions = new ArrayList<>();
            if (block.caption() != null) {
                descriptions.add(new NinjsItem.Text("caption", "text/plain", block.caption()));
            }
            if (block.alt() != null) {
                descriptions.add(new NinjsItem.Text("alt", "text/plain", block.alt()));
            }
            pictures.add(new NinjsItem.Picture("image-" + (pictures.size() + 1), block.url(), "picture",
                    block.credit(), descriptions, List.of(new NinjsItem.Rendition("original", block.url()))));
        }
        return pictures;
    }
}
