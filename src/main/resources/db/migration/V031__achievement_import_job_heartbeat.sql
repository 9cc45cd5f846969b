-- A background import is alive while the replica running it beats for it: heartbeat_at, on the database's clock,
-- moved every techpool.import.heartbeat-every. A RUNNING job whose beats stopped (its replica was killed or
-- stopped) is ended FAILED by any replica, with a message in the language of whoever started it (language).
-- Jobs of before this migration start beating now: one left RUNNING by a replica that is gone ends FAILED.
alter table achievement_import_job
    add column heartbeat_at timestamp with time zone not null default now(),
    add column language     varchar(2)               not null default 'ZH';
alter table achievement_import_job alter column language drop default;
create index achievement_import_job_running on achievement_import_job (heartbeat_at) where state = 'RUNNING';
