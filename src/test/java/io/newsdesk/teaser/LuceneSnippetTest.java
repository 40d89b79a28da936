package io.newsdesk.teaser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.article.Article;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The embedded engine's snippets: what PostgreSQL's ts_headline gives, from Lucene's highlighter,
 * on an index of the stories holding their snippet field as {@link LuceneIndex} writes it.
 */
class LuceneSnippetTest {

    private static String snippet(SearchLanguage language, String text, String q) {
        Article story = story(language, text);
        return snippets(language, List.of(story), List.of(story), q).get(story.id);
    }

    private static Article story(SearchLanguage language, String standfirst) {
        Article story = new Article();
        story.id = UUID.randomUUID();
        story.language = language == SearchLanguage.RUSSIAN ? "ru" : "en";
        story.standfirst = standfirst;
        return story;
    }

    private static Map<UUID, String> snippets(SearchLanguage language, List<Article> indexed, List<Article> shown,
            String q) {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(language.analyzer()))) {
                for (Article story : indexed) {
                    Document document = new Document();
                    document.add(new StringField(LuceneIndex.ID, story.id.toString(), Field.Store.NO));
                    LuceneIndex.snippetFields(language, story).forEach(document::add);
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return LuceneSearchEngine.snippets(new IndexSearcher(reader), SearchQuery.parse(q), shown);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldEscapeTextAndMarkEveryFormOfTheWord() {
        assertEquals("R&amp;D &lt;draft&gt; plans: <mark>Budgets</mark> rise, <mark>budget</mark> falls.",
                snippet(SearchLanguage.ENGLISH, "R&D <draft> plans: Budgets\n\nrise, budget falls.", "budget"));
    }

    @Test
    void shouldMarkPhrasesAsWholesOnly() {
        assertEquals("<mark>emergency</mark> <mark>budget</mark> and budget emergency",
                snippet(SearchLanguage.ENGLISH, "emergency budget and budget emergency", "\"emergency budget\""));
    }

    @Test
    void shouldNotMarkExcludedWords() {
        assertEquals("<mark>harbour</mark> and bridge",
                snippet(SearchLanguage.ENGLISH, "harbour and bridge", "harbour -bridge"));
    }

    @Test
    void shouldStemRussian() {
        assertEquals("Город без света после <mark>штормов</mark>.",
                snippet(SearchLanguage.RUSSIAN, "Город без света после штормов.", "шторм"));
    }

    @Test
    void shouldShowAPassageAroundTheMatchOrElseTheStart() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append("word").append(i).append(' ');
        }
        text.append("needle and then some more words after it");
        String around = snippet(SearchLanguage.ENGLISH, text.toString(), "needle");
        assertTrue(around.contains("<mark>needle</mark>"), around);
        assertTrue(around.split(" ").length <= 40, around);
        String start = snippet(SearchLanguage.ENGLISH, text.toString(), "absent");
        assertTrue(start.startsWith("word0 word1 word2"), start);
        assertEquals(30, start.split(" ").length, start);
    }

    @Test
    void shouldFindTheMatchFarIntoALongStoryAndKeepEachStoryToItsOwnText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append("filler").append(i).append(". ");
        }
        Article far = story(SearchLanguage.ENGLISH, text + "The ferry timetable changes in May.");
        Article near = story(SearchLanguage.ENGLISH, "Ferries return to the northern route.");
        Map<UUID, String> snippets = snippets(SearchLanguage.ENGLISH, List.of(near, far), List.of(far, near), "ferry");
        assertTrue(snippets.get(far.id).endsWith("The <mark>ferry</mark> timetable changes in May."), snippets.get(far.id));
        assertEquals("<mark>Ferries</mark> return to the northern route.", snippets.get(near.id));
    }

    @Test
    void shouldShowTheStartOfAStoryTheIndexDoesNotHoldYet() {
        Article held = story(SearchLanguage.ENGLISH, "Harbour works begin.");
        Article notYet = story(SearchLanguage.ENGLISH, "Harbour works end.");
        Map<UUID, String> snippets = snippets(SearchLanguage.ENGLISH, List.of(held), List.of(held, notYet), "harbour");
        assertEquals("<mark>Harbour</mark> works begin.", snippets.get(held.id));
        assertEquals("Harbour works end", snippets.get(notYet.id));
    }

    @Test
    void shouldNotMarkATextOtherThanTheOneIndexed() {
        Article story = story(SearchLanguage.ENGLISH, "Harbour works begin on the quay.");
        Map<UUID, String> indexed = snippets(SearchLanguage.ENGLISH, List.of(story), List.of(story), "quay");
        assertEquals("Harbour works begin on the <mark>quay</mark>.", indexed.get(story.id));
        Article edited = story(SearchLanguage.ENGLISH, "Quay closed.");
        edited.id = story.id;
        // The index still holds the text before the edit: its offsets do not fit the text now.
        Map<UUID, String> stale = snippets(SearchLanguage.ENGLISH, List.of(story), List.of(edited), "quay");
        assertEquals("Quay closed", stale.get(story.id));
    }
}
