-- Search reads these three GIN indexes on every query. With fastupdate on, new entries wait in a
-- pending list of up to 4 MB that every search scans from end to end until a vacuum merges it: with
-- a desk writing all day, 5 to 35 ms a query. Off, each write puts its entries in place.
alter index ix_article_search set (fastupdate = off);
alter index ix_article_search_head set (fastupdate = off);
alter index ix_article_search_lead set (fastupdate = off);
-- What is pending already is merged now, not at the next vacuum.
select gin_clean_pending_list('ix_article_search'::regclass), gin_clean_pending_list('ix_article_search_head'::regclass),
       gin_clean_pending_list('ix_article_search_lead'::regclass);

-- Search filters by the text search configuration of each story's language; without statistics on
-- that expression the planner takes it for 0.5% of the stories whatever it is, and walks the whole
-- archive newest first for a tier it thinks rare.
create statistics article_search_config on (newsdesk_search_config(language)) from article;
analyze article;
