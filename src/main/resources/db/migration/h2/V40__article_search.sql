-- The embedded database has no text search: the application keeps a lower-cased, word-separated
-- copy of each story's text here (see teaser/EmbeddedSearchEngine), written in the same
-- transaction as the story. Each column reads " word word … ", so a word starts where ' word' is.
create table article_search (
    article_id uuid primary key references article (id),
    head_text  varchar(2000)    not null,
    lead_text  varchar(8000)    not null,
    body_text  varchar(1000000) not null
);
