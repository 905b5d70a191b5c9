-- Component files (vn.motcua.dossier.files): each row is one file attached to a component of the dossier, whose
-- bytes are the object at object_key in the dossier-files bucket. The object is stored first and the row after it,
-- so an object may briefly (or, after a crash, until the sweep) have no row, but a row always has its object.
create table dossier_file (
    id           uuid         primary key,
    dossier_id   uuid         not null references dossier (id),
    component    varchar(500) not null,
    object_key   varchar(200) not null unique,
    sha256       char(64)     not null,
    size         bigint       not null check (size > 0),
    media_type   varchar(100) not null,
    file_name    varchar(255) not null,
    digitised    boolean      not null,
    reused       boolean      not null,
    uploaded_by  varchar(200) not null,
    uploaded_at  timestamptz  not null
);
create index dossier_file_dossier on dossier_file (dossier_id, uploaded_at);

-- Every download of a file (who, when, which file), listed for the officers of the dossier's unit.
create table dossier_file_download (
    id            bigint       generated always as identity primary key,
    file_id       uuid         not null references dossier_file (id),
    dossier_id    uuid         not null references dossier (id),
    downloaded_by varchar(200) not null,
    downloaded_at timestamptz  not null
);
create index dossier_file_download_dossier on dossier_file_download (dossier_id, downloaded_at);
