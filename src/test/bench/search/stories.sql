-- Synthetic archive for the search benchmark (PostgreSQL): :stories published stories, one in ten
-- in Russian, in the six standard sections, one every three minutes back from now.
--
--   psql -v stories=100000 -v words_en="$(cat words-en.txt)" -v words_ru="$(cat words-ru.txt)" -f stories.sql
--
-- Seven words in ten come from the everyday news vocabulary of words-*.txt (each in about a
-- quarter of the stories), three from a long tail of 5,000 made-up names of people, places and
-- companies (a few common, most rare), as in agency copy. Stories are put together from 20,000
-- sentences per language drawn that way. Rows go in directly, as a migration from an older system
-- would: the database computes the search vectors itself.
select setseed(0.42) \g /dev/null

create temporary table bench_vocab (lang varchar(2) primary key, common text[], tail text[]);
insert into bench_vocab
select 'en', string_to_array(regexp_replace(trim(:'words_en'), '\s+', ' ', 'g'), ' '),
       array(select initcap(s[1 + n % 24] || s[1 + (n / 24) % 24] || s[1 + (n / 576) % 24])
             from generate_series(0, 4999) n,
                  (select string_to_array('ba be ko ri ta ven mor lin dal sto har pel quin rus mar ton gel fa du ne sel wik tor an', ' ') s) x)
union all
select 'ru', string_to_array(regexp_replace(trim(:'words_ru'), '\s+', ' ', 'g'), ' '),
       array(select initcap(s[1 + n % 24] || s[1 + (n / 24) % 24] || s[1 + (n / 576) % 24])
             from generate_series(0, 4999) n,
                  (select string_to_array('ба ве ко ри та вен мор лин дал сто хар пел кин рус мар тон гель фа ду не сель вик тор ан', ' ') s) x);

create function pg_temp.bench_words(v bench_vocab, n integer) returns text
    language sql volatile as $$
    select string_agg(case when random() < 0.7
                           then v.common[1 + floor(random() * array_length(v.common, 1))::integer]
                           else v.tail[floor(exp(random() * ln(array_length(v.tail, 1))))::integer] end, ' ')
    from generate_series(1, n)
$$;

create temporary table bench_sentence (lang varchar(2), n integer, headline text, sentence text, primary key (lang, n));
insert into bench_sentence
select v.lang, n, initcap(pg_temp.bench_words(v, 7)),
       (select upper(left(w, 1)) || substr(w, 2) || '.' from (select pg_temp.bench_words(v, 8 + n % 25) as w) s)
from bench_vocab v, generate_series(1, 20000) n;

create function pg_temp.bench_sentence(lang text) returns text
    language sql volatile as $$
    -- The random number is drawn once per call (an init plan), not once per row compared.
    select sentence from bench_sentence where bench_sentence.lang = $1 and n = (select 1 + floor(random() * 20000)::integer)
$$;

create function pg_temp.bench_headline(lang text) returns text
    language sql volatile as $$
    select headline from bench_sentence where bench_sentence.lang = $1 and n = (select 1 + floor(random() * 20000)::integer)
$$;

insert into article (id, slug, language, headline, standfirst, teaser, body, section_id, dateline, status,
                     urgency, publish_at, published_at, sort_at, created_at, updated_at, revision)
select gen_random_uuid(), 'bench-' || s.i, s.lang,
       pg_temp.bench_headline(s.lang),
       pg_temp.bench_sentence(s.lang),
       null,
       json_build_array(
           json_build_object('type', 'paragraph', 'text',
               pg_temp.bench_sentence(s.lang) || ' ' || pg_temp.bench_sentence(s.lang) || ' ' || pg_temp.bench_sentence(s.lang)),
           json_build_object('type', 'paragraph', 'text',
               pg_temp.bench_sentence(s.lang) || ' ' || pg_temp.bench_sentence(s.lang)),
           json_build_object('type', 'heading', 'text', pg_temp.bench_sentence(s.lang)),
           json_build_object('type', 'paragraph', 'text',
               pg_temp.bench_sentence(s.lang) || ' ' || pg_temp.bench_sentence(s.lang) || ' ' || pg_temp.bench_sentence(s.lang)))::text,
       (select id from section order by slug offset (s.i % 6) limit 1),
       'Portmere', 'PUBLISHED', 5, null, s.at, s.at, s.at, s.at, 1
from (select i, case when i % 10 = 0 then 'ru' else 'en' end as lang,
             date_trunc('second', now()) - i * interval '3 minutes' as at
      from generate_series(1, :stories) as i) s;

analyze article;
