package io.newsdesk.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The same-speaker signal of related stories: other stories quoting people this one quotes. */
@ApplicationScoped
public class QuoteSpeakerOverlap {
    private final EntityManager entities;

    public QuoteSpeakerOverlap(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * Other stories quoting at least one speaker the story quotes, with the number of speakers they
     * share, at most {@code limit} of them. Visibility is not checked: related stories filter.
     */
    public Map<UUID, Integer> sharedSpeakers(UUID article, int limit) {
        // Orphaned quotes no longer stand in their story's text, so they relate nothing.
        List<Object[]> rows = entities.createQuery("""
                select other.article.id, count(distinct other.speaker.id) from Quote mine, Quote other
                where mine.article.id = :article and other.speaker = mine.speaker and other.article.id <> :article
                  and mine.orphaned = false and other.orphaned = false
                group by other.article.id
                order by count(distinct other.speaker.id) desc, other.article.id""", Object[].class)
                .setParameter("article", article)
                .setMaxResults(limit)
                .getResultList();
        Map<UUID, Integer> shared = new LinkedHashMap<>();
        for (Object[] row : rows) {
            shared.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return shared;
    }
}
