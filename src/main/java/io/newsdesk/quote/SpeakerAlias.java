package io.newsdesk.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The slug and match key of a speaker merged into another one, which they now stand for. */
@Entity
@Table(name = "speaker_alias")
public class SpeakerAlias {
    @Id
    public String slug;
    @Column(name = "match_key", nullable = false)
    public String matchKey;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
