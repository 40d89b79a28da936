package io.newsdesk.quote;

/**
 * Position of one pair of quotation marks in a paragraph.
 *
 * @param open   index of the opening mark
 * @param close  index of the closing mark, or the paragraph length when the quote runs on into the next
 *               paragraph (news style: no closing mark, the next paragraph re-opens the quote)
 * @param runsOn true when the paragraph ended before a closing mark was found
 */
record QuoteSpan(int open, int close, boolean runsOn) {

    int innerStart() {
        return open + 1;
    }

    int innerEnd() {
        return close;
    }

    /** First index after the quote, including its closing mark. */
    int afterClose() {
        return runsOn ? close : close + 1;
    }
}
