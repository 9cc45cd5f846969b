-- Hibernate Search outbox-polling coordination: entity changes are written here in the same
-- transaction as the change, and background processors (on every replica) index them.
create table hsearch_agent (
    id                 uuid         not null primary key,
    type               varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name               varchar(255) not null,
    expiration         timestamp(6) with time zone not null,
    state              varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    totalshardcount    integer,
    assignedshardindex integer,
    tenantid           varchar(255),
    payload            bytea
);

create table hsearch_outbox_event (
    id           uuid         not null primary key,
    entityname   varchar(256) not null,
    entityid     varchar(256) not null,
    entityidhash integer      not null,
    payload      bytea        not null,
    retries      integer      not null,
    processafter timestamp(6) with time zone not null,
    status       varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenantid     varchar(255)
);

create index hsearch_outbox_event_processafter on hsearch_outbox_event (processafter);
