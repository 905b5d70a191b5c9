-- The lifecycle of Decree 118/2025/NĐ-CP (vn.motcua.dossier.core.Lifecycle): processing stopped (status STOPPED,
-- its reason in outcome_reason, its time in resolved_at, outcome REJECTED), the apology letter's request to extend
-- the time (form 04 of Circular 03/2025/TT-VPCP) and the count of supplement requests (Decision 766/QĐ-TTg counts a
-- dossier with more than one as late). Status and action are varchar columns without a check: no change for them.
alter table dossier
    -- the due date before the first extension, against which timeliness is measured; null = never extended
    add column original_due_at          timestamptz,
    -- why the time had to be extended, as the last apology letter with an extension gave it
    add column extension_reason         varchar(2000),
    add column supplement_request_count integer not null default 0 check (supplement_request_count >= 0);

-- dossiers processed before this migration: their requests as the history recorded them
update dossier d
   set supplement_request_count = (select count(*) from dossier_history h
                                    where h.dossier_id = d.id and h.action = 'REQUEST_SUPPLEMENT')
 where exists (select 1 from dossier_history h where h.dossier_id = d.id and h.action = 'REQUEST_SUPPLEMENT');
