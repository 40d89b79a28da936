package io.newsdesk.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "article")
public class Article {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String slug;
    @Column(nullable = false)
    public String language;
    @Column(nullable = false)
    public String headline;
    public String standfirst;
    public String teaser;
    /** The body blocks, sanitised on the way in; stored as JSON. */
    @Column(name = "body", nullable = false, length = 1_000_000)
    @Convert(converter = BodyJson.class)
    public List<BodyBlock> body = List.of();
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "section_id")
    public Section section;
    @ElementCollection
    @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    @BatchSize(size = 100)
    public List<String> tags = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    @BatchSize(size = 100)
    public List<String> authors = new ArrayList<>();
    public String dateline;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status;
    public Integer urgency;
    @Column(name = "editorial_note", length = 10_000)
    public String editorialNote;
    @Column(name = "publish_at")
    public Instant publishAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "embargo_until")
    public Instant embargoUntil;
    /** When the story became (or becomes) public; the keyset sort key of every public list. */
    @Column(name = "sort_at", nullable = false)
    public Instant sortAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "deleted_at")
    public Instant deletedAt;
    /** Bumped by every write; concurrent writes of one revision cannot both succeed. */
    @Version
    @Column(nullable = false)
    public int revision;

    public boolean deleted() {
        return deletedAt != null;
    }

    /** The status a reader sees now: a scheduled story whose time has come is published. */
    public ArticleStatus statusAt(Instant now) {
        return status == ArticleStatus.SCHEDULED && publishAt != null && !publishAt.isAfter(now)
                ? ArticleStatus.PUBLISHED
                : status;
    }
}
