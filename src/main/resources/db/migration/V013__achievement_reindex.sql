-- Rounds whose achievements were concluded with one statement and still have to be queued for
-- reindexing. Written in the publishing transaction, so a crash before the queueing loses nothing;
-- drained by one replica at a time (FOR UPDATE SKIP LOCKED) right after the commit, swept every minute.
create table achievement_reindex (
    round_id  uuid primary key,
    queued_at timestamp with time zone not null
);
