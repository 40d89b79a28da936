package io.newsdesk.review;

import io.newsdesk.article.ReviewSummary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReviewSummaryTest {

    @Test
    void shouldAverageToOneDecimalRoundingHalfUp() {
        ReviewSummary summary = ReviewSummary.of(new long[] { 0, 0, 0, 2, 1 });
        assertEquals(3, summary.count());
        assertEquals(new BigDecimal("4.3"), summary.average());
        assertEquals(new ReviewSummary.Stars(0, 0, 0, 2, 1), summary.stars());
        assertEquals(new BigDecimal("4.7"), ReviewSummary.of(new long[] { 0, 0, 0, 1, 2 }).average());
        // 17 / 4 = 4.25 exactly: half rounds up.
        assertEquals(new BigDecimal("4.3"), ReviewSummary.of(new long[] { 0, 0, 0, 3, 1 }).average());
        assertEquals(new BigDecimal("3.0"), ReviewSummary.of(new long[] { 1, 0, 0, 0, 1 }).average());
    }

    @Test
    void shouldHaveNoAverageWithoutReviews() {
        assertEquals(0, ReviewSummary.NONE.count());
        assertNull(ReviewSummary.NONE.average());
    }
}
