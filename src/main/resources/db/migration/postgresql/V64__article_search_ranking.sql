-- Search ranks a story by where each query term occurs: headline (A), standfirst or teaser (B),
-- else the body (C). Ranking on search_vector meant reading and decompressing every match's whole
-- vector; two small vectors answer "in the headline?" and "in the standfirst or teaser?" from the
-- row itself (storage main: kept in the row, compressed if need be).
--
-- Every search visits the rows of all its matches, but reads the body and the full vector only
-- for the page shown. Moving those two out of the row (into TOAST) once a row passes 1 kB makes
-- the table about a third of its size, so a search with tens of thousands of matches reads a third
-- of the pages. Set first, so the rewrite the new columns cause already lays rows out that way.
alter table article set (toast_tuple_target = 1024);

alter table article
    add column search_head tsvector generated always as (
        to_tsvector(newsdesk_search_config(language), headline)) stored,
    add column search_lead tsvector generated always as (
        to_tsvector(newsdesk_search_config(language), coalesce(standfirst, '') || ' ' || coalesce(teaser, ''))) stored,
    alter column search_head set storage main,
    alter column search_lead set storage main;
