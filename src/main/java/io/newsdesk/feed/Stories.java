package io.newsdesk.feed;

import io.newsdesk.article.Visibility;

import io.newsdesk.article.ArticleView;
import io.newsdesk.article.BlockType;
import io.newsdesk.article.BodyBlock;
import io.newsdesk.article.Markup;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** What every syndication format reads off a story the same way. */
final class Stories {
    private Stories() {
    }

    /** The story's identifier in every format: it names the story, not a revision, so it survives edits. */
    static String urn(UUID id) {
        return "urn:uuid:" + id;
    }

    /** When readers could first see the story: its publication time, or the end of its embargo if later. */
    static Instant publicSince(ArticleView story) {
        return Visibility.publicFrom(story.publishedAt(), story.embargoUntil());
    }

    /**
     * The body as HTML: the view's own rendering when it has one (it shows quote blocks with their
     * words and speaker), else rendered here from the blocks.
     */
    static String html(ArticleView story) {
        return story.bodyHtml() != null ? story.bodyHtml() : Markup.html(story.body());
    }

    /** The summary a partner shows under the headline: standfirst, else the explicit teaser. */
    static String summary(ArticleView story) {
        return story.standfirst() != null ? story.standfirst() : story.teaser();
    }

    static String byline(List<String> authors) {
        return authors.isEmpty() ? null : String.join(", ", authors);
    }

    static Optional<BodyBlock> leadImage(ArticleView story) {
        return story.body().stream().filter(b -> b.type() == BlockType.IMAGE).findFirst();
    }

    /** The running text of the story, paragraphs and headings only: what word and character counts count. */
    static String runningText(List<BodyBlock> body) {
        return body.stream().filter(b -> b.type() == BlockType.PARAGRAPH || b.type() == BlockType.HEADING)
                .map(b -> Markup.text(b.text()).strip()).filter(t -> !t.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }

    /** Words as a reader counts them: runs of letters or digits, in any script. */
    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(cp);
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar || (inWord && (cp == '\'' || cp == '’' || cp == '-'));
            i += Character.charCount(cp);
        }
        return words;
    }

    /** Characters as a reader counts them (code points, not UTF-16 units), paragraph breaks excluded. */
    static int charCount(String text) {
        String joined = text.replace("\n\n", "");
        return joined.codePointCount(0, joined.length());
    }

    /**
     * Removes what XML 1.0 cannot carry at all (control characters, unpaired surrogates, U+FFFE/F):
     * escaping cannot save them, and a feed that contains one does not parse.
     */
    static String xmlSafe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }
}
