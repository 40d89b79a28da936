package io.newsdesk.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text forms the application derives from what editors write, for the loader's Latin-script
 * stories: slugs, the folded keys speakers and quotes are matched on, plain text, and the embedded
 * search copy. Kept apart from the application's own helpers so the loader only depends on the schema.
 */
final class Text {
    private static final int MAX_SLUG = 80;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private Text() {
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(plain(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("['\u2019]", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('-', MAX_SLUG);
            slug = slug.substring(0, cut > 20 ? cut : MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "story" : slug;
    }

    /** Lowercase, without accents or apostrophes, other punctuation as spaces, no leading "the". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['\u2019`]", "");
        String words = plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return words.startsWith("the ") ? words.substring(4) : words;
    }

    /** Inline markup removed (the loader writes no entities). */
    static String plain(String markup) {
        return markup == null ? "" : TAG.matcher(markup).replaceAll("");
    }

    /** The embedded search copy: {@code " word word … "}, lowercased. */
    static String searchCopy(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words.isEmpty() ? " " : " " + String.join(" ", words) + " ";
    }
}
