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
 */
record ExtractedQuote(
        String text,
        String speakerName,
        String speakerRole,
        int blockIndex,
        int start,
        int end,
        boolean partial,
        String context) {
}
