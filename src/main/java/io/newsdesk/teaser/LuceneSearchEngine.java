package io.newsdesk.teaser;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleService;
import io.newsdesk.article.Markup;
import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.util.BytesRef;

/**
 * Search for the embedded H2 database, on the Lucene index {@link LuceneIndex} keeps. It runs the
 * queries PostgreSQL's {@code websearch_to_tsquery} would (every word, "phrases", {@code -exclusions},
 * {@code or}), each story in its own language's configuration, and ranks by the same rule: every
 * query term counts by the weightiest field it occurs in, with PostgreSQL's weights for headline
 * (A), standfirst and teaser (B) and body (C); ties newest first, then by id.
 */
@ApplicationScoped
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class LuceneSearchEngine implements SearchEngine {
    private static final float HEAD_WEIGHT = 1.0f;
    private static final float LEAD_WEIGHT = 0.4f;
    private static final float BODY_WEIGHT = 0.2f;
    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
            new SortField(LuceneIndex.SORT_AT, SortField.Type.LONG, true),
            new SortField(LuceneIndex.ID, SortField.Type.STRING, true));
    private static final String SNIPPET_FIELD = "snippet";
    /** About the 30 words PostgreSQL's ts_headline shows (MaxWords=30). */
    private static final int SNIPPET_CHARS = 200;
    private static final int SNIPPET_WORDS = 30;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private final LuceneIndex index;
    private final ArticleService articles;

    LuceneSearchEngine(LuceneIndex index, ArticleService articles) {
        this.index = index;
        this.articles = articles;
    }

    @Override
    public List<Match> find(SearchQuery query, Scope scope, SearchCursor after, int limit) {
        if (scope.allowedSections() != null && scope.allowedSections().isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        boolean any = false;
        for (SearchLanguage language : SearchLanguage.values()) {
            Query branch = matching(query, language);
            if (branch != null) {
                matching.add(branch, Occur.SHOULD);
                any = true;
            }
        }
        if (!any) {
            return List.of();
        }
        BooleanQuery.Builder search = new BooleanQuery.Builder().add(matching.build(), Occur.MUST);
        // Public now, as Visibility has it: the index holds only live stories, and their public time is sort_at.
        long upper = LuceneIndex.nanos(scope.now());
        if (scope.until() != null) {
            upper = Math.min(upper, LuceneIndex.nanos(scope.until()) - 1);
        }
        long lower = scope.since() == null ? Long.MIN_VALUE : LuceneIndex.nanos(scope.since());
        search.add(LongPoint.newRangeQuery(LuceneIndex.SORT_AT, lower, upper), Occur.FILTER);
        if (scope.section() != null) {
            search.add(new TermQuery(new Term(LuceneIndex.SECTION, scope.section())), Occur.FILTER);
        }
        if (scope.allowedSections() != null) {
            search.add(new TermInSetQuery(LuceneIndex.SECTION, scope.allowedSections().stream().map(BytesRef::new).toList()),
                    Occur.FILTER);
        }
        if (scope.language() != null) {
            search.add(new TermQuery(new Term(LuceneIndex.LANGUAGE, scope.language())), Occur.FILTER);
        }
        Query built = search.build();
        Object[] position = after == null ? null : new Object[] {
            (float) after.score(), LuceneIndex.nanos(after.at()), new BytesRef(after.id().toString()) };
        TopFieldDocs top = index.search(searcher -> {
            int documents = searcher.getIndexReader().maxDoc();
            if (position == null || documents == 0) {
                return searcher.search(built, limit, ORDER, true);
            }
            // Sort values tied with the cursor's are its own story; the highest doc number skips it.
            return searcher.searchAfter(new FieldDoc(documents - 1, Float.NaN, position), built, limit, ORDER, true);
        });
        List<Match> matches = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            Object[] fields = ((FieldDoc) hit).fields;
            matches.add(new Match(UUID.fromString(((BytesRef) fields[2]).utf8ToString()), (Float) fields[0],
                    LuceneIndex.instant((Long) fields[1])));
        }
        return matches;
    }

    @Override
    public Map<UUID, String> snippets(SearchQuery query, List<Article> stories) {
        Map<UUID, String> snippets = new HashMap<>();
        for (Article story : stories) {
            String text = (story.standfirst == null ? "" : story.standfirst + "\n\n") + Markup.plain(story.body);
            snippets.put(story.id, snippet(SearchLanguage.of(story.language), text, query));
        }
        return snippets;
    }

    /**
     * About 30 words of {@code text} around where the query matches best, HTML-escaped, with the
     * matching words in {@code <mark>}; without a match, its first 30 words. What ts_headline gives.
     */
    static String snippet(SearchLanguage language, String text, SearchQuery query) {
        BooleanQuery.Builder marks = new BooleanQuery.Builder();
        for (SearchQuery.Term term : query.positives()) {
            Query marked = term(language, term, SNIPPET_FIELD);
            if (marked != null) {
                marks.add(marked, Occur.SHOULD);
            }
        }
        QueryScorer scorer = new QueryScorer(marks.build(), SNIPPET_FIELD);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), SearchText::escapeHtml,
                scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, SNIPPET_CHARS));
        try {
            String best = highlighter.getBestFragment(language.analyzer(), SNIPPET_FIELD, text);
            return SearchText.oneLine(best == null ? opening(text) : best);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String opening(String text) {
        Matcher word = WORD.matcher(text);
        int end = 0;
        for (int i = 0; i < SNIPPET_WORDS && word.find(); i++) {
            end = word.end();
        }
        return SearchText.escapeHtml(text.substring(0, end));
    }

    /**
     * The query in one configuration, over the fields of stories in that configuration: the
     * alternatives of an {@code or}, each requiring its words and phrases and refusing its
     * exclusions. Words that configuration ignores (stop words) are dropped as PostgreSQL drops
     * them; null when nothing is left to look for.
     */
    private static Query matching(SearchQuery query, SearchLanguage language) {
        BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
        boolean any = false;
        for (List<SearchQuery.Term> group : query.groups()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            boolean positive = false;
            boolean negative = false;
            for (SearchQuery.Term term : group) {
                Query found = weighted(language, term);
                if (found == null) {
                    continue;
                }
                all.add(found, term.negated() ? Occur.MUST_NOT : Occur.MUST);
                positive |= !term.negated();
                negative |= term.negated();
            }
            if (!positive && negative) {
                // "-word" alone in an alternative: like websearch_to_tsquery, every story without it.
                all.add(new BoostQuery(new ConstantScoreQuery(new MatchAllDocsQuery()), 0f), Occur.MUST);
            }
            if (positive || negative) {
                alternatives.add(all.build(), Occur.SHOULD);
                any = true;
            }
        }
        return any ? alternatives.build() : null;
    }

    /** A term anywhere in a story, scoring the weight of the weightiest field it occurs in. */
    private static Query weighted(SearchLanguage language, SearchQuery.Term term) {
        Query head = term(language, term, language.field(LuceneIndex.HEAD));
        if (head == null) {
            return null;
        }
        return new DisjunctionMaxQuery(List.of(
                new BoostQuery(new ConstantScoreQuery(head), HEAD_WEIGHT),
                new BoostQuery(new ConstantScoreQuery(term(language, term, language.field(LuceneIndex.LEAD))), LEAD_WEIGHT),
                new BoostQuery(new ConstantScoreQuery(term(language, term, language.field(LuceneIndex.BODY))), BODY_WEIGHT)),
                0f);
    }

    /**
     * A word or phrase in one field, analysed as the field is: a phrase keeps the gaps its stop words
     * leave, as PostgreSQL's phrase operator does. Null when the configuration keeps none of its words.
     */
    private static Query term(SearchLanguage language, SearchQuery.Term term, String field) {
        List<String> tokens = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream stream = language.analyzer().tokenStream(field, String.join(" ", term.words()))) {
            CharTermAttribute text = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(text.toString());
                positions.add(position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            phrase.add(new Term(field, tokens.get(i)), positions.get(i) - positions.get(0));
        }
        return phrase.build();
    }
}
