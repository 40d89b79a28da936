package io.newsdesk.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Rule-based extraction of quoted statements from the paragraphs of a news story.
 *
 * <p>For each paragraph it finds quotation marks (straight, curly, « » and „ “), decides whether each quote is
 * a statement or a scare-quoted fragment, reads the attribution around it ("…," Miller said / Miller told
 * reporters: "…" / The ministry called it "…") and resolves the speaker against the people and organisations
 * the story has introduced so far (pronouns, surnames, "the spokesperson", "the ministry").
 *
 * <p>Instances hold no state between calls and may be shared.
 */
final class QuoteExtractor {

    /**
     * @param paragraphs plain text of the story's body blocks, in order (index = block index)
     * @return the quotes in story order; empty when there are none
     */
    public List<ExtractedQuote> extract(List<String> paragraphs) {
        if (paragraphs == null || paragraphs.isEmpty()) {
            return List.of();
        }
        SpeakerRegistry registry = new SpeakerRegistry();
        List<ExtractedQuote> result = new ArrayList<>();
        ParagraphAnalysis.QuoteFacts previousParagraphSpeaker = null;
        Mentions mentions = new Mentions();
        // Parts of a quotation running on over paragraphs without a speaker of their own, by index in result.
        List<Integer> runningOn = new ArrayList<>();
        for (int block = 0; block < paragraphs.size(); block++) {
            String text = paragraphs.get(block) == null ? "" : paragraphs.get(block);
            ParagraphAnalysis paragraph = new ParagraphAnalysis(text);
            registry.startParagraph();
            resolveSpeakers(paragraph, block, registry, mentions);
            previousParagraphSpeaker = applyFallbacks(paragraph, previousParagraphSpeaker);
            ParagraphAnalysis.QuoteFacts continued = paragraph.quotes.isEmpty() || !paragraph.quotes.get(0).opensParagraph
                    ? null : paragraph.quotes.get(0);
            if (continued == null) {
                runningOn.clear();
            } else if (continued.attribution != null && continued.speaker != null) {
                giveRunningOnParts(result, runningOn, continued);
            }
            for (ParagraphAnalysis.QuoteFacts quote : paragraph.quotes) {
                int index = result.size();
                toExtractedQuote(paragraph, quote, block).ifPresent(result::add);
                boolean added = result.size() > index;
                if (quote != continued || !quote.span.runsOn()) {
                    runningOn.clear();   // only a middle part, open at both ends, carries the quotation on
                }
                if (added && quote.span.runsOn() && quote.attribution == null && !quote.partial) {
                    runningOn.add(index);
                }
            }
        }
        return result;
    }

    /**
     * A quotation over several paragraphs marks each paragraph's start and closes only in the last, where its
     * attribution is (`"First part.` / `"Second part," the minister said.`): the earlier parts are that
     * speaker's too, whatever the fallbacks guessed for them. Clears {@code runningOn}.
     */
    private static void giveRunningOnParts(List<ExtractedQuote> result, List<Integer> runningOn,
            ParagraphAnalysis.QuoteFacts closing) {
        for (int index : runningOn) {
            ExtractedQuote part = result.get(index);
            result.set(index, new ExtractedQuote(part.text(), closing.speaker.name(), closing.speaker.role(),
                    part.blockIndex(), part.start(), part.end(), part.partial(), part.context(),
                    Math.round(closing.confidence * FOLLOWS_IN_PARAGRAPH * 100) / 100.0, closing.evidence));
        }
        runningOn.clear();
    }

    /** Where the person the registry last saw introduced was mentioned. */
    private static final class Mentions {
        ExtractedQuote.Evidence last;
    }

    /**
     * Walks each sentence in reading order, feeding the registry the people and organisations it mentions and
     * resolving attributions as they come. Order matters: in `"…," he said, pointing at Miller` the "he" must be
     * resolved before Miller is seen.
     */
    private static void resolveSpeakers(ParagraphAnalysis paragraph, int block, SpeakerRegistry registry, Mentions mentions) {
        for (ParagraphAnalysis.Sentence sentence : paragraph.sentences) {
            List<Event> events = new ArrayList<>();
            for (SpeakerPhrase mention : paragraph.mentions(sentence)) {
                events.add(new Event(mention, null));
            }
            for (ParagraphAnalysis.QuoteFacts quote : paragraph.quotes) {
                if (quote.sentence.equals(sentence) && quote.titleNoun != null && Lexicon.isOrganisationNoun(quote.titleNoun)) {
                    registry.noteOrganisation(paragraph.quoted(quote), quote.titleNoun);
                }
                if (quote.sentence.equals(sentence) && quote.attribution != null) {
                    events.add(new Event(quote.attribution, quote));
                } else if (quote.sentence.equals(sentence)) {
                    quote.introduced = registry.lastMentioned();
                    quote.introducedBy = quote.introduced == null ? null : mentions.last;
                }
            }
            // Mentions before attributions at the same position: "said State Department spokesperson Matthew
            // Miller" first registers Miller with his role, then attributes the quote to him.
            events.sort(Comparator.comparingInt((Event e) -> e.phrase.firstToken()).thenComparing(e -> e.quote != null));
            for (Event event : events) {
                if (event.quote == null) {
                    Attribution before = registry.lastMentioned();
                    registry.noteMention(event.phrase);
                    Attribution after = registry.lastMentioned();
                    if (after != null && !after.equals(before)) {
                        mentions.last = paragraph.evidence(event.phrase, block, ExtractedQuote.Basis.INTRODUCTION);
                    }
                } else {
                    event.quote.speaker = registry.resolve(event.phrase);
                    event.quote.evidence = paragraph.evidence(event.phrase, block, ExtractedQuote.Basis.ATTRIBUTION);
                    event.quote.confidence = confidence(event.phrase, event.quote.speaker, event.quote.partial);
                }
            }
        }
    }

    /**
     * News convention for quotes without their own attribution: a further quote in the same paragraph is by
     * the paragraph's previous speaker (`"A," Miller said. "B."`); otherwise a quotation after a sentence that
     * introduced someone since the last attribution is theirs (`Councillor Jan Dekker disagreed. "B."`); and a
     * paragraph that opens with a quote continues the speaker of the previous paragraph's quotes (including a
     * quote that ran on without a closing mark). Fragments are never attributed this way; they keep a null
     * speaker.
     *
     * @return the last quote with a speaker in this paragraph, or null when it has no attributed quote
     */
    private static ParagraphAnalysis.QuoteFacts applyFallbacks(ParagraphAnalysis paragraph,
            ParagraphAnalysis.QuoteFacts previousParagraphSpeaker) {
        ParagraphAnalysis.QuoteFacts last = null;
        for (int i = 0; i < paragraph.quotes.size(); i++) {
            ParagraphAnalysis.QuoteFacts quote = paragraph.quotes.get(i);
            if (quote.speaker == null && !quote.partial) {
                if (last != null) {
                    follow(quote, last, FOLLOWS_IN_PARAGRAPH);
                } else if (quote.introduced != null) {
                    quote.speaker = quote.introduced;
                    quote.evidence = quote.introducedBy;
                    quote.confidence = INTRODUCED;
                } else if (i == 0 && quote.opensParagraph && previousParagraphSpeaker != null) {
                    follow(quote, previousParagraphSpeaker, FOLLOWS_PARAGRAPH);
                }
            }
            if (quote.speaker != null) {
                last = quote;
            }
        }
        return last;
    }

    /** The quote takes the speaker of an earlier one, trusting it a little less. */
    private static void follow(ParagraphAnalysis.QuoteFacts quote, ParagraphAnalysis.QuoteFacts earlier, double factor) {
        quote.speaker = earlier.speaker;
        ExtractedQuote.Evidence was = earlier.evidence;
        quote.evidence = was == null ? null
                : new ExtractedQuote.Evidence(was.phrase(), was.blockIndex(), was.start(), was.end(),
                        ExtractedQuote.Basis.PREVIOUS_SPEAKER);
        quote.confidence = earlier.confidence * factor;
    }

    // Confidence: how an editor would weigh each kind of evidence. A full name next to the quote is as good
    // as it gets; a name only resolved from a surname, role or pronoun depends on the resolution; a quote
    // that borrows its speaker from the quote before it inherits that speaker's confidence, a little less.
    private static final double FULL_NAME = 0.95;
    private static final double RESOLVED_NAME = 0.85;
    private static final double GROUP = 0.8;
    private static final double SURNAME_ONLY = 0.6;
    private static final double DESCRIPTION = 0.5;
    private static final double INTRODUCED = 0.7;
    private static final double FOLLOWS_IN_PARAGRAPH = 0.95;
    private static final double FOLLOWS_PARAGRAPH = 0.85;
    /** Fragments are woven into sentences whose subject is a guess more often than a speech verb's is. */
    private static final double PARTIAL = 0.9;

    private static double confidence(SpeakerPhrase phrase, Attribution speaker, boolean partial) {
        if (speaker == null) {
            return 0;
        }
        String[] name = speaker.name().split(" ");
        boolean proper = Lexicon.isCapitalised(name[0]) || name.length > 1 && Lexicon.isCapitalised(name[1]);
        double value;
        if (!proper) {
            value = DESCRIPTION;
        } else if (speaker.role() == null && name.length > 1 && !looksLikePerson(name)) {
            value = GROUP;
        } else if (name.length == 1) {
            value = SURNAME_ONLY;
        } else if (String.join(" ", phrase.words()).contains(speaker.name())) {
            value = FULL_NAME;
        } else {
            value = RESOLVED_NAME;
        }
        return partial ? value * PARTIAL : value;
    }

    /** Capitalised name words, none of them an organisation word: "Ilona Varga", not "the Harbour Authority". */
    private static boolean looksLikePerson(String[] name) {
        for (String word : name) {
            if (!Lexicon.isNameWord(word)) {
                return false;
            }
        }
        return true;
    }

    /** Trims the quote to its words: no surrounding spaces, no trailing "," (nor a single "." that ends it). */
    private static Optional<ExtractedQuote> toExtractedQuote(
            ParagraphAnalysis paragraph, ParagraphAnalysis.QuoteFacts quote, int block) {
        String text = paragraph.text;
        int start = quote.span.innerStart();
        int end = quote.span.innerEnd();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        boolean ellipsis = end - start >= 2 && text.charAt(end - 2) == '.';
        if (end > start && (text.charAt(end - 1) == ',' || (text.charAt(end - 1) == '.' && !ellipsis))) {
            end--;
        }
        if (end <= start) {
            return Optional.empty();
        }
        Attribution speaker = quote.speaker;
        String context = text.substring(quote.sentence.start(), quote.sentence.end()).trim();
        return Optional.of(new ExtractedQuote(
                text.substring(start, end),
                speaker == null ? null : speaker.name(),
                speaker == null ? null : speaker.role(),
                block, start, end, quote.partial, context,
                speaker == null ? 0 : Math.round(quote.confidence * 100) / 100.0,
                speaker == null ? null : quote.evidence));
    }

    /** A speaker phrase met in a sentence: a mention in running text ({@code quote == null}) or an attribution. */
    private record Event(SpeakerPhrase phrase, ParagraphAnalysis.QuoteFacts quote) {
    }
}
