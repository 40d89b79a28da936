package io.newsdesk.quote;

import io.newsdesk.article.Article;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A quoted statement: words of one story's body, who said them, and where they sit in the body. */
@Entity
@Table(name = "quote")
public class Quote {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;
    /** The words exactly as the body block's plain text shows them, without the quotation marks. */
    @Column(nullable = false)
    public String text;
    @Column(name = "text_key", nullable = false)
    public String textKey;
    @Column(name = "block_index", nullable = false)
    public int blockIndex;
    @Column(name = "start_offset", nullable = false)
    public int start;
    @Column(name = "end_offset", nullable = false)
    public int end;
    public String context;
    @Column(nullable = false)
    public String language;
    @Column(name = "is_partial", nullable = false)
    public boolean partial;
    /** The words no longer occur in the body: an edit removed them. Readers do not see such quotes. */
    @Column(nullable = false)
    public boolean orphaned;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    @Column(nullable = false)
    public int revision;
}
