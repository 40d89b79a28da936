-- Public lists only ever read live published or scheduled stories: a partial index keeps
-- drafts and tombstones out of the hot path.
create index ix_article_public_sort on article (sort_at desc, id desc)
    where deleted_at is null and status in ('PUBLISHED', 'SCHEDULED');
