package io.newsdesk.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row every append locks: it serialises appends, so entries commit in seq order. */
@Entity
@Table(name = "change_log_head")
public class ChangeLogHead {
    static final int ID = 1;

    @Id
    public int id;
    @Column(name = "last_seq", nullable = false)
    public long lastSeq;
    @Column(name = "purged_through", nullable = false)
    public long purgedThrough;
    @Column(name = "due_swept_until", nullable = false)
    public Instant dueSweptUntil;
}
