-- Sections a story belongs to. Seeded with the agency's standard desks.
create table section (
    id          uuid primary key,
    slug        varchar(80)  not null,
    name        varchar(120) not null,
    description varchar(500),
    created_at  timestamp with time zone not null,
    constraint uq_section_slug unique (slug)
);

create table article (
    id             uuid primary key,
    slug           varchar(200)  not null,
    language       varchar(35)   not null,
    headline       varchar(300)  not null,
    standfirst     varchar(1000),
    teaser         varchar(500),
    body           varchar(1000000) not null,
    section_id     uuid          not null references section (id),
    dateline       varchar(200),
    status         varchar(20)   not null,
    urgency        integer,
    editorial_note varchar(10000),
    publish_at     timestamp with time zone,
    published_at   timestamp with time zone,
    embargo_until  timestamp with time zone,
    -- Keyset sort key: when the story became (or becomes) publicly visible, so a story that
    -- appears between two page requests always sorts ahead of the first page's cursor.
    sort_at        timestamp with time zone not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    deleted_at     timestamp with time zone,
    revision       integer       not null,
    constraint uq_article_language_slug unique (language, slug)
);
create index ix_article_section on article (section_id, sort_at);

create table article_tag (
    article_id uuid        not null references article (id),
    position   integer     not null,
    tag        varchar(100) not null,
    primary key (article_id, position)
);
create index ix_article_tag_tag on article_tag (tag);

create table article_author (
    article_id uuid         not null references article (id),
    position   integer      not null,
    name       varchar(200) not null,
    primary key (article_id, position)
);
create index ix_article_author_name on article_author (name);

-- Every revision of every article, as the JSON the editors saw.
create table article_revision (
    id         uuid primary key,
    article_id uuid    not null references article (id),
    revision   integer not null,
    status     varchar(20) not null,
    created_at timestamp with time zone not null,
    created_by varchar(200),
    snapshot   varchar(1000000) not null,
    constraint uq_article_revision unique (article_id, revision)
);

create table api_key (
    id           uuid primary key,
    name         varchar(200) not null,
    role         varchar(20)  not null,
    token_hash   varchar(64)  not null,
    token_prefix varchar(16)  not null,
    sections     varchar(2000),
    rate_limit   integer,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    constraint uq_api_key_hash unique (token_hash)
);

insert into section (id, slug, name, description, created_at) values
  ('6c0f5a3e-0d64-4c1e-9a57-2f1d3c0b0001', 'politics', 'Politics', 'Governments, parliaments, elections and the people in them.', current_timestamp),
  ('6c0f5a3e-0d64-4c1e-9a57-2f1d3c0b0002', 'world',    'World',    'International news from the agency''s bureaux.', current_timestamp),
  ('6c0f5a3e-0d64-4c1e-9a57-2f1d3c0b0003', 'business', 'Business', 'Companies, markets and the economy.', current_timestamp),
  ('6c0f5a3e-0d64-4c1e-9a57-2f1d3c0b0004', 'science',  'Science',  'Research, health, climate and technology.', current_timestamp),
  ('6c0f5a3e-0d64-4c1e-9a57-2f1d3c0b0005', 'culture',  'Culture',  'Arts, books, film and music.', current_timestamp),
  ('6c0f5a3e-0d64-4c1e-9a57-2f1d3c0b0006', 'sport',    'Sport',    'Results and stories from the world of sport.', current_timestamp);
