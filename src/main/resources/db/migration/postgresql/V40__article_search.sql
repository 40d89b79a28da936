-- Full-text search over stories, kept up to date by the database itself: a stored generated
-- column, so no write path of the application can leave it stale.

-- The text search configuration of a story's language. Only English and Russian get stemming;
-- every other language is indexed word for word.
create function newsdesk_search_config(language varchar) returns regconfig
    language sql immutable parallel safe as $$
    select case
        when lower(language) = 'en' or lower(language) like 'en-%' then 'english'::regconfig
        when lower(language) = 'ru' or lower(language) like 'ru-%' then 'russian'::regconfig
        else 'simple'::regconfig
    end
$$;

-- A reader's query parsed in the configuration of a story's language, for ranking and snippets.
create function newsdesk_search_query(language varchar, query text) returns tsquery
    language sql immutable parallel safe as $$
    select websearch_to_tsquery(newsdesk_search_config(language), query)
$$;

-- The plain text of a body (the JSON list of blocks): paragraphs and headings without their inline
-- markup, and image captions, one block per paragraph; the same text as Markup.plain in Java.
create function newsdesk_body_text(body varchar) returns text
    language sql immutable parallel safe as $$
    select coalesce(string_agg(
        case
            when e.block ->> 'type' in ('paragraph', 'heading') then
                replace(replace(replace(replace(replace(replace(
                    regexp_replace(regexp_replace(e.block ->> 'text', '<br\s*/?>', ' ', 'gi'), '<[^>]*>', '', 'g'),
                    '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&nbsp;', ' '), '&amp;', '&')
            when e.block ->> 'type' = 'image' then e.block ->> 'caption'
        end, chr(10) || chr(10) order by e.position), '')
    from jsonb_array_elements(cast(body as jsonb)) with ordinality as e(block, position)
$$;

-- Headline weighs most (A), then standfirst and teaser (B), then the body (C). The body is cut at
-- 200,000 characters: a tsvector may not exceed 1 MB, and a story that long is findable by its start.
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector(newsdesk_search_config(language), headline), 'A')
    || setweight(to_tsvector(newsdesk_search_config(language),
                             coalesce(standfirst, '') || ' ' || coalesce(teaser, '')), 'B')
    || setweight(to_tsvector(newsdesk_search_config(language), left(newsdesk_body_text(body), 200000)), 'C')
) stored;

create index ix_article_search on article using gin (search_vector);
