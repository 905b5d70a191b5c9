-- Every change of a procedure, unit or field: who (token subject), when, how, and the changed properties
-- with their old and new values ([{"field": ..., "oldValue": ..., "newValue": ...}]).
create table catalog_change (
    id          bigserial    primary key,
    record_kind varchar(10)  not null constraint catalog_change_kind check (record_kind in ('PROCEDURE', 'UNIT', 'FIELD')),
    record_code varchar(35)  not null,
    version     integer      not null,
    action      varchar(10)  not null constraint catalog_change_action check (action in ('CREATED', 'UPDATED', 'RETIRED')),
    source      varchar(10)  not null constraint catalog_change_source check (source in ('API', 'IMPORT')),
    changed_by  varchar(200) not null,
    changed_at  timestamptz  not null,
    changes     jsonb        not null
);
create index catalog_change_record on catalog_change (record_kind, record_code, id);
