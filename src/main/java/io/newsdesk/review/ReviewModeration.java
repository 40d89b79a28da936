package io.newsdesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One status change of a review; the history moderators answer for. */
@Entity
@Table(name = "review_moderation")
public class ReviewModeration {
    @Id
    public UUID id;
    @Column(name = "review_id", nullable = false)
    public UUID reviewId;
    /** Null for the status a submission was given on arrival. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ReviewStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ReviewStatus toStatus;
    @Column(length = 2_000)
    public String note;
    @Column(name = "moderated_by", nullable = false)
    public String moderatedBy;
    @Column(name = "moderated_at", nullable = false)
    public Instant moderatedAt;
}
