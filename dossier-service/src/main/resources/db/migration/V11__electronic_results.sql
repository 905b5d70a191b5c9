-- Electronic results (vn.motcua.dossier.results): each row is one result document the officer attached to a dossier
-- (the decision, certificate or licence it resolves with), whose bytes are the object at object_key, under
-- dossier-results/ in the dossier-files bucket. As for files, the object is stored first and the row after it.
create table electronic_result (
    id                    uuid          primary key,
    dossier_id            uuid          not null references dossier (id),
    result_code           varchar(100)  not null,
    number_symbol         varchar(100)  not null,
    summary               varchar(2000) not null,
    issue_date            date          not null,
    valid_until           date,
    paper_result_required boolean       not null,
    object_key            varchar(200)  not null unique,
    sha256                char(64)      not null,
    size                  bigint        not null check (size > 0),
    media_type            varchar(100)  not null,
    attached_by           varchar(200)  not null,
    attached_at           timestamptz   not null,
    check (valid_until is null or valid_until >= issue_date)
);
create index electronic_result_dossier on electronic_result (dossier_id, attached_at);
