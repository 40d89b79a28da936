package io.newsdesk.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads speaker phrases around quotes in a masked paragraph (see {@link QuoteMarks#mask}). The package-level
 * methods take a character range {@code [a, b)} of that paragraph; the private helpers work on half-open token
 * ranges {@code [from, to)} of its {@link TokenizedText}.
 *
 * <p>The reader only finds the words that name a speaker; deciding who they refer to is the job of
 * {@link SpeakerRegistry}.
 */
final class PhraseReader {

    /** Longest noun phrase we accept; longer runs are usually lists or headlines, not speakers. */
    private static final int MAX_PHRASE = 12;
    /** Longest apposition between commas ("Miller, who has chaired the committee since 2019, said"). */
    private static final int MAX_APPOSITION = 15;
    /** How far back from a quote a speech verb may sit in "X told a news conference in Y on Monday: "…"". */
    private static final int HEAD_WINDOW = 12;
    /** How many tokens into the sentence a leading adverbial may run ("In a statement, the ministry said"). */
    private static final int MAX_LEADING_ADVERBIAL = 8;

    private final TokenizedText t;

    PhraseReader(TokenizedText tokens) {
        this.t = tokens;
    }

    // ---------------------------------------------------------------- attribution patterns

    /**
     * Attribution right after a closing quote mark, up to {@code b}:
     * {@code "…," Miller said} / {@code "…," said Miller} / {@code "…," the spokesperson, Ana Ruiz, said} /
     * {@code "…," according to Miller}.
     */
    SpeakerPhrase afterQuote(int a, int b) {
        int from = t.firstAtOrAfter(a);
        int to = t.firstAtOrAfter(b);
        if (from >= to || !t.text().substring(a, t.get(from).start()).matches("[\\s,—–-]*")) {
            return null;
        }
        String first = t.word(from);
        boolean dash = t.text().substring(a, t.get(from).start()).matches(".*[—–].*");
        boolean verb = Lexicon.isSpeechVerb(first) || dash && Lexicon.looksLikeRussianPast(first);
        if (verb && !Lexicon.isCapitalised(first) && from + 1 < to && t.spaceBefore(from + 1)) {
            return phraseFrom(from + 1, to);                    // verb first: "said Miller"
        }
        if (isAccordingTo(from, to)) {
            return phraseFrom(from + 2, to);
        }
        return subjectThenVerb(from, to);                      // subject first: "Miller said"
    }

    /**
     * Attribution between the start of the clause ({@code a}) and an opening quote mark ({@code b}):
     * {@code Miller said: "…"} / {@code Miller told reporters in Kestrel: "…"} / {@code According to Miller, "…"}
     * / {@code Castell disagreed: "…"} (any clause ending in a colon introduces its subject's words).
     */
    SpeakerPhrase beforeQuote(int sentenceStart, int a, int b) {
        int from = t.firstAtOrAfter(a);
        int to = t.firstAtOrAfter(b);
        for (int v = to - 1; v >= from && v >= to - HEAD_WINDOW; v--) {
            String w = t.word(v);
            if (Lexicon.norm(w).equals("to") && v - 1 >= from && Lexicon.norm(t.word(v - 1)).equals("according")) {
                return phraseFrom(v + 1, to);
            }
            if (Lexicon.isSpeechVerb(w) || Lexicon.isParticiple(w)) {
                SpeakerPhrase subject = subjectBefore(v, from);
                if (subject != null) {
                    return subject;
                }
                // "Protesters carried banners and chanted "…"": a coordinated verb shares the sentence's
                // subject. Otherwise ("…, adding:") the caller falls back to the previous speaker.
                if (v - 1 >= from && Lexicon.norm(t.word(v - 1)).matches("and|but|then|yet") && t.spaceBefore(v)) {
                    return sentenceSubject(sentenceStart, b, false);
                }
                break;
            }
        }
        boolean colon = t.text().substring(a, b).stripTrailing().endsWith(":");
        return colon ? sentenceSubject(a, b, false) : null;
    }

    /**
     * The subject at the start of a sentence or clause beginning at {@code a}, e.g. "The ministry" in
     * {@code The ministry called the measures "provocative"}. A short leading adverbial ending in a comma is
     * skipped ("In a statement, …"). With {@code needVerb}, a speech or characterising verb must follow the
     * subject before {@code b}; this is what ties a scare quote to the sentence's subject.
     */
    SpeakerPhrase sentenceSubject(int a, int b, boolean needVerb) {
        int from = t.firstAtOrAfter(a);
        int to = t.firstAtOrAfter(b);
        if (from >= to || !t.text().substring(a, t.get(from).start()).isBlank()) {
            return null;   // the clause starts with something other than a word, e.g. another quote
        }
        int i = from;
        if (!startsPhrase(i)) {
            i = afterLeadingAdverbial(from, to);
            if (i < 0) {
                return null;
            }
        }
        SpeakerPhrase subject = phraseFrom(i, to);
        if (subject == null || (needVerb && !hasAttributingVerb(subject.endToken(), to))) {
            return null;
        }
        return subject;
    }

    /** Subject of the nearest attributing verb before {@code b} in a clause starting at {@code a}, or null. */
    SpeakerPhrase nearestVerbSubject(int a, int b) {
        int from = t.firstAtOrAfter(a);
        int to = t.firstAtOrAfter(b);
        for (int v = to - 1; v >= from; v--) {
            if (Lexicon.isAttributingVerb(t.word(v))) {
                SpeakerPhrase subject = subjectBefore(v, from);
                if (subject != null) {
                    return subject;
                }
            }
        }
        return null;
    }

    /** Noun phrases in a region that may introduce or mention people and organisations. */
    List<SpeakerPhrase> mentions(int a, int b) {
        int from = t.firstAtOrAfter(a);
        int to = t.firstAtOrAfter(b);
        List<SpeakerPhrase> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            SpeakerPhrase phrase = Lexicon.isPronoun(t.word(i)) ? null : phraseFrom(i, to);
            if (phrase != null) {
                found.add(phrase);
                // Continue inside the apposition rather than after it: in "Ostra Grain, whose director,
                // Lukas Behm, said" the apposition itself introduces "director, Lukas Behm".
                i = phrase.firstToken() + phrase.words().size();
            } else {
                i++;
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- subjects and appositions

    /** "Miller said", "Miller, 54, said", "the spokesperson for the airline, Marco Fiel, said" starting at {@code from}. */
    private SpeakerPhrase subjectThenVerb(int from, int to) {
        Range np = phraseAt(from, to);
        if (np == null) {
            return null;
        }
        if (verbFollows(np.end(), to, false)) {
            return new SpeakerPhrase(t.words(np.start(), np.end()), List.of(), np.start(), np.end());
        }
        SpeakerPhrase withApposition = phraseFrom(from, to);
        if (withApposition != null && !withApposition.apposition().isEmpty()
                && verbFollows(withApposition.endToken(), to, true)) {
            return withApposition;
        }
        return null;
    }

    /**
     * Whether a speech verb starts at token {@code k}, possibly after adverbs ("later said"). The first token
     * must follow a comma when the subject ended with an apposition, otherwise a space.
     */
    private boolean verbFollows(int k, int to, boolean afterComma) {
        if (k >= to || (afterComma ? !t.commaBefore(k) : !t.spaceBefore(k))) {
            return false;
        }
        while (k < to && Lexicon.ADVERBS.contains(Lexicon.norm(t.word(k)))) {
            k++;
            if (k < to && !t.spaceBefore(k)) {
                return false;
            }
        }
        return k < to && (Lexicon.isSpeechVerb(t.word(k)) || Lexicon.looksLikePastTense(t.word(k)))
                && !Lexicon.isCapitalised(t.word(k));
    }

    /** The phrase that ends right before the verb at {@code verb} (skipping adverbs and an apposition). */
    private SpeakerPhrase subjectBefore(int verb, int from) {
        int j = skipAdverbsBackward(verb, from);
        if (j <= from) {
            return null;
        }
        if (t.spaceBefore(j)) {
            Range np = phraseEndingAt(j, from);
            return np == null ? null : new SpeakerPhrase(t.words(np.start(), np.end()), List.of(), np.start(), np.end());
        }
        if (t.commaBefore(j)) {
            // "Stefan Kral, who has denied any wrongdoing, said": walk back over the apposition to its comma.
            int s = j - 1;
            while (s > from && t.spaceBefore(s)) {
                s--;
            }
            if (s > from && t.commaBefore(s) && j - s <= MAX_APPOSITION && !hasSpeechVerb(s, j)) {
                Range np = phraseEndingAt(s, from);
                if (np != null) {
                    return new SpeakerPhrase(t.words(np.start(), np.end()), t.words(s, j), np.start(), j);
                }
            }
        }
        return null;
    }

    /** Noun phrase starting at {@code i}, plus the apposition after it when one follows a comma. */
    SpeakerPhrase phraseFrom(int i, int to) {
        Range np = phraseAt(i, to);
        if (np == null) {
            return null;
        }
        List<String> words = t.words(np.start(), np.end());
        int e = np.end();
        if (words.size() > 1 || !Lexicon.isPronoun(words.get(0))) {
            if (e < to && t.commaBefore(e)) {
                int k = e + 1;
                while (k < to && t.spaceBefore(k)) {
                    k++;
                }
                if (k - e <= MAX_APPOSITION && !hasSpeechVerb(e, k)) {
                    return new SpeakerPhrase(words, t.words(e, k), np.start(), k);
                }
            }
        }
        return new SpeakerPhrase(words, List.of(), np.start(), e);
    }

    // ---------------------------------------------------------------- noun phrase walking

    /** A speaker noun phrase starting at token {@code i}: a pronoun, or [determiner] phrase-words [of|for [the] phrase-words]. */
    private Range phraseAt(int i, int to) {
        if (i >= to) {
            return null;
        }
        if (Lexicon.isPronoun(t.word(i))) {
            return new Range(i, i + 1);
        }
        if (RussianNames.isCyrillic(t.word(i))) {
            return russianPhraseAt(i, to);
        }
        int k = Lexicon.isDeterminer(t.word(i)) ? i + 1 : i;
        int last = -1;
        boolean qualified = false;
        while (k < to && k - i < MAX_PHRASE && (k == i || t.spaceBefore(k))) {
            String w = t.word(k);
            if (Lexicon.isPhraseWord(w)) {
                last = k++;
                continue;
            }
            int head = headAfterAdjectives(k, to);
            if (head > 0 && k - 1 >= i && (Lexicon.isDeterminer(t.word(k - 1)) || Lexicon.isPossessive(t.word(k - 1)))) {
                k = head;   // "the league's disciplinary committee": the head noun is accepted next
                continue;
            }
            if (head > 0 && qualified && last == k - 1) {
                k = head;   // "the head of the regional water board": a plain word inside the qualifier
                continue;
            }
            if (head > 0 && k == i && Lexicon.isRoleNoun(t.word(head)) && head + 1 < to && t.spaceBefore(head + 1)
                    && Lexicon.isCapitalised(t.word(head + 1))) {
                k = head;   // "expedition leader Karin Solberg": a role before a name needs no determiner
                continue;
            }
            if (Lexicon.isConnector(w) && last == k - 1) {
                int n = k + 1;
                if (n < to && t.spaceBefore(n) && Lexicon.isDeterminer(t.word(n))) {
                    n++;
                }
                if (n < to && t.spaceBefore(n) && Lexicon.isPhraseWord(t.word(n))) {
                    k = n;
                    qualified = true;
                    continue;
                }
                if (n + 1 < to && t.spaceBefore(n) && Lexicon.isAdjectiveLike(t.word(n)) && t.commaBefore(n + 1)) {
                    last = n;   // "head of manufacturing, Claire Ambrose,": one plain word closes the role
                    break;
                }
            }
            break;
        }
        return last < 0 ? null : new Range(i, last + 1);
    }

    /** A speaker noun phrase ending just before token {@code j}, not reaching before {@code from}. */
    private Range phraseEndingAt(int j, int from) {
        int k = j - 1;
        if (k < from) {
            return null;
        }
        if (Lexicon.isPronoun(t.word(k))) {
            return new Range(k, j);
        }
        if (RussianNames.isCyrillic(t.word(k))) {
            return russianPhraseEndingAt(j, from);
        }
        int start = -1;
        while (k >= from && j - k <= MAX_PHRASE) {
            String w = t.word(k);
            int opener = start == k + 1 && Lexicon.isHeadNoun(t.word(start)) ? adjectivesOpenedAt(k, from) : -1;
            if (Lexicon.isPhraseWord(w)) {
                start = k;
            } else if (Lexicon.isDeterminer(w) && start >= 0) {
                start = k;
                boolean afterConnector = k - 1 >= from && t.spaceBefore(k) && Lexicon.isConnector(t.word(k - 1));
                if (!afterConnector) {
                    break;   // a determiner opens the phrase ("the ministry")
                }
            } else if (opener >= 0) {
                start = opener + 1;   // "the league's disciplinary committee": keep the adjectives ...
                k = opener;           // ... and let the next round take the determiner or possessive
                continue;
            } else if (!(Lexicon.isConnector(w) && start >= 0 && k - 1 >= from && Lexicon.isPhraseWord(t.word(k - 1)))) {
                break;
            }
            if (!t.spaceBefore(k)) {
                break;
            }
            k--;
        }
        return start < 0 ? null : new Range(start, j);
    }

    // ---------------------------------------------------------------- Russian phrases

    /**
     * A Russian speaker phrase starting at {@code i}. Russian puts the role first and its complement after it
     * in the genitive: [adjectives] role-or-organisation [complement words] [Name Surname], as in "главный
     * тренер команды Виктор Комаров" or "Представитель компании «Северные сети» Денис Уваров"; or just a name.
     */
    private Range russianPhraseAt(int i, int to) {
        int k = i;
        int head = i;
        while (head < to && head - i < 2 && joined(i, head) && isRussianAdjective(t.word(head))) {
            head++;
        }
        int roleEnd = -1;
        if (head < to && joined(i, head) && (Lexicon.isRoleNoun(t.word(head)) || Lexicon.isOrgHead(t.word(head)))) {
            k = head + 1;
            roleEnd = k;
            while (k < to && k - roleEnd < 4 && (t.spaceBefore(k) || maskedQuoteBefore(k)) && !startsRussianName(k, to)) {
                String w = Lexicon.norm(t.word(k));
                if (Lexicon.RUSSIAN_STOP_WORDS.contains(w) || Lexicon.isAttributingVerb(w) || !RussianNames.isCyrillic(w)) {
                    break;
                }
                k++;
            }
        }
        int nameStart = k;
        if (roleEnd < 0 || startsRussianName(k, to)) {
            while (k < to && k - nameStart < 3 && (k == i || t.spaceBefore(k) || (k == nameStart && maskedQuoteBefore(k)))
                    && isRussianNameWord(t.word(k))) {
                k++;
            }
        }
        if (k - nameStart == 3 && nameStart == i && !Lexicon.norm(t.word(i + 1)).matches(".*(вич|вна|чна)")) {
            return new Range(i + 1, k);   // "посёлка Заречный Зинаида Полякова": a place before the name
        }
        if (k > nameStart) {
            return new Range(i, k);
        }
        return roleEnd < 0 ? null : new Range(i, nameStart);
    }

    /** A Russian speaker phrase ending just before {@code j}: a name, with the role before it when there is one. */
    private Range russianPhraseEndingAt(int j, int from) {
        int nameStart = j;
        while (nameStart - 1 >= from && j - nameStart < 3 && isRussianNameWord(t.word(nameStart - 1))
                && (nameStart == j || t.spaceBefore(nameStart))) {
            nameStart--;
        }
        int best = nameStart < j ? nameStart : -1;
        for (int r = (nameStart < j ? nameStart : j) - 1; r >= from && r >= j - 9; r--) {
            Range role = russianPhraseAt(r, j);
            if (role != null && role.end() == j && !isRussianNameWord(t.word(r))) {
                best = r;
            }
            if (r > from && !(t.spaceBefore(r) || maskedQuoteBefore(r))) {
                break;
            }
        }
        return best < 0 ? null : new Range(best, j);
    }

    private boolean joined(int start, int k) {
        return k == start || t.spaceBefore(k);
    }

    /** Whether the gap before token {@code k} is a quoted name such as «Северные сети» (masked), with spaces. */
    private boolean maskedQuoteBefore(int k) {
        return k > 0 && t.gapBefore(k).strip().matches("«_+»|\"_+\"|“_+”");
    }

    /** A Russian name begins at {@code k}: a given name and a surname, or a lone capitalised surname at the end. */
    private boolean startsRussianName(int k, int to) {
        if (k >= to || !isRussianNameWord(t.word(k))) {
            return false;
        }
        boolean followedByName = k + 1 < to && t.spaceBefore(k + 1) && isRussianNameWord(t.word(k + 1));
        return followedByName ? RussianNames.plausibleGivenName(t.word(k)) : k + 1 >= to || !t.spaceBefore(k + 1);
    }

    private static boolean isRussianNameWord(String w) {
        return RussianNames.isCyrillic(w) && Lexicon.isNameWord(w) && !w.equals(w.toUpperCase(java.util.Locale.ROOT))
                && !Lexicon.RUSSIAN_STOP_WORDS.contains(Lexicon.norm(w));
    }

    private static boolean isRussianAdjective(String w) {
        return RussianNames.isCyrillic(w) && Lexicon.norm(w).matches(".{2,}(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ей)");
    }

    // ---------------------------------------------------------------- source clauses

    /**
     * A clause anywhere in a sentence that names the source of its quotes: "as the spokesperson Lena Hartwig put
     * it", "по словам директора Ирины Гладковой" (read back into the nominative), "по её словам", "как отметил
     * Ильин".
     */
    SpeakerPhrase sourceClause(int a, int b) {
        int from = t.firstAtOrAfter(a);
        int to = t.firstAtOrAfter(b);
        for (int i = from; i < to; i++) {
            String w = Lexicon.norm(t.word(i));
            if (w.equals("as") && i + 1 < to) {
                Range np = phraseAt(i + 1, to);
                if (np != null && np.end() + 1 < to && Lexicon.norm(t.word(np.end())).equals("put")
                        && Lexicon.norm(t.word(np.end() + 1)).equals("it")) {
                    return new SpeakerPhrase(t.words(np.start(), np.end()), List.of(), np.start(), np.end());
                }
            }
            if (w.equals("по") && i + 2 < to) {
                String next = Lexicon.norm(t.word(i + 1));
                if (next.equals("словам") || next.equals("мнению")) {
                    Range np = phraseAt(i + 2, to);
                    if (np != null) {
                        List<String> words = RussianNames.nominative(t.words(np.start(), np.end()), Lexicon.NOUNS);
                        return new SpeakerPhrase(words, List.of(), np.start(), np.end());
                    }
                }
                String after = Lexicon.norm(t.word(i + 2));
                if (after.equals("словам") || after.equals("мнению")) {
                    String pronoun = switch (next) {
                        case "его" -> "он";
                        case "её", "ее" -> "она";
                        case "их" -> "они";
                        default -> null;
                    };
                    if (pronoun != null) {
                        return new SpeakerPhrase(List.of(pronoun), List.of(), i + 1, i + 2);
                    }
                }
            }
            if (w.equals("как") && i + 2 < to && Lexicon.isSpeechVerb(t.word(i + 1)) && t.spaceBefore(i + 2)) {
                SpeakerPhrase phrase = phraseFrom(i + 2, to);
                if (phrase != null) {
                    return phrase;
                }
            }
        }
        return null;
    }

    /** Index of the head noun closing one or two adjective-like words starting at {@code k}, or -1. */
    private int headAfterAdjectives(int k, int to) {
        for (int m = k; m < to && m - k < 3; m++) {
            if (m > k && !t.spaceBefore(m)) {
                return -1;
            }
            String w = t.word(m);
            if (m > k && Lexicon.isHeadNoun(w) && Lexicon.isPhraseWord(w)) {
                return m;
            }
            if (!Lexicon.isAdjectiveLike(w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Walking backwards from the adjective-like word at {@code k}: the index of the determiner or possessive
     * that opens at most two such words, or -1.
     */
    private int adjectivesOpenedAt(int k, int from) {
        for (int m = k; m >= from && k - m < 2; m--) {
            if (!Lexicon.isAdjectiveLike(t.word(m)) || m - 1 < from || !t.spaceBefore(m)) {
                return -1;
            }
            String previous = t.word(m - 1);
            if (Lexicon.isDeterminer(previous) || Lexicon.isPossessive(previous)) {
                return m - 1;
            }
        }
        return -1;
    }

    private boolean startsPhrase(int i) {
        String w = t.word(i);
        return Lexicon.isPronoun(w) || Lexicon.isDeterminer(w) || Lexicon.isPhraseWord(w);
    }

    /** Index of the first token after a short leading adverbial ("On Monday,"), or -1. */
    private int afterLeadingAdverbial(int from, int to) {
        for (int k = from + 1; k < to && k - from <= MAX_LEADING_ADVERBIAL; k++) {
            if (t.commaBefore(k)) {
                return k;
            }
            if (!t.spaceBefore(k)) {
                return -1;
            }
        }
        return -1;
    }

    /** Steps back over "later", "has", "on Tuesday" … between a subject and its verb. */
    private int skipAdverbsBackward(int verb, int from) {
        int j = verb;
        while (j - 1 >= from && t.spaceBefore(j)) {
            String w = Lexicon.norm(t.word(j - 1));
            if (Lexicon.ADVERBS.contains(w)) {
                j--;
            } else if (Lexicon.TIME_WORDS.contains(w) && j - 2 >= from && t.spaceBefore(j - 1)
                    && Lexicon.TIME_PREPOSITIONS.contains(Lexicon.norm(t.word(j - 2)))) {
                j -= 2;
            } else {
                break;
            }
        }
        return j;
    }

    private boolean isAccordingTo(int i, int to) {
        return i + 2 < to && Lexicon.norm(t.word(i)).equals("according") && Lexicon.norm(t.word(i + 1)).equals("to");
    }

    private boolean hasSpeechVerb(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Lexicon.isSpeechVerb(t.word(k)) || Lexicon.isParticiple(t.word(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAttributingVerb(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Lexicon.isAttributingVerb(t.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** Half-open token range. */
    private record Range(int start, int end) {
    }
}
