package io.newsdesk.change;

import java.time.Clock;
import io.newsdesk.common.Time;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** The change log's housekeeping on a schedule. Safe on many nodes: both jobs take the log's lock. */
@ApplicationScoped
class ChangeLogJobs {
    private final Clock clock;
    private final ChangeLog changes;

    public ChangeLogJobs(ChangeLog changes, Clock clock) {
        this.clock = clock;
        this.changes = changes;
    }

    @Scheduled(every = "${newsdesk.changes.sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recordDuePublications() {
        int recorded = changes.recordDuePublications(Time.now(clock));
        if (recorded > 0) {
            Log.infof("Recorded %d stories that became public on schedule", recorded);
        }
    }

    @Scheduled(every = "${newsdesk.changes.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        long removed = changes.purge(Time.now(clock));
        if (removed > 0) {
            Log.infof("Purged %d change-log entries past the retention", removed);
        }
    }
}
