package io.newsdesk.article;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/** The limited inline markup of body text: cleaned on the way in, rendered as HTML or text on the way out. */
public final class Markup {
    private static final Safelist INLINE = Safelist.none()
            .addTags("em", "strong", "b", "i", "a", "br", "code", "sub", "sup", "q")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings()
            .prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);

    private Markup() {
    }

    /** Keeps only the allowed inline elements; scripts, styles, handlers and unsafe links are dropped. */
    public static String clean(String html) {
        if (html == null) {
            return null;
        }
        return Jsoup.clean(html.trim(), "", INLINE, COMPACT);
    }

    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }

    public static String escape(String text) {
        return text == null ? "" : Entities.escape(text);
    }

    /** What a quote block shows: the quoted words and who said them (role may be null). */
    public record PullQuote(String text, String speaker, String role) {
    }

    /** The body as one HTML fragment, with quote blocks left empty. */
    public static String html(List<BodyBlock> blocks) {
        return html(blocks, id -> null);
    }

    /**
     * The body as one HTML fragment.
     *
     * @param quotes what each quote block shows; null leaves the block empty (unknown or hidden quote)
     */
    public static String html(List<BodyBlock> blocks, Function<UUID, PullQuote> quotes) {
        StringBuilder out = new StringBuilder();
        for (BodyBlock block : blocks) {
            switch (block.type()) {
                case PARAGRAPH -> out.append("<p>").append(block.text()).append("</p>");
                case HEADING -> out.append("<h2>").append(block.text()).append("</h2>");
                case QUOTE -> {
                    out.append("<blockquote data-quote-id=\"").append(block.quoteId()).append("\">");
                    PullQuote quote = block.quoteId() == null ? null : quotes.apply(block.quoteId());
                    if (quote != null) {
                        out.append("<p>").append(escape(quote.text())).append("</p><footer><cite>")
                                .append(escape(quote.speaker())).append("</cite>");
                        if (quote.role() != null) {
                            out.append(", ").append(escape(quote.role()));
                        }
                        out.append("</footer>");
                    }
                    out.append("</blockquote>");
                }
                case IMAGE -> {
                    out.append("<figure><img src=\"").append(escape(block.url())).append("\" alt=\"")
                            .append(escape(block.alt() == null ? "" : block.alt())).append("\">");
                    if (block.caption() != null || block.credit() != null) {
                        out.append("<figcaption>").append(escape(block.caption() == null ? "" : block.caption()));
                        if (block.credit() != null) {
                            out.append(" <small>").append(escape(block.credit())).append("</small>");
                        }
                        out.append("</figcaption>");
                    }
                    out.append("</figure>");
                }
            }
        }
        return out.toString();
    }

    /** The body as plain text: one paragraph per line pair, markup removed. */
    public static String plain(List<BodyBlock> blocks) {
        StringBuilder out = new StringBuilder();
        for (BodyBlock block : blocks) {
            String line = switch (block.type()) {
                case PARAGRAPH, HEADING -> text(block.text());
                case IMAGE -> block.caption() == null ? null : text(block.caption());
                case QUOTE -> null;
            };
            if (line != null && !line.isBlank()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(line);
            }
        }
        return out.toString();
    }
}
