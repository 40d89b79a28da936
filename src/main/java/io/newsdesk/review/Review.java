package io.newsdesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A reader's review of one story, with its moderation state. */
@Entity
@Table(name = "review")
public class Review {
    @Id
    public UUID id;
    @Column(name = "article_id", nullable = false)
    public UUID articleId;
    @Column(nullable = false)
    public int rating;
    public String title;
    @Column(nullable = false, length = 5_000)
    public String body;
    @Column(name = "author_name", nullable = false)
    public String authorName;
    public String email;
    @Column(nullable = false)
    public String language;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;
    @Column(name = "spam_reason")
    public String spamReason;
    public String fingerprint;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "moderated_at")
    public Instant moderatedAt;
    @Column(name = "moderated_by")
    public String moderatedBy;
    @Column(name = "moderation_note", length = 2_000)
    public String moderationNote;
    /** Bumped by every change; two moderators acting on one version cannot both succeed. */
    @Version
    @Column(nullable = false)
    public int version;
}
