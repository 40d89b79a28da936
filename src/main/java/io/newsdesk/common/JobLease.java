package io.newsdesk.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Leases on background jobs, so that of many nodes one runs a job at a time. Taking, renewing and
 * releasing a lease is one conditional update of the job's row in its own short transaction: no lock
 * is held while the job works, and nothing a writer touches is involved.
 */
@ApplicationScoped
public class JobLease {
    private final EntityManager em;

    JobLease(EntityManager em) {
        this.em = em;
    }

    /** A lease this node holds on a job until {@link #release()}. */
    public final class Held implements AutoCloseable {
        private final String job;
        private final UUID holder;

        private Held(String job, UUID holder) {
            this.job = job;
            this.holder = holder;
        }

        /** Extends the lease from {@code now}; false when it ran out and another node took the job. */
        public boolean renew(Instant now, Duration length) {
            return update("update job_lease set held_until = :until where name = :job and holder = :holder",
                    job, holder, now.plus(length), null) == 1;
        }

        public void release() {
            update("update job_lease set holder = null, held_until = null where name = :job and holder = :holder",
                    job, holder, null, null);
        }

        @Override
        public void close() {
            release();
        }
    }

    /**
     * Takes the lease on {@code job} until {@code now + length} unless another node holds one that has
     * not run out.
     *
     * @return the lease, or null when another node has it
     */
    public Held tryAcquire(String job, Instant now, Duration length) {
        UUID holder = UUID.randomUUID();
        int taken = update("update job_lease set holder = :holder, held_until = :until where name = :job"
                + " and (holder is null or held_until < :now)", job, holder, now.plus(length), now);
        return taken == 1 ? new Held(job, holder) : null;
    }

    private int update(String sql, String job, UUID holder, Instant until, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql).setParameter("job", job).setParameter("holder", holder);
            if (until != null) {
                query.setParameter("until", until);
            }
            if (now != null) {
                query.setParameter("now", now);
            }
            return query.executeUpdate();
        });
    }
}
