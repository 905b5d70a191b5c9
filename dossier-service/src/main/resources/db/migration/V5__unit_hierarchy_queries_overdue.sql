-- Unit hierarchy, staff queries and the overdue mark.

-- The dossier's unit's parents at intake, nearest first (commune → district → province), as procedure-catalog
-- said then: officers of these units reach the dossier too. Null for dossiers received before this column.
alter table dossier add column unit_ancestor_codes varchar(35)[];
create index dossier_unit_ancestors on dossier using gin (unit_ancestor_codes);

-- When the overdue job found the dossier pending (RECEIVED, IN_PROGRESS) past its due date: a mark, not a
-- lifecycle state. The job sets it once (update ... where overdue_at is null), so instances running it at the
-- same time cannot mark a dossier twice.
alter table dossier add column overdue_at timestamptz;
create index dossier_overdue_candidates on dossier (due_at)
    where overdue_at is null and status in ('RECEIVED', 'IN_PROGRESS');

-- Applicant name search without diacritics or case ("nguyen van anh" finds "Nguyễn Văn Ánh"; unaccent maps
-- đ/Đ to d/D). unaccent itself is only stable, so an immutable wrapper with the dictionary named feeds the index;
-- NFC first so that decomposed input matches too.
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create function motcua_fold(text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, normalize($1, NFC))) $$;
create index dossier_applicant_name_folded on dossier using gin (motcua_fold(applicant_name) gin_trgm_ops);

-- The staff list's order (newest first, id breaks ties) and its due-date filter.
create index dossier_received_order on dossier (received_at desc, id desc);
create index dossier_due on dossier (due_at);
