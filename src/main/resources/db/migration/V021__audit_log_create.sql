-- The audit log: who did what when. Written by the features in the transaction of the change it records;
-- never changed afterwards (see docs/decisions/016-append-only-audit-log.md).
create table audit_log (
    id             uuid primary key,
    at             timestamp with time zone not null,
    action         varchar(64)   not null,
    subject_type   varchar(64)   not null,
    subject_id     varchar(100)  not null,
    -- The token's sub (stable across renames), its preferred_username and realm roles; null for the system.
    actor_subject  varchar(255),
    actor_username varchar(255),
    actor_roles    varchar(255),
    -- As the app sees it: the connection's, or what a trusted proxy forwarded.
    client_address varchar(64),
    details        jsonb,
    -- Set only by recordOnce: action, subject and actor, so a "first time" is recorded once even under races.
    once_key       varchar(512) unique
);

create index audit_log_newest on audit_log (at desc, id desc);
create index audit_log_action on audit_log (action, at desc);
create index audit_log_actor on audit_log (actor_username, at desc);
create index audit_log_subject on audit_log (subject_id, at desc);

-- Append-only for everyone, the table's owner included: the app runs as the owner wherever one role both
-- migrates and serves (dev, tests, the embedded run), and an owner's privileges cannot be withheld from it.
create function audit_log_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_append_only();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_append_only();

-- Where the migrations log in as one role and create as another (Flyway's initSql "set role techpool_owner",
-- the production set-up of decision 016), the login role is the app's: take the rights away from it, and from
-- anyone but the owner.
revoke update, delete, truncate on audit_log from public;
do
$$
declare
    owner name := (select tableowner from pg_tables where schemaname = current_schema() and tablename = 'audit_log');
begin
    if session_user <> owner then
        execute format('revoke update, delete, truncate on audit_log from %I', session_user);
    end if;
    if current_user <> owner then
        execute format('revoke update, delete, truncate on audit_log from %I', current_user);
    end if;
end
$$;
