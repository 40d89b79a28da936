package io.newsdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A desk of the agency ("Politics"); every story belongs to one. */
@Entity
@Table(name = "section")
public class Section {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String slug;
    @Column(nullable = false)
    public String name;
    public String description;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
