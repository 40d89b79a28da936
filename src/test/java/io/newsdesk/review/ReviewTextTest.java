package io.newsdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewTextTest {

    @Test
    void shouldKeepMarkupAsTypedAndOnlyTidy() {
        assertEquals("<b>bold</b> & <script>x</script>\nnext line",
                ReviewText.clean("  <b>bold</b> & <script>x</script>\r\nnext line\u0007 "));
    }

    @Test
    void shouldCountCharactersNotCodeUnits() {
        assertEquals(3, ReviewText.length("a😀b"));
    }

    @Test
    void shouldTreatCaseAndSpacingAsTheSameText() {
        UUID article = UUID.randomUUID();
        String fingerprint = ReviewText.fingerprint(article, "Mara Lind", "A fine story.\nWell told.");
        assertEquals(fingerprint, ReviewText.fingerprint(article, "mara  LIND", "a fine story. well   told."));
        assertNotEquals(fingerprint, ReviewText.fingerprint(article, "Other Reader", "A fine story.\nWell told."));
        assertNotEquals(fingerprint, ReviewText.fingerprint(UUID.randomUUID(), "Mara Lind", "A fine story.\nWell told."));
    }
}
