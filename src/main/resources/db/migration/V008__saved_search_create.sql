-- An investor's saved pool query; its matches are recorded once, so nobody is told twice of one entry.
create table saved_search (
    id             uuid primary key,
    owner_username varchar(100) not null,
    email          varchar(254),
    name           varchar(100) not null,
    criteria       jsonb        not null,
    created_at     timestamp with time zone not null
);

create index saved_search_owner on saved_search (owner_username);

create table saved_search_match (
    saved_search_id uuid not null references saved_search (id) on delete cascade,
    entry_id        uuid not null references pool_entry (id),
    found_at        timestamp with time zone not null,
    notified_at     timestamp with time zone,
    seen_at         timestamp with time zone,
    primary key (saved_search_id, entry_id)
);
