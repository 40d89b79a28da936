-- Search on the embedded database moved to a Lucene index in the data folder (teaser/LuceneIndex),
-- rebuilt from the stories at start: the word copies kept here are no longer read.
drop table article_search;
