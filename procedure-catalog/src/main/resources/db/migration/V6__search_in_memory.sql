-- The public search now scans the catalog in memory (vn.motcua.catalog.search.CatalogSnapshot): a catalog holds a
-- few thousand procedures at most, and a scan in the JVM is faster than any query. The search columns, their
-- triggers and the trigram index are no longer read.
drop trigger procedure_field_renamed on procedure_field;
drop function procedure_field_renamed();
drop trigger catalog_procedure_search_text on catalog_procedure;
drop function catalog_procedure_search_text();
drop index catalog_procedure_search;
alter table catalog_procedure drop column search_name, drop column search_text;
drop function motcua_search_text(text);
