-- Processing workflow: the resolution, the apology letter of a late dossier, and every transition's history.
alter table dossier
    add column outcome          varchar(20),
    add column outcome_reason   varchar(2000),
    add column resolved_at      timestamptz,
    add column apology_at       timestamptz,
    add column appointment_date date;

-- One row per transition after intake (intake itself is the dossier row: received_at, received_by, note).
create table dossier_history (
    id          bigint        generated always as identity primary key,
    dossier_id  uuid          not null references dossier (id),
    at          timestamptz   not null,
    actor       varchar(200)  not null,
    action      varchar(30)   not null,
    from_status varchar(30)   not null,
    to_status   varchar(30)   not null,
    note        varchar(2000),
    details     jsonb
);
create index dossier_history_dossier on dossier_history (dossier_id, id);
