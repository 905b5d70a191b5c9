-- The survey token is a capability printed on the receipt slip; survey-service only has to recognise it, so it
-- keeps its SHA-256 (hex), as dossier-service does, and looks surveys up by that. Existing tokens are hashed in
-- place; the readable column goes.
alter table survey add column token_hash varchar(64);
update survey set token_hash = encode(sha256(convert_to(token, 'UTF8')), 'hex') where token is not null;
alter table survey drop column token;
alter table survey add constraint survey_token_hash_unique unique (token_hash);
