package io.newsdesk.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change in the change log; {@code seq} is its place in commit order. */
@Entity
@Table(name = "change_log")
public class ChangeEntry {
    @Id
    public long seq;
    /** What changed: {@code article}, or a part of one such as {@code quote}. */
    @Column(nullable = false)
    public String entity;
    @Column(name = "entity_id", nullable = false)
    public UUID entityId;
    @Column(name = "article_id", nullable = false)
    public UUID articleId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeType type;
    public String slug;
    public String section;
    @Column(name = "previous_section")
    public String previousSection;
    public Integer revision;
    @Column(name = "public_before", nullable = false)
    public boolean publicBefore;
    @Column(name = "public_after", nullable = false)
    public boolean publicAfter;
    @Column(nullable = false)
    public Instant at;

    /** Whether a reader limited to some sections (null: all) could see the story before the change. */
    public boolean seenBefore(java.util.Set<String> sections) {
        return publicBefore && (sections == null || sections.contains(previousSection));
    }

    public boolean seenAfter(java.util.Set<String> sections) {
        return publicAfter && (sections == null || sections.contains(section));
    }
}
