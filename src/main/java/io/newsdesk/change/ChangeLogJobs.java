package io.newsdesk.change;

import io.newsdesk.common.JobLease;
import io.newsdesk.common.Time;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToLongFunction;

/**
 * The change log's housekeeping on a schedule. On many nodes, a run happens on the node that takes the
 * job's lease; the others skip it. Correctness does not rest on the lease (a sweep checks each story
 * again under the head's lock, and deleting what is already gone deletes nothing): it saves the work.
 */
@ApplicationScoped
class ChangeLogJobs {
    static final String SWEEP = "change-log-sweep";
    static final String PURGE = "change-log-purge";
    /** Longer than a run takes; a node that dies mid-run holds the job up this long at most. */
    private static final Duration LEASE = Duration.ofMinutes(15);

    private final Clock clock;
    private final ChangeLog changes;
    private final JobLease leases;

    public ChangeLogJobs(ChangeLog changes, JobLease leases, Clock clock) {
        this.clock = clock;
        this.changes = changes;
        this.leases = leases;
    }

    @Scheduled(every = "${newsdesk.changes.sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void recordDuePublications() {
        long recorded = leased(SWEEP, changes::recordDuePublications);
        if (recorded > 0) {
            Log.infof("Recorded %d stories that became public on schedule", recorded);
        }
    }

    @Scheduled(every = "${newsdesk.changes.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        long removed = leased(PURGE, changes::purge);
        if (removed > 0) {
            Log.infof("Purged %d change-log entries past the retention", removed);
        }
    }

    /** Runs a job if this node gets its lease; 0 when another node is running it. */
    private long leased(String job, ToLongFunction<Instant> run) {
        Instant now = Time.now(clock);
        JobLease.Held lease = leases.tryAcquire(job, now, LEASE);
        if (lease == null) {
            return 0;
        }
        try (lease) {
            return run.applyAsLong(now);
        }
    }
}
