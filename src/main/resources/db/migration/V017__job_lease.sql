-- Scheduled jobs run once per cluster: a replica runs a job only while it holds the job's lease, taken
-- with one conditional upsert (free, expired, or already its own). An expired lease is a crashed
-- holder's; the next replica takes it over.
create table job_lease (
    name   varchar(64)              not null primary key,
    holder varchar(128)             not null,
    until  timestamp with time zone not null
);

-- The operator's index rebuild, as every replica reports it: one row, written by the replica that
-- runs it (under the lease "index-rebuild").
create table index_rebuild (
    id          smallint                 not null primary key check (id = 1),
    state       varchar(16)              not null,
    holder      varchar(128),
    started_at  timestamp with time zone,
    finished_at timestamp with time zone,
    total       bigint                   not null default 0,
    indexed     bigint                   not null default 0,
    error       varchar(200)
);
