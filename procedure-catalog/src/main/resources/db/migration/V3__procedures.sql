-- Fields can be retired (they stay readable, new procedures cannot use them).
alter table procedure_field
    add column status varchar(10) not null default 'ACTIVE'
        constraint procedure_field_status check (status in ('ACTIVE', 'RETIRED')),
    add column updated_at timestamptz not null default now();

-- Search text: lower case, without Vietnamese diacritics (unaccent maps đ/Đ to d/D), NFC first so that
-- decomposed input matches too. Immutable (unaccent itself is only stable) so it can feed indexed columns.
create function motcua_search_text(text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, normalize($1, NFC))) $$;

-- Thủ tục hành chính. Structured lists (fees, components, ...) are JSON arrays; processing time per channel
-- in working days, null when the channel is unavailable.
create table catalog_procedure (
    code           varchar(30)   primary key,
    name           varchar(500)  not null,
    field_code     varchar(20)   not null references procedure_field (code),
    levels         jsonb         not null,
    days_in_person integer,
    days_online    integer,
    days_postal    integer,
    fees           jsonb         not null default '[]',
    components     jsonb         not null default '[]',
    applicants     jsonb         not null,
    agency         varchar(500)  not null,
    result         varchar(1000),
    legal_bases    jsonb         not null default '[]',
    online_level   varchar(10)   not null,
    essential      boolean       not null,
    delegated_by   varchar(300),
    effective_from date          not null,
    effective_to   date,
    status         varchar(10)   not null,
    version        integer       not null,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    -- maintained by the trigger below: the name alone, and code + name + the field's name
    search_name    text          not null default '',
    search_text    text          not null default '',
    constraint catalog_procedure_code check (code ~ '^[0-9]\.[0-9]{6}(\.[0-9A-Z]{1,10})?$'),
    constraint catalog_procedure_days check (coalesce(days_in_person, 0) between 0 and 365
        and coalesce(days_online, 0) between 0 and 365 and coalesce(days_postal, 0) between 0 and 365),
    constraint catalog_procedure_online_level check (online_level in ('FULL', 'PARTIAL', 'NONE')),
    constraint catalog_procedure_status check (status in ('ACTIVE', 'RETIRED')),
    constraint catalog_procedure_effective check (effective_to is null or effective_to >= effective_from)
);
create index catalog_procedure_field on catalog_procedure (field_code);
-- word_similarity (<%) and substring matches over the search text use this trigram index
create index catalog_procedure_search on catalog_procedure using gin (search_text gin_trgm_ops);

create function catalog_procedure_search_text() returns trigger
    language plpgsql
as $$
begin
    new.search_name := motcua_search_text(new.name);
    new.search_text := motcua_search_text(new.code || ' ' || new.name || ' '
        || coalesce((select f.name from procedure_field f where f.code = new.field_code), ''));
    return new;
end
$$;
create trigger catalog_procedure_search_text
    before insert or update of code, name, field_code on catalog_procedure
    for each row execute function catalog_procedure_search_text();

-- renaming a field changes what its procedures are found by
create function procedure_field_renamed() returns trigger
    language plpgsql
as $$
begin
    update catalog_procedure
       set search_text = motcua_search_text(code || ' ' || name || ' ' || new.name)
     where field_code = new.code;
    return null;
end
$$;
create trigger procedure_field_renamed
    after update of name on procedure_field
    for each row when (old.name is distinct from new.name) execute function procedure_field_renamed();
