-- Events already applied, stored in the same transaction as the change they made, so a redelivery
-- changes nothing.
create table processed_event (
    event_id     varchar(200) primary key,
    topic        varchar(200) not null,
    processed_at timestamptz  not null default now()
);

-- One survey per dossier, from dossier-received (token, unit, procedure, channel) and dossier-resolved
-- (outcome, resolution time). Either event may arrive first: a row made by dossier-resolved has no token
-- yet. The survey opens once both are here and the outcome is APPROVED or REJECTED.
create table survey (
    dossier_id            uuid          primary key,
    token                 varchar(100)  unique,
    unit_code             varchar(35)   not null,
    unit_name             varchar(500)  not null,
    procedure_code        varchar(30)   not null,
    procedure_name        varchar(1000) not null,
    channel               varchar(20)   not null,
    received_at           timestamptz,
    outcome               varchar(20),
    resolved_at           timestamptz,
    opened_at             timestamptz,
    closes_at             timestamptz,
    questionnaire_version integer       references questionnaire (version),
    answered_at           timestamptz,
    created_at            timestamptz   not null default now()
);
create index survey_unit_opened on survey (unit_code, opened_at);

-- A response: to a dossier's survey (at most one per dossier) or anonymous from a unit's kiosk.
-- Unit, procedure and channel are copied so results need no join and kiosk responses fit in.
create table survey_response (
    id                    uuid          primary key,
    source                varchar(10)   not null check (source in ('DOSSIER', 'KIOSK')),
    dossier_id            uuid          unique references survey (dossier_id),
    unit_code             varchar(35)   not null,
    procedure_code        varchar(30),
    channel               varchar(20),
    questionnaire_version integer       not null references questionnaire (version),
    comment               varchar(1000),
    submitted_at          timestamptz   not null,
    check ((source = 'DOSSIER') = (dossier_id is not null))
);
create index survey_response_unit_time on survey_response (unit_code, submitted_at);

create table response_answer (
    response_id   uuid        not null references survey_response (id),
    question_code varchar(40) not null,
    group_code    varchar(40) not null,
    score         smallint    not null check (score between 1 and 5),
    primary key (response_id, question_code)
);

-- Transactional outbox for survey-response-submitted: the row commits with the response; the relay
-- publishes it as a CloudEvent and marks it sent.
create table outbox_event (
    id           bigint       generated always as identity primary key,
    event_id     uuid         not null unique,
    record_key   varchar(100) not null,
    topic        varchar(200) not null,
    type         varchar(200) not null,
    subject      varchar(200),
    occurred_at  timestamptz  not null,
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    sent_at      timestamptz
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null;
