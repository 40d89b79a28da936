package io.newsdesk.teaser;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The text search configuration of a story's language, chosen as PostgreSQL's
 * {@code newsdesk_search_config} chooses it (migration V40): Snowball stemming and stop words for
 * English and Russian, every other language word for word. The embedded engine analyses a story
 * and a query about it in the same configuration.
 */
enum SearchLanguage {
    ENGLISH("english"), RUSSIAN("russian"), SIMPLE("simple");

    /** PostgreSQL's {@code english.stop}, the Snowball list: Lucene's own English list is shorter. */
    private static final CharArraySet ENGLISH_STOP_WORDS = new CharArraySet(List.of("i", "me", "my", "myself", "we",
            "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself",
            "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves",
            "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be",
            "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "a", "an", "the", "and",
            "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about", "against",
            "between", "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down",
            "in", "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when",
            "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no",
            "nor", "not", "only", "own", "same", "so", "than", "too", "very", "s", "t", "can", "will", "just", "don",
            "should", "now"), false);

    private final String config;
    private final Analyzer analyzer;

    SearchLanguage(String config) {
        this.config = config;
        this.analyzer = analyzer(config);
    }

    static SearchLanguage of(String language) {
        String tag = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (tag.equals("en") || tag.startsWith("en-")) {
            return ENGLISH;
        }
        if (tag.equals("ru") || tag.startsWith("ru-")) {
            return RUSSIAN;
        }
        return SIMPLE;
    }

    /** The configuration a field of {@link #field(String)} is analysed in. */
    static SearchLanguage ofField(String field) {
        for (SearchLanguage language : values()) {
            if (field.endsWith("." + language.config)) {
                return language;
            }
        }
        return SIMPLE;
    }

    /** The name of one of a story's text fields in the index, analysed in this configuration. */
    String field(String name) {
        return name + "." + config;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    private static Analyzer analyzer(String config) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream words = new LowerCaseFilter(source);
                words = switch (config) {
                    case "english" -> new SnowballFilter(
                            new StopFilter(new EnglishPossessiveFilter(words), ENGLISH_STOP_WORDS), new EnglishStemmer());
                    case "russian" -> new SnowballFilter(new StopFilter(words, RussianAnalyzer.getDefaultStopSet()),
                            new RussianStemmer());
                    default -> words;
                };
                return new TokenStreamComponents(source, words);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}
