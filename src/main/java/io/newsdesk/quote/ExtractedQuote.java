package io.newsdesk.quote;

/**
 * A quoted statement found in one paragraph (body block) of a story.
 *
 * @param text        the quoted words exactly as in the paragraph, without the surrounding quotation marks and
 *                    without one trailing comma or period that sits inside the marks
 * @param speakerName who said it: a person ("Matthew Miller"), a group ("the Foreign Ministry") or an unnamed
 *                    speaker as the story describes them ("a police spokesman"); {@code null} when nobody is attributed
 * @param speakerRole the speaker's role as introduced earlier in the story ("State Department spokesperson"), else null
 * @param blockIndex  index of the paragraph in the list given to {@link QuoteExtractor#extract}
 * @param start       offset of {@code text} in that paragraph (inclusive)
 * @param end         offset of {@code text} in that paragraph (exclusive)
 * @param partial     true for scare quotes and fragments embedded in a sentence rather than quoted statements
 * @param context     the sentence around the quote, trimmed
 * @param confidence  how far the attribution can be trusted, from 0 (no speaker) to 1 (the full name next to the quote)
 * @param evidence    the words the attribution rests on; null when there is no speaker
 */
record ExtractedQuote(
        String text,
        String speakerName,
        String speakerRole,
        int blockIndex,
        int start,
        int end,
        boolean partial,
        String context,
        double confidence,
        Evidence evidence) {

    /**
     * The attribution phrase as the story prints it ("said Foreign Ministry spokeswoman Ilona Varga" gives "Foreign
     * Ministry spokeswoman Ilona Varga"), where it is, and how it ties the quote to its speaker.
     */
    public record Evidence(String phrase, int blockIndex, int start, int end, Basis basis) {
    }

    /** How the speaker was found. */
    public enum Basis {
        /** A phrase attributing this quote: "Roe said", "по словам Петрова", "as Roe put it". */
        ATTRIBUTION,
        /** The speaker of the previous quote in the paragraph, or of the paragraph before. */
        PREVIOUS_SPEAKER,
        /** The person the sentence before the quotation introduced ("Council member Ayla Demir was not convinced."). */
        INTRODUCTION
    }
}
