-- The language each mail recipient reads: learnt from the request that gave the app their address
-- (Accept-Language), Chinese where nothing told it.
alter table match_request add column investor_language varchar(2) not null default 'ZH';
alter table reviewer add column language varchar(2) not null default 'ZH';
alter table saved_search add column language varchar(2) not null default 'ZH';
