-- Records the consumers could not apply (they break the event contract, or fail for a lasting reason), kept for
-- the admin API to list and re-drive (motcua-dead-letters). The record is kept as read: key, value and headers as
-- bytes, since a record that breaks the contract may hold anything. The same records also go to <topic>.dlq.
create table dead_letter (
    id               bigint generated always as identity primary key,
    topic            text        not null,
    kafka_partition  int         not null,
    kafka_offset     bigint      not null,
    record_key       bytea,
    record_value     bytea,
    record_headers   bytea       not null,
    event_id         text,
    event_type       text,
    reason           text        not null,
    cause            text        not null,
    dead_lettered_at timestamptz not null default now(),
    redrive_attempts int         not null default 0,
    redriven_at      timestamptz,
    unique (topic, kafka_partition, kafka_offset)
);
create index dead_letter_pending on dead_letter (topic, id) where redriven_at is null;
