package io.newsdesk.change;

import io.newsdesk.common.Clock;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** The change log's housekeeping on a schedule. Safe on many nodes: both jobs take the log's lock. */
@ApplicationScoped
public class ChangeLogJobs {
    private final ChangeLog changes;

    public ChangeLogJobs(ChangeLog changes) {
        this.changes = changes;
    }

    @Scheduled(every = "${newsdesk.changes.sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recordDuePublications() {
        int recorded = changes.recordDuePublications(Clock.now());
        if (recorded > 0) {
            Log.infof("Recorded %d stories that became public on schedule", recorded);
        }
    }

    @Scheduled(every = "${newsdesk.changes.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        long removed = changes.purge(Clock.now());
        if (removed > 0) {
            Log.infof("Purged %d change-log entries past the retention", removed);
        }
    }
}
