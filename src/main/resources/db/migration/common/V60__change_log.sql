-- The change feed: one row per saved change of a story (or of something inside one, such as a
-- quote), numbered in commit order. Appends lock the single change_log_head row first and take
-- the next number from it, so numbers become visible strictly in order: a poller that saw
-- number n can never later find a smaller one appear.
create table change_log_head (
    id              integer primary key,
    last_seq        bigint  not null,
    -- Entries up to and including this number were removed by retention.
    purged_through  bigint  not null,
    -- Stories that became public by the clock (scheduled, embargoed) were recorded up to here.
    due_swept_until timestamp with time zone not null
);
insert into change_log_head (id, last_seq, purged_through, due_swept_until) values (1, 0, 0, current_timestamp);

create table change_log (
    seq              bigint primary key,
    entity           varchar(20)  not null,
    entity_id        uuid         not null,
    article_id       uuid         not null,
    type             varchar(20)  not null,
    slug             varchar(200),
    section          varchar(80),
    previous_section varchar(80),
    revision         integer,
    -- Whether readers could see the story before and after the change: partners are told only
    -- about changes that touch what they could see.
    public_before    boolean      not null,
    public_after     boolean      not null,
    at               timestamp with time zone not null
);
create index ix_change_log_article on change_log (article_id, seq);
create index ix_change_log_at on change_log (at);
