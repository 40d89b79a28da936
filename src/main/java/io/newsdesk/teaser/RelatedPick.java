package io.newsdesk.teaser;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A story an editor picked as related to another, at a position in the editor's order. */
@Entity
@Table(name = "related_pick")
public class RelatedPick {
    @Id
    public UUID id;
    @Column(name = "article_id", nullable = false)
    public UUID articleId;
    @Column(nullable = false)
    public int position;
    @Column(name = "related_id", nullable = false)
    public UUID relatedId;
}
