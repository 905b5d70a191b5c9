-- One-stop inter-linked dossiers (một cửa liên thông) under the two-level local government of 2025-07-01: the unit
-- that receives a dossier (unit_code, as before) and the unit that resolves it may differ (Decree 118/2025/NĐ-CP;
-- vn.motcua.dossier.catalog.Jurisdiction). Officers of both units and of their parents reach the dossier
-- (vn.motcua.dossier.core.UnitScope); held_by_unit_code is the one of the two that has it now, since held_since
-- (transfers: vn.motcua.dossier.workflow.Transfers).
alter table dossier
    add column resolving_unit_code           varchar(35),
    add column resolving_unit_name           varchar(300),
    add column resolving_unit_level          varchar(20),
    add column resolving_unit_ancestor_codes varchar(35)[],
    add column held_by_unit_code             varchar(35),
    add column held_since                    timestamptz;

-- dossiers received before: resolved where they were received, and held there since intake
update dossier
   set resolving_unit_code = unit_code, resolving_unit_name = unit_name, resolving_unit_level = unit_level,
       resolving_unit_ancestor_codes = unit_ancestor_codes, held_by_unit_code = unit_code, held_since = received_at;

alter table dossier
    alter column resolving_unit_code set not null,
    alter column resolving_unit_name set not null,
    alter column resolving_unit_level set not null,
    alter column held_by_unit_code set not null,
    alter column held_since set not null;

-- the staff lists' reach and the "resolved by" filter, as for the receiving unit (V3, V5)
create index dossier_resolving_unit_received on dossier (resolving_unit_code, received_at);
create index dossier_resolving_unit_ancestors on dossier using gin (resolving_unit_ancestor_codes);

-- the unit of the officer who took each step (the token's unit claim): an inter-linked dossier's history names
-- every unit and step with its times (the processing control slip, form 06 of Circular 03/2025/TT-VPCP). Null for
-- steps taken before, and for imported ones.
alter table dossier_history add column unit_code varchar(35);
