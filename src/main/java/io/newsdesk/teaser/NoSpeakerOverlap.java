package io.newsdesk.teaser;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** Stands in until the quote feature provides a {@link SpeakerOverlap}: no story shares speakers. */
@DefaultBean
@ApplicationScoped
class NoSpeakerOverlap implements SpeakerOverlap {

    @Override
    public Map<UUID, Integer> sharedSpeakers(UUID article, int limit) {
        return Map.of();
    }
}
