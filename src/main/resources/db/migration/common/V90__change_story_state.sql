-- What each story last looked like to partners (visible or not, in which section). Each change
-- is compared with this row, which retention never removes: a story whose entries were all purged
-- still reports its deletion, withdrawal or edit as partners must read it.
create table change_story_state (
    article_id uuid primary key,
    visible    boolean     not null,
    section    varchar(80),
    last_seq   bigint      not null
);

insert into change_story_state (article_id, visible, section, last_seq)
select c.article_id, c.public_after, c.section, c.seq
from change_log c
where c.seq = (select max(l.seq) from change_log l where l.article_id = c.article_id);

-- Stories whose entries were purged before this table existed: public now means partners saw them.
insert into change_story_state (article_id, visible, section, last_seq)
select a.id, true, s.slug, 0
from article a join section s on s.id = a.section_id
where a.deleted_at is null and a.status in ('PUBLISHED', 'SCHEDULED') and a.sort_at <= current_timestamp
  and not exists (select 1 from change_story_state t where t.article_id = a.id);
