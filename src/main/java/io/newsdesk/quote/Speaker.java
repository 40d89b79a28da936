package io.newsdesk.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person or group quoted in stories; one row across all the stories that quote them. */
@Entity
@Table(name = "speaker")
public class Speaker {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String slug;
    @Column(nullable = false)
    public String name;
    /** Role or title ("spokesperson"), as last given. */
    public String role;
    public String organisation;
    public String description;
    /** Name and organisation folded (see {@link SpeakerNames#key}); unique, so a speaker is found however spelled. */
    @Column(name = "match_key", nullable = false)
    public String matchKey;
    /** The folded name, for the name filter of the speaker list. */
    @Column(name = "name_key", nullable = false)
    public String nameKey;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
