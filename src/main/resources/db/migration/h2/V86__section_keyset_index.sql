-- A section's teasers, newest first, seek on an index of the list's own order (H2 has no partial indexes).
create index ix_article_section_public_sort on article (section_id, sort_at desc, id desc);
