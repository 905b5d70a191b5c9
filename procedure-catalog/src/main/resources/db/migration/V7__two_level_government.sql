-- Two-level local government (1 July 2025) and Decree 118/2025/NĐ-CP: a unit receives, resolves or both, and a
-- procedure says which desks may receive it and which agency resolves it.
alter table admin_unit add column kind varchar(20);
-- the units before this migration: people's committees of a level, and agencies that resolve (phòng, sở)
update admin_unit set kind = case when level = 'AGENCY' then 'DEPARTMENT' else 'GOVERNMENT' end;
alter table admin_unit
    alter column kind set not null,
    add constraint admin_unit_kind check (kind in ('GOVERNMENT', 'SERVICE_CENTRE', 'DEPARTMENT')),
    add constraint admin_unit_kind_level check ((kind = 'GOVERNMENT') = (level <> 'AGENCY'));
-- an agency belongs to a unit from now on; one stored without a parent stays as it is (NOT VALID: not checked on
-- the existing rows) until an administrator gives it one, which the API then requires on its next change
alter table admin_unit
    add constraint admin_unit_kind_parent check (kind = 'GOVERNMENT' or parent_code is not null) not valid;
create index admin_unit_kind_idx on admin_unit (kind);

alter table catalog_procedure
    add column receiving varchar(30) not null default 'COMPETENT_UNIT'
        constraint catalog_procedure_receiving
            check (receiving in ('COMPETENT_UNIT', 'ANY_CENTRE_OF_PROVINCE', 'ANY_COMMUNE_OF_PROVINCE')),
    add column resolving_agency_code varchar(35)
        constraint catalog_procedure_resolving_agency references admin_unit (code);
create index catalog_procedure_resolving_agency_idx on catalog_procedure (resolving_agency_code);
