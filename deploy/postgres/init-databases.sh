#!/bin/sh
# Runs once, when the PostgreSQL container initialises its data folder: one database and one role
# (own password) per service; a role may connect only to its own database.
set -eu
create() {
  name=$1 password=$2
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
create role $name login password '$password';
create database $name owner $name encoding 'UTF8' template template0;
revoke all on database $name from public;
SQL
}
create catalog "$CATALOG_DB_PASSWORD"
create dossier "$DOSSIER_DB_PASSWORD"
create survey "$SURVEY_DB_PASSWORD"
create reporting "$REPORTING_DB_PASSWORD"
