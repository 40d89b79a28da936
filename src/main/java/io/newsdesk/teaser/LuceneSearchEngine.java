package io.newsdesk.teaser;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleService;
import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.Bits;
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
    /** About the 30 words PostgreSQL's ts_headline shows (MaxWords=30). */
    private static final int SNIPPET_CHARS = 200;
    private static final int SNIPPET_WORDS = 30;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    /** The passage escaped as SearchText escapes, each match in {@code <mark>}. */
    private static final PassageFormatter MARKED = new PassageFormatter() {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder out = new StringBuilder();
            for (Passage passage : passages) {
                int at = passage.getStartOffset();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = Math.max(passage.getMatchStarts()[i], passage.getStartOffset());
                    int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
                    if (start < at || end <= start) {
                        continue;
                    }
                    out.append(SearchText.escapeHtml(content.substring(at, start))).append("<mark>")
                            .append(SearchText.escapeHtml(content.substring(start, end))).append("</mark>");
                    at = end;
                }
                out.append(SearchText.escapeHtml(content.substring(at, passage.getEndOffset())));
            }
            return out.toString();
        }
    };

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
        return stories.isEmpty() ? Map.of() : index.search(searcher -> snippets(searcher, query, stories));
    }

    /**
     * About 30 words of each story around where the query matches best, HTML-escaped, with the
     * matching words in {@code <mark>}; without a match, its first 30 words. What ts_headline gives.
     * The matches come from the offsets in the index's postings, the text from the story as loaded;
     * a story whose text the index does not hold as it is now (a write committed in between) gets
     * its opening words.
     */
    static Map<UUID, String> snippets(IndexSearcher searcher, SearchQuery query, List<Article> stories)
            throws IOException {
        Map<UUID, String> snippets = new HashMap<>();
        Map<SearchLanguage, Map<Integer, Article>> indexed = new EnumMap<>(SearchLanguage.class);
        Map<Article, String> texts = new HashMap<>();
        for (Article story : stories) {
            String text = LuceneIndex.snippetText(story);
            texts.put(story, text);
            int doc = indexedDoc(searcher, story.id, LuceneIndex.snippetKey(text));
            if (doc >= 0) {
                indexed.computeIfAbsent(SearchLanguage.of(story.language), l -> new HashMap<>()).put(doc, story);
            }
        }
        for (Map.Entry<SearchLanguage, Map<Integer, Article>> group : indexed.entrySet()) {
            SearchLanguage language = group.getKey();
            String field = language.field(LuceneIndex.SNIPPET);
            Query marks = marks(query, language, field);
            if (marks == null) {
                continue;
            }
            Map<Integer, Article> byDoc = group.getValue();
            int[] docs = byDoc.keySet().stream().mapToInt(Integer::intValue).toArray();
            String[] marked = highlighter(searcher, language, doc -> texts.get(byDoc.get(doc)))
                    .highlightFields(new String[] {field}, marks, docs, new int[] {1}).get(field);
            for (int i = 0; i < docs.length; i++) {
                if (marked[i] != null) {
                    snippets.put(byDoc.get(docs[i]).id, SearchText.oneLine(marked[i]));
                }
            }
        }
        for (Article story : stories) {
            snippets.computeIfAbsent(story.id, id -> SearchText.oneLine(opening(texts.get(story))));
        }
        return snippets;
    }

    /** The live document of a story in the index when it holds this text of it; else -1. */
    private static int indexedDoc(IndexSearcher searcher, UUID id, long key) throws IOException {
        BytesRef term = new BytesRef(id.toString());
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(LuceneIndex.ID);
            TermsEnum ids = terms == null ? null : terms.iterator();
            if (ids == null || !ids.seekExact(term)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum docs = ids.postings(null, PostingsEnum.NONE);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    NumericDocValues keys = leaf.reader().getNumericDocValues(LuceneIndex.SNIPPET_KEY);
                    return keys != null && keys.advanceExact(doc) && keys.longValue() == key ? leaf.docBase + doc : -1;
                }
            }
        }
        return -1;
    }

    /** The words and phrases a reader looked for, in one configuration's snippet field; null when none is left. */
    private static Query marks(SearchQuery query, SearchLanguage language, String field) {
        BooleanQuery.Builder marks = new BooleanQuery.Builder();
        boolean any = false;
        for (SearchQuery.Term term : query.positives()) {
            Query marked = term(language, term, field);
            if (marked != null) {
                marks.add(marked, Occur.SHOULD);
                any = true;
            }
        }
        return any ? marks.build() : null;
    }

    /**
     * One passage of about {@link #SNIPPET_CHARS} characters centred on the best matches; a phrase is
     * marked only where it occurs as a whole, and each of its words on its own, as ts_headline does.
     * The text of each document comes from {@code texts}, not from the index.
     */
    private static UnifiedHighlighter highlighter(IndexSearcher searcher, SearchLanguage language,
            IntFunction<String> texts) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, language.analyzer())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
                .withHighlightPhrasesStrictly(true)
                .withWeightMatches(false)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(0)
                .withFormatter(MARKED);
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    values.add(new CharSequence[] {texts.apply(doc)});
                }
                return values;
            }
        };
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
