package io.newsdesk.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ?save=true} with a save threshold other than the default: the rule QuoteService applies, built from the
 * configuration as the service builds it, over the candidates of one story whose confidences lie on both sides.
 */
class SaveRuleTest {
    private static final List<String> STORY = List.of(
            "“The pier reopens in May,” said Harbour Commissioner Dalia Orrin.",
            "“The ferries will run through the works,” Orrin added.",
            "“Nobody asked the fishermen,” Castell said.",
            "“We will see,” a port spokesman said.");

    private final List<ExtractedQuote> candidates = new QuoteExtractor().extract(STORY);

    @Test
    void shouldFindCandidatesOfFallingConfidence() {
        assertEquals(List.of(0.95, 0.85, 0.6, 0.5), candidates.stream().map(ExtractedQuote::confidence).toList());
    }

    @Test
    void shouldSaveOnlyTheFullNameAboveAHighThreshold() {
        assertEquals(List.of("The pier reopens in May"), saved(0.9));
    }

    @Test
    void shouldSaveWhatTheStoryResolvesAtTheDefaultThreshold() {
        assertEquals(List.of("The pier reopens in May", "The ferries will run through the works"), saved(0.7));
    }

    @Test
    void shouldSaveALoneSurnameBelowItButNeverAnUnnamedSpeaker() {
        assertEquals(List.of("The pier reopens in May", "The ferries will run through the works",
                "Nobody asked the fishermen"), saved(0.55));
        assertEquals(3, saved(0.0).size(), "a description is never a speaker page, whatever the threshold");
    }

    @Test
    void shouldSaveACandidateExactlyAtTheThreshold() {
        assertEquals(2, saved(0.85).size());
    }

    private List<String> saved(double threshold) {
        SaveRule rule = new SaveRule(() -> threshold);
        return candidates.stream()
                .filter(q -> rule.saves(q, SpeakerNames.of(q.speakerName(), q.speakerRole())))
                .map(ExtractedQuote::text).toList();
    }
}
