-- Reader reviews of stories. Nothing is public until a moderator approves it.
create table review (
    id              uuid primary key,
    article_id      uuid          not null references article (id),
    rating          integer       not null,
    title           varchar(200),
    body            varchar(5000) not null,
    author_name     varchar(100)  not null,
    -- Never shown publicly; kept lowercased so an erasure request finds every review of an address.
    email           varchar(254),
    language        varchar(35)   not null,
    status          varchar(20)   not null,
    spam_reason     varchar(500),
    -- Hash of article, author and normalised text: the same review twice is refused. Null for
    -- honeypot catches, which must never be told apart from an accepted submission.
    fingerprint     varchar(64),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    moderated_at    timestamp with time zone,
    moderated_by    varchar(200),
    moderation_note varchar(2000),
    version         integer       not null,
    constraint ck_review_rating check (rating between 1 and 5),
    constraint uq_review_fingerprint unique (fingerprint)
);
-- The public list (approved, newest first), the summary and the moderation queue of one story.
create index ix_review_article on review (article_id, status, created_at, id);
-- The moderation queue across stories, oldest first.
create index ix_review_status on review (status, created_at, id);
create index ix_review_email on review (email);

-- Every status change of a review: who, when, from what to what, and why.
create table review_moderation (
    id          uuid primary key,
    review_id   uuid        not null references review (id) on delete cascade,
    from_status varchar(20),
    to_status   varchar(20) not null,
    note        varchar(2000),
    moderated_by varchar(200) not null,
    moderated_at timestamp with time zone not null
);
create index ix_review_moderation_review on review_moderation (review_id, moderated_at);

-- Per-story review settings, kept here rather than on the article: editors may close reviews.
create table review_settings (
    article_id uuid primary key references article (id),
    closed     boolean      not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(200) not null
);
