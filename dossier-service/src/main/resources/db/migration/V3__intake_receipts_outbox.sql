-- Intake: dossiers, the desk's daily receipt logbook, idempotent retries and the transactional outbox.

-- One row per unit and business day (Asia/Ho_Chi_Minh). Intake increments it with
-- insert ... on conflict do update ... returning inside its own transaction: the row lock serialises the
-- intakes of one unit-day across every instance, and a rolled-back intake gives its number back.
create table receipt_counter (
    unit_code varchar(35) not null,
    day       date        not null,
    last      integer     not null check (last > 0),
    primary key (unit_code, day)
);

create table dossier (
    id                   uuid          primary key,
    receipt_code         varchar(60)   not null,
    status               varchar(30)   not null,
    channel              varchar(20)   not null,
    received_at          timestamptz   not null,
    due_at               timestamptz   not null,
    processing_days      integer       not null check (processing_days >= 0),
    -- snapshot of what the dossier was filed under, as the catalog said at intake
    procedure_code       varchar(30)   not null,
    procedure_name       varchar(1000) not null,
    procedure_version    integer,
    field_code           varchar(50),
    field_name           varchar(300),
    online_level         varchar(20)   not null,
    unit_code            varchar(35)   not null,
    unit_name            varchar(300)  not null,
    unit_level           varchar(20)   not null,
    -- the applicant: personal data, never in events
    applicant_type       varchar(20)   not null check (applicant_type in ('CITIZEN', 'ORGANIZATION')),
    applicant_name       varchar(200)  not null,
    applicant_citizen_id varchar(12),
    applicant_tax_code   varchar(14),
    applicant_phone      varchar(15),
    applicant_email      varchar(254),
    applicant_address    varchar(500),
    documents            jsonb         not null,
    note                 varchar(2000),
    -- capabilities handed to the applicant once: only hashes are kept
    lookup_secret_hash   varchar(200)  not null,
    survey_token_hash    varchar(64)   not null,
    received_by          varchar(200)  not null,
    version              integer       not null default 0,
    constraint dossier_receipt_code_unique unique (receipt_code),
    constraint dossier_survey_token_unique unique (survey_token_hash)
);
create index dossier_unit_received on dossier (unit_code, received_at);

-- A client's retry of an intake (Idempotency-Key, scoped per caller) finds its dossier here. The key itself
-- is not kept, only its hash; the lookup secret and survey token of the first response are sealed with a key
-- derived from the Idempotency-Key, so only a client that presents the key again can read them.
create table intake_idempotency (
    caller       varchar(300) not null,
    key_hash     bytea        not null,
    request_hash bytea        not null,
    dossier_id   uuid         not null references dossier (id) deferrable initially deferred,
    sealed       bytea        not null,
    created_at   timestamptz  not null default now(),
    primary key (caller, key_hash)
);

-- Transactional outbox: written in the transaction of the state change, published by the relay.
create table outbox_event (
    id           bigint       generated always as identity primary key,
    event_id     uuid         not null unique,
    aggregate_id uuid         not null,
    topic        varchar(200) not null,
    type         varchar(200) not null,
    subject      varchar(200),
    occurred_at  timestamptz  not null,
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    sent_at      timestamptz,
    attempts     integer      not null default 0
);
-- the relay's work queue: unsent rows in order, and per aggregate (to keep one dossier's events ordered)
create index outbox_event_unsent on outbox_event (id) where sent_at is null;
create index outbox_event_unsent_aggregate on outbox_event (aggregate_id, id) where sent_at is null;
