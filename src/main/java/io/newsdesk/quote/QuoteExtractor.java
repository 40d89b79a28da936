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
        Attribution previousParagraphSpeaker = null;
        for (int block = 0; block < paragraphs.size(); block++) {
            String text = paragraphs.get(block) == null ? "" : paragraphs.get(block);
            ParagraphAnalysis paragraph = new ParagraphAnalysis(text);
            registry.startParagraph();
            resolveSpeakers(paragraph, registry);
            previousParagraphSpeaker = applyFallbacks(paragraph, previousParagraphSpeaker);
            for (ParagraphAnalysis.QuoteFacts quote : paragraph.quotes) {
                toExtractedQuote(paragraph, quote, block).ifPresent(result::add);
            }
        }
        return result;
    }

    /**
     * Walks each sentence in reading order, feeding the registry the people and organisations it mentions and
     * resolving attributions as they come. Order matters: in `"…," he said, pointing at Miller` the "he" must be
     * resolved before Miller is seen.
     */
    private static void resolveSpeakers(ParagraphAnalysis paragraph, SpeakerRegistry registry) {
        for (ParagraphAnalysis.Sentence sentence : paragraph.sentences) {
            List<Event> events = new ArrayList<>();
            for (SpeakerPhrase mention : paragraph.mentions(sentence)) {
                events.add(new Event(mention, null));
            }
            for (ParagraphAnalysis.QuoteFacts quote : paragraph.quotes) {
                if (quote.sentence.equals(sentence) && quote.attribution != null) {
                    events.add(new Event(quote.attribution, quote));
                }
            }
            // Mentions before attributions at the same position: "said State Department spokesperson Matthew
            // Miller" first registers Miller with his role, then attributes the quote to him.
            events.sort(Comparator.comparingInt((Event e) -> e.phrase.firstToken()).thenComparing(e -> e.quote != null));
            for (Event event : events) {
                if (event.quote == null) {
                    registry.noteMention(event.phrase);
                } else {
                    event.quote.speaker = registry.resolve(event.phrase);
                }
            }
        }
    }

    /**
     * News convention for quotes without their own attribution: a further quote in the same paragraph is by
     * the paragraph's previous speaker (`"A," Miller said. "B."`), and a paragraph that opens with a quote
     * continues the speaker of the previous paragraph's quotes (including a quote that ran on without a
     * closing mark). Fragments are never attributed this way; they keep a null speaker.
     *
     * @return the last speaker quoted in this paragraph, or null when it has no attributed quote
     */
    private static Attribution applyFallbacks(ParagraphAnalysis paragraph, Attribution previousParagraphSpeaker) {
        Attribution last = null;
        for (int i = 0; i < paragraph.quotes.size(); i++) {
            ParagraphAnalysis.QuoteFacts quote = paragraph.quotes.get(i);
            if (quote.speaker == null && !quote.partial) {
                if (last != null) {
                    quote.speaker = last;
                } else if (i == 0 && quote.opensParagraph) {
                    quote.speaker = previousParagraphSpeaker;
                }
            }
            if (quote.speaker != null) {
                last = quote.speaker;
            }
        }
        return last;
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
                block, start, end, quote.partial, context));
    }

    /** A speaker phrase met in a sentence: a mention in running text ({@code quote == null}) or an attribution. */
    private record Event(SpeakerPhrase phrase, ParagraphAnalysis.QuoteFacts quote) {
    }
}
