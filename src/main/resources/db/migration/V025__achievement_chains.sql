-- The key industry chains an achievement serves (ids of the chain file, techpool.industry.chains-file), in the
-- file's order. chains_source: null while untagged (drafts), AUTO when tagged from division and keywords,
-- OPERATOR once an operator set them (then kept through changes of the file). chains_digest: the digest of the
-- chain file the tags were made or checked under; a start with another file re-tags the AUTO ones.
alter table achievement
    add column chains        jsonb       not null default '[]',
    add column chains_source varchar(8)  check (chains_source in ('AUTO', 'OPERATOR')),
    add column chains_digest varchar(64);
