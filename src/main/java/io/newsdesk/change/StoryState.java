package io.newsdesk.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * What a story last looked like to partners, as its latest change left it. The next change is read
 * against this row, not against the latest entry: retention removes entries, never this row, so a
 * story untouched for longer than the retention still reports its deletion or withdrawal.
 */
@Entity
@Table(name = "change_story_state")
public class StoryState {
    @Id
    @Column(name = "article_id")
    UUID articleId;
    /** Whether readers could see the story after its latest change. */
    @Column(nullable = false)
    boolean visible;
    /** The story's section slug after its latest change. */
    String section;
    /** The latest change's number. */
    @Column(name = "last_seq", nullable = false)
    long lastSeq;
}
