-- Historical import (POST /api/v1/dossier-imports): which dossier each dossier of the old one-stop platform
-- became. The legacy id makes a re-import of the same dossier a no-op; the request hash tells a repeat of the
-- same dossier (answered with the earlier result) from a different dossier under a reused id (422).
create table dossier_import (
    legacy_id    varchar(100) primary key,
    dossier_id   uuid         not null unique references dossier (id),
    request_hash bytea        not null,
    imported_by  varchar(200) not null,
    imported_at  timestamptz  not null default now()
);
