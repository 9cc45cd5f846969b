-- Imports run in the background (POST /api/v1/achievements/import?async=true): their state and progress live
-- here, so that whichever replica a client asks answers GET .../import/jobs/{id}. result holds the answer of the
-- import once it finished (ImportResult: created drafts or every error), problem a refusal of the whole file.
create table achievement_import_job (
    id                uuid primary key,
    organization_code text                     not null,
    username          text                     not null,
    state             text                     not null,
    dry_run           boolean                  not null,
    done              integer                  not null,
    total             integer                  not null,
    result            jsonb,
    problem           jsonb,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create index achievement_import_job_organization on achievement_import_job (organization_code, created_at);
