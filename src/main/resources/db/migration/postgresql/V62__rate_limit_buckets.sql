-- Token buckets shared by all nodes when newsdesk.rate-limit.store=postgresql. The layout is the
-- one Bucket4j's select-for-update proxy manager reads and writes (state is its own encoding).
create table rate_limit_bucket (
    id         varchar(300) primary key,
    state      bytea,
    expires_at bigint
);
create index ix_rate_limit_bucket_expires on rate_limit_bucket (expires_at);
