-- Webhook subscriptions and their outbox. Deliveries are written in the transaction that appends
-- to the change log, so a crash can delay one but never lose it.
create table webhook (
    id          uuid primary key,
    url         varchar(2000) not null,
    -- The signing secret must be readable to sign with; it is never shown again after creation.
    secret      varchar(200)  not null,
    events      varchar(1000) not null,
    sections    varchar(2000),
    description varchar(500),
    created_at  timestamp with time zone not null,
    deleted_at  timestamp with time zone
);

create table webhook_delivery (
    id              uuid primary key,
    webhook_id      uuid         not null references webhook (id),
    seq             bigint       not null,
    message_id      varchar(100) not null,
    event_type      varchar(40)  not null,
    -- Deliveries with the same key go out one at a time, in seq order (the story's id).
    order_key       uuid         not null,
    payload         varchar(1000000) not null,
    status          varchar(20)  not null,
    attempts        integer      not null,
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    give_up_at      timestamp with time zone not null,
    claimed_until   timestamp with time zone,
    delivered_at    timestamp with time zone,
    last_status     integer,
    last_error      varchar(1000)
);
create index ix_webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index ix_webhook_delivery_order on webhook_delivery (webhook_id, order_key, seq);
create index ix_webhook_delivery_list on webhook_delivery (webhook_id, created_at, id);

create table webhook_attempt (
    id           uuid primary key,
    delivery_id  uuid not null references webhook_delivery (id),
    attempted_at timestamp with time zone not null,
    status       integer,
    error        varchar(1000),
    duration_ms  integer not null
);
create index ix_webhook_attempt_delivery on webhook_attempt (delivery_id, attempted_at);
