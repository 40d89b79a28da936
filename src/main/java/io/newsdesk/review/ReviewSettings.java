package io.newsdesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Review settings of one story; a story without a row takes reviews. */
@Entity
@Table(name = "review_settings")
public class ReviewSettings {
    @Id
    @Column(name = "article_id")
    public UUID articleId;
    @Column(nullable = false)
    public boolean closed;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
