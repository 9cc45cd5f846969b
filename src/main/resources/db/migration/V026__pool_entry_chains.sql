-- The key industry chains a pool entry serves: the achievement's chain tags, kept in step with them
-- (operator corrections, re-tagging after the chain file changed). Searched through the index (the chain
-- facet); counted and listed per chain in the database (GET /api/v1/chains, the opportunity lists).
alter table pool_entry add column chains jsonb not null default '[]';

create index pool_entry_chains on pool_entry using gin (chains jsonb_path_ops);
