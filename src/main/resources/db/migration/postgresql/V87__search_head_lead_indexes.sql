-- Search ranks the matches with a query term in the headline, standfirst or teaser one by one, and
-- takes the rest (their terms in the body alone, all scoring the same) newest first, only as many as
-- a page needs. These two indexes find the first kind without visiting every match.
create index ix_article_search_head on article using gin (search_head);
create index ix_article_search_lead on article using gin (search_lead);
