package io.newsdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void shouldKeepAllowedInlineMarkupOnly() {
        assertEquals("a <em>b</em> <strong>c</strong> d",
                Markup.clean("a <em>b</em> <strong style=\"x\">c</strong> <span>d</span>"));
        assertEquals("<a href=\"https://example.org/x\" rel=\"noopener\">link</a>",
                Markup.clean("<a href=\"https://example.org/x\" onclick=\"evil()\">link</a>"));
        assertEquals("<a rel=\"noopener\">x</a>", Markup.clean("<a href=\"javascript:alert(1)\">x</a>"));
        assertEquals("", Markup.clean("<script>alert(1)</script>"));
    }

    @Test
    void shouldEscapeTextThatLooksLikeMarkup() {
        assertEquals("5 &lt; 6 &amp; 7 &gt; 2", Markup.clean("5 < 6 & 7 > 2"));
    }

    @Test
    void shouldRenderBlocksAsHtmlAndPlainText() {
        UUID quote = UUID.fromString("00000000-0000-0000-0000-000000000001");
        List<BodyBlock> body = List.of(BodyBlock.paragraph("One &amp; <em>two</em>"),
                new BodyBlock(BlockType.HEADING, "Head", null, null, null, null, null),
                new BodyBlock(BlockType.QUOTE, null, quote, null, null, null, null),
                new BodyBlock(BlockType.IMAGE, null, null, "https://i.example.org/a.jpg?x=1&y=2", "Cap \"q\"", "Cred", null));
        assertEquals("<p>One &amp; <em>two</em></p><h2>Head</h2><blockquote data-quote-id=\"" + quote
                + "\"></blockquote><figure><img src=\"https://i.example.org/a.jpg?x=1&amp;y=2\" alt=\"\">"
                + "<figcaption>Cap &quot;q&quot; <small>Cred</small></figcaption></figure>", Markup.html(body));
        assertEquals("One & two\n\nHead\n\nCap \"q\"", Markup.plain(body));
    }

    @Test
    void shouldRenderQuoteBlocksWithTheirWordsAndSpeakerEscaped() {
        UUID known = UUID.fromString("00000000-0000-0000-0000-000000000002");
        UUID unknown = UUID.fromString("00000000-0000-0000-0000-000000000003");
        List<BodyBlock> body = List.of(new BodyBlock(BlockType.QUOTE, null, known, null, null, null, null),
                new BodyBlock(BlockType.QUOTE, null, unknown, null, null, null, null));
        String html = Markup.html(body, id -> id.equals(known)
                ? new Markup.PullQuote("Prices <will> fall", "Ada & Co", null) : null);
        assertEquals("<blockquote data-quote-id=\"" + known + "\"><p>Prices &lt;will&gt; fall</p><footer><cite>Ada &amp; Co"
                + "</cite></footer></blockquote><blockquote data-quote-id=\"" + unknown + "\"></blockquote>", html);
    }
}
