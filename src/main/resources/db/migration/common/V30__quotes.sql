-- People and groups quoted in stories. One speaker across many stories: match_key is the name and
-- organisation lowercased, without accents or punctuation, so "José Núñez" and "Jose Nunez" are one.
create table speaker (
    id           uuid primary key,
    slug         varchar(200)  not null,
    name         varchar(200)  not null,
    role         varchar(300),
    organisation varchar(300),
    description  varchar(2000),
    match_key    varchar(520)  not null,
    name_key     varchar(200)  not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint uq_speaker_slug unique (slug),
    constraint uq_speaker_match_key unique (match_key)
);
create index ix_speaker_created on speaker (created_at desc, id desc);

-- A quoted statement: its words exactly as the story's body block shows them (plain text), and where.
create table quote (
    id           uuid primary key,
    article_id   uuid          not null references article (id),
    speaker_id   uuid          not null references speaker (id),
    text         varchar(5000) not null,
    -- The text lowercased and without accents, for the q filter on both databases.
    text_key     varchar(5000) not null,
    block_index  integer       not null,
    start_offset integer       not null,
    end_offset   integer       not null,
    context      varchar(10000),
    language     varchar(35)   not null,
    is_partial   boolean       not null,
    -- Set when an edit of the body removed the text; such quotes are shown to editors only.
    orphaned     boolean       not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    revision     integer       not null
);
create index ix_quote_article on quote (article_id, block_index, start_offset);
create index ix_quote_speaker on quote (speaker_id);
