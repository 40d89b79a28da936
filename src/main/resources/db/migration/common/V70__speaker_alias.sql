-- Speakers an editor merged into another: the old slug redirects to the survivor, and the old name and
-- organisation (match_key, as in speaker) find the survivor when extraction meets them again.
create table speaker_alias (
    slug        varchar(200) primary key,
    match_key   varchar(520) not null,
    speaker_id  uuid         not null references speaker (id),
    created_at  timestamp with time zone not null,
    constraint uq_speaker_alias_match_key unique (match_key)
);
create index ix_speaker_alias_speaker on speaker_alias (speaker_id);
