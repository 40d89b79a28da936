package io.newsdesk.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A webhook subscription: where to send which changes, and the secret to sign them with. */
@Entity
@Table(name = "webhook")
public class Webhook {
    static final String ALL_EVENTS = "*";

    @Id
    public UUID id;
    @Column(nullable = false)
    public String url;
    @Column(nullable = false)
    public String secret;
    /** Comma-separated event types such as {@code article.published}, or {@code *}. */
    @Column(nullable = false)
    public String events;
    /** Comma-separated section slugs; null means all, an empty string none. */
    public String sections;
    public String description;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "deleted_at")
    public Instant deletedAt;

    List<String> eventList() {
        return List.of(events.split(","));
    }

    boolean accepts(String eventType) {
        return ALL_EVENTS.equals(events) || eventList().contains(eventType);
    }

    /** The sections the subscription is limited to; null for all, empty for none. */
    Set<String> sectionSet() {
        return sections == null ? null : Set.copyOf(sectionList());
    }

    List<String> sectionList() {
        return sections == null ? null : sections.isEmpty() ? List.of() : List.of(sections.split(","));
    }
}
