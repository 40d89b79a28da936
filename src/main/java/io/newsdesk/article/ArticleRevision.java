package io.newsdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One saved state of an article, kept for every write. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {
    @Id
    public UUID id;
    @Column(name = "article_id", nullable = false)
    public UUID articleId;
    @Column(nullable = false)
    public int revision;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    /** The article as an editor saw it at this revision (ArticleView JSON). */
    @Column(nullable = false, length = 1_000_000)
    public String snapshot;
}
