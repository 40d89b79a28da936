package io.newsdesk.teaser;

import java.util.Map;
import java.util.UUID;

/**
 * Which other stories quote the same people as a story: the {@code same-speaker} reason of related
 * stories. Quotes and speakers belong to the quote feature, which provides the implementation;
 * until it does, {@link NoSpeakerOverlap} finds none.
 */
public interface SpeakerOverlap {

    /**
     * Other stories quoting at least one speaker the story quotes, with the number of speakers they
     * share, at most {@code limit} of them. Visibility need not be checked: related stories filter.
     */
    Map<UUID, Integer> sharedSpeakers(UUID article, int limit);
}
