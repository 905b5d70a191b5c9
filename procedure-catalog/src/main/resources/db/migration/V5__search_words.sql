-- Search text as words: lower case, without diacritics, every run of other characters (punctuation, dashes,
-- dots in codes) one space, with a leading space, so that "% khai si%" is a match at the start of a word.
-- Queries are normalised by the same function: exact word matches are found with LIKE (cheap to check),
-- near misses with word_similarity; both through the trigram index.
create or replace function motcua_search_text(text) returns text
    language sql immutable parallel safe strict
as $$ select ' ' || btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, normalize($1, NFC))),
                                         '[^a-z0-9]+', ' ', 'g')) $$;

-- recompute the stored search columns (the trigger runs on an update of name)
update catalog_procedure set name = name;
