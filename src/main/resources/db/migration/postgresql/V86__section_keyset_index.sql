-- A section's teasers, newest first, seek with a row comparison (sort_at, id) < (cursor) on an index of
-- the same order: page 5,000 of a section costs what page 1 costs.
create index ix_article_section_public_sort on article (section_id, sort_at desc, id desc)
    where deleted_at is null and status in ('PUBLISHED', 'SCHEDULED');
