-- A kiosk's retry with the same Idempotency-Key (scoped per kiosk unit) finds the response it already made
-- here instead of making another. The request hash tells a true retry from a reuse of the key for another
-- body. response_id is filled in the same transaction that claims the key.
create table kiosk_idempotency (
    unit_code       varchar(35)  not null,
    idempotency_key varchar(200) not null,
    request_hash    bytea        not null,
    response_id     uuid         references survey_response (id),
    created_at      timestamptz  not null default now(),
    primary key (unit_code, idempotency_key)
);
