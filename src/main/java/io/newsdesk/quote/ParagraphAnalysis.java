package io.newsdesk.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The speaker-independent facts of one paragraph: where its quotes and sentences are, which quotes are
 * partial, and which words attribute each quote. Resolving those words to people happens in
 * {@link QuoteExtractor}, because it depends on what earlier paragraphs said.
 */
final class ParagraphAnalysis {

    /** A sentence as a half-open character range; quotes count as single units, so "A. B." inside marks is one sentence. */
    record Sentence(int start, int end) {
    }

    /** One quote with what this paragraph alone can tell about it. */
    static final class QuoteFacts {
        final QuoteSpan span;
        final Sentence sentence;
        final boolean partial;
        final SpeakerPhrase attribution;
        final boolean opensParagraph;
        /** For a title or name in quotation marks, the noun before it ("фильм", "энергокомпании"); else null. */
        String titleNoun;
        Attribution speaker;
        /** The person introduced in running text before this quote and since the last attribution, if any. */
        Attribution introduced;
        ExtractedQuote.Evidence introducedBy;
        /** What the speaker rests on, and how sure of it extraction is (see {@link QuoteExtractor}). */
        ExtractedQuote.Evidence evidence;
        double confidence;

        QuoteFacts(QuoteSpan span, Sentence sentence, boolean partial, SpeakerPhrase attribution, boolean opensParagraph) {
            this.span = span;
            this.sentence = sentence;
            this.partial = partial;
            this.attribution = attribution;
            this.opensParagraph = opensParagraph;
        }
    }

    final String text;
    private final String masked;
    private final List<QuoteSpan> spans;
    private final TokenizedText tokens;
    private final PhraseReader reader;
    final List<Sentence> sentences;
    final List<QuoteFacts> quotes = new ArrayList<>();

    ParagraphAnalysis(String text) {
        this.text = text;
        this.spans = QuoteMarks.find(text);
        this.masked = QuoteMarks.mask(text, spans);
        this.tokens = new TokenizedText(masked);
        this.reader = new PhraseReader(tokens);
        this.sentences = splitSentences();
        for (int i = 0; i < spans.size(); i++) {
            quotes.add(analyse(i));
        }
    }

    /** The words inside a quote's marks. */
    String quoted(QuoteFacts quote) {
        return text.substring(quote.span.innerStart(), quote.span.innerEnd()).strip();
    }

    /** Where a phrase of this paragraph is, as evidence for an attribution. */
    ExtractedQuote.Evidence evidence(SpeakerPhrase phrase, int block, ExtractedQuote.Basis basis) {
        if (phrase.endToken() <= phrase.firstToken()) {
            return null;
        }
        int start = tokens.get(phrase.firstToken()).start();
        int end = tokens.get(phrase.endToken() - 1).end();
        return new ExtractedQuote.Evidence(text.substring(start, end), block, start, end, basis);
    }

    /** Phrases in the sentence's running text (outside quotes) that may introduce or mention speakers. */
    List<SpeakerPhrase> mentions(Sentence sentence) {
        return reader.mentions(sentence.start(), sentence.end());
    }

    // ---------------------------------------------------------------- per quote

    private QuoteFacts analyse(int index) {
        QuoteSpan span = spans.get(index);
        Sentence sentence = sentenceAt(span.open());
        QuoteSpan previous = index > 0 ? spans.get(index - 1) : null;
        QuoteSpan next = index + 1 < spans.size() ? spans.get(index + 1) : null;
        // The head is the clause before the quote, the tail the text after it; both stop at the sentence
        // boundary or at a neighbouring quote, so that `"A," X said, "B."` gives both quotes the same speaker.
        int headStart = previous != null && previous.afterClose() > sentence.start() ? previous.afterClose() : sentence.start();
        int tailEnd = next != null && next.open() < sentence.end() ? next.open() : sentence.end();

        SpeakerPhrase tail = span.runsOn() ? null : reader.afterQuote(span.afterClose(), tailEnd);
        boolean partial = isPartial(span, sentence, tail);
        // "as X put it", "по словам X": a clause that names the source of the whole sentence.
        SpeakerPhrase source = reader.sourceClause(sentence.start(), sentence.end());
        SpeakerPhrase attribution;
        if (partial) {
            // A fragment belongs to the subject of its sentence ("The ministry called the measures "provocative"").
            attribution = firstNonNull(
                    source,
                    reader.sentenceSubject(sentence.start(), span.open(), true),
                    tail,
                    reader.nearestVerbSubject(sentence.start(), span.open()));
        } else {
            SpeakerPhrase head = reader.beforeQuote(sentence.start(), headStart, span.open());
            boolean colon = masked.substring(headStart, span.open()).stripTrailing().endsWith(":");
            // An introducing colon is explicit; otherwise the usual news order is quote first, then "X said".
            attribution = colon && head != null ? head : firstNonNull(tail, source, head);
        }
        boolean opensParagraph = masked.substring(0, span.open()).isBlank();
        String titleNoun = partial ? titleNoun(span) : null;
        QuoteFacts facts = new QuoteFacts(span, sentence, partial, titleNoun == null ? attribution : null, opensParagraph);
        facts.titleNoun = titleNoun;
        return facts;
    }

    /**
     * The noun right before a capitalised quotation that makes it a title or a name rather than anyone's words
     * ("the documentary "The Salt Road"", "компании «Северные сети»"), or null.
     */
    private String titleNoun(QuoteSpan span) {
        int before = tokens.firstAtOrAfter(span.open()) - 1;
        String quoted = text.substring(span.innerStart(), span.innerEnd()).strip();
        if (before < 0 || span.runsOn() || quoted.isEmpty() || !Character.isUpperCase(quoted.charAt(0))
                || !masked.substring(tokens.get(before).end(), span.open()).isBlank()) {
            return null;
        }
        String noun = tokens.word(before);
        return Lexicon.isTitleNoun(noun) ? noun : null;
    }

    /**
     * A quote is partial (a scare quote or fragment) when it is woven into the sentence: a word runs straight
     * into its opening mark ("called the measures "provocative"") or a word that is not an attribution follows
     * its closing mark. `He said "We are ready."` is not partial: a speech verb introducing a capitalised
     * quote is the sloppy form of a colon.
     */
    private boolean isPartial(QuoteSpan span, Sentence sentence, SpeakerPhrase tail) {
        int before = span.open() - 1;
        while (before >= sentence.start() && Character.isWhitespace(masked.charAt(before))) {
            before--;
        }
        boolean wordBefore = before >= sentence.start() && Character.isLetterOrDigit(masked.charAt(before));
        if (wordBefore) {
            int tokenIndex = tokens.firstAtOrAfter(before + 1) - 1;
            String quoted = text.substring(span.innerStart(), span.innerEnd()).strip();
            if (tokenIndex >= 0 && Lexicon.isSpeechVerb(tokens.word(tokenIndex))
                    && !quoted.isEmpty() && Character.isUpperCase(quoted.charAt(0))) {
                wordBefore = false;
            }
        }
        if (wordBefore) {
            return true;
        }
        if (span.runsOn()) {
            return false;
        }
        int after = span.afterClose();
        while (after < masked.length() && Character.isWhitespace(masked.charAt(after))) {
            after++;
        }
        return after < masked.length() && Character.isLowerCase(masked.charAt(after)) && tail == null;
    }

    // ---------------------------------------------------------------- sentences

    /**
     * Splits the masked paragraph into sentences. Sentence ends inside quotes are invisible (masked), so a
     * multi-sentence quote stays whole. A quote ending in . ! or ? ends its sentence unless an attribution
     * follows it (`"Why now?" asked Miller.` is one sentence; `"We are done." Miller left.` is two).
     */
    private List<Sentence> splitSentences() {
        TreeSet<Integer> cuts = new TreeSet<>();
        int n = masked.length();
        for (int i = 0; i < n; i++) {
            char c = masked.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(i)) {
                cuts.add(i + 1);
            }
        }
        for (int q = 0; q < spans.size(); q++) {
            QuoteSpan span = spans.get(q);
            if (span.runsOn() || !endsWithTerminalPunctuation(text.substring(span.innerStart(), span.innerEnd()))) {
                continue;
            }
            int k = skipSpaces(span.afterClose());
            if (k >= n) {
                continue;
            }
            char next = masked.charAt(k);
            int tailEnd = q + 1 < spans.size() ? spans.get(q + 1).open() : n;
            if (QuoteMarks.isOpening(next)
                    || (Character.isUpperCase(next) && reader.afterQuote(span.afterClose(), tailEnd) == null)) {
                cuts.add(span.afterClose());
            }
        }
        List<Sentence> result = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            if (cut > start && cut < n) {
                result.add(new Sentence(start, cut));
                start = cut;
            }
        }
        result.add(new Sentence(start, n));
        return result;
    }

    private boolean endsSentence(int i) {
        int n = masked.length();
        int j = i + 1;
        while (j < n && masked.charAt(j) == ')') {
            j++;
        }
        if (j < n && !Character.isWhitespace(masked.charAt(j))) {
            return false;   // "2.4", "U.S.-led", a period before a closing mark is masked anyway
        }
        int k = skipSpaces(j);
        if (k < n) {
            char next = masked.charAt(k);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || QuoteMarks.isOpening(next))) {
                return false;
            }
        }
        return masked.charAt(i) != '.' || !isAbbreviationBefore(i);
    }

    private boolean isAbbreviationBefore(int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(masked.charAt(s - 1)) || masked.charAt(s - 1) == '.')) {
            s--;
        }
        String word = masked.substring(s, dot);
        return Lexicon.ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }

    private static boolean endsWithTerminalPunctuation(String quoted) {
        String s = quoted.stripTrailing();
        while (!s.isEmpty() && (s.endsWith("’") || s.endsWith("'"))) {
            s = s.substring(0, s.length() - 1);
        }
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") || s.endsWith("…");
    }

    private int skipSpaces(int i) {
        while (i < masked.length() && Character.isWhitespace(masked.charAt(i))) {
            i++;
        }
        return i;
    }

    private Sentence sentenceAt(int pos) {
        for (Sentence s : sentences) {
            if (pos >= s.start() && pos < s.end()) {
                return s;
            }
        }
        return sentences.get(sentences.size() - 1);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
