-- H2 has no partial indexes: index every row on the public sort key.
create index ix_article_public_sort on article (sort_at desc, id desc);
