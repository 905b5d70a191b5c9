-- Events already applied, stored in the same transaction as the projection they changed, so a
-- redelivered event changes nothing.
create table processed_event (
    event_id     varchar(200) primary key,
    topic        varchar(200) not null,
    processed_at timestamptz  not null default now()
);

-- One row per received dossier, from dossier-received. No personal data ever reaches this service.
create table received_dossier (
    dossier_id     uuid         primary key,
    receipt_code   varchar(60)  not null,
    procedure_code varchar(30)  not null,
    field_code     varchar(20),
    unit_code      varchar(35)  not null,
    unit_level     varchar(20)  not null,
    channel        varchar(20)  not null,
    online_level   varchar(20)  not null,
    received_at    timestamptz  not null,
    due_at         timestamptz  not null
);
create index received_dossier_unit_time on received_dossier (unit_code, received_at);
create index received_dossier_time on received_dossier (received_at);
