-- One row per background job: the node whose lease runs takes the next run; the others skip it.
-- A lease is a row updated with a condition (no lock held while the job works), renewed between the
-- job's batches, and released at its end; a node that dies only delays the job until its lease ends.
create table job_lease (
    name        varchar(80)  primary key,
    holder      uuid,
    held_until  timestamp with time zone
);
insert into job_lease (name) values ('change-log-sweep');
insert into job_lease (name) values ('change-log-purge');

-- The dispatcher's claim on a delivery names the claim, so that a node whose claim ran out (and was
-- taken over) cannot record an outcome over the one that holds it now.
alter table webhook_delivery add column claim_token uuid;
