-- Search needs accent-insensitive and typo-tolerant matching (both are trusted extensions).
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Lĩnh vực: the field a procedure belongs to (Hộ tịch, Đất đai, ...).
create table procedure_field (
    code       varchar(20)  primary key,
    name       varchar(200) not null,
    created_at timestamptz  not null default now(),
    version    integer      not null default 0
);
