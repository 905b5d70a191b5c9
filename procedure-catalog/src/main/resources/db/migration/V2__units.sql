-- Administrative units and agencies (Decision 20/2020/QĐ-TTg electronic identifier codes). Units that were
-- merged or abolished keep their row with valid_to set, so history stays reportable by date.
create table admin_unit (
    code        varchar(35)  primary key,
    name        varchar(300) not null,
    level       varchar(10)  not null,
    parent_code varchar(35)  references admin_unit (code) deferrable initially deferred,
    valid_from  date         not null,
    valid_to    date,
    version     integer      not null,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint admin_unit_code_format check (code ~ '^[0-9A-Z]+(\.[0-9A-Z]+)*$' and length(code) <= 35),
    constraint admin_unit_level check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE', 'AGENCY')),
    constraint admin_unit_parent_not_self check (parent_code is null or parent_code <> code),
    constraint admin_unit_validity check (valid_to is null or valid_to >= valid_from)
);
create index admin_unit_parent on admin_unit (parent_code);
create index admin_unit_level_idx on admin_unit (level);
