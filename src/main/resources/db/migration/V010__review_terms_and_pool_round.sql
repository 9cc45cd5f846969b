-- Review keeps what a round sets for its reviews, so that it never reads the round's table
-- (ARCHITECTURE.md: review does not use round). The round writes these when it is created or edited.
create table review_terms (
    round_id        uuid primary key references review_round (id),
    round_name      varchar(200) not null,
    review_deadline timestamp with time zone not null,
    rules_id        varchar(64)  not null,
    rules_version   integer      not null,
    rules_digest    varchar(64)
);

insert into review_terms (round_id, round_name, review_deadline, rules_id, rules_version, rules_digest)
select id, name, review_deadline, rules_id, rules_version, rules_digest from review_round;

-- The pool keeps the published rounds it holds entries of (their names label the round facet),
-- learnt from the publication event, instead of reading review_round.
create table pool_round (
    id           uuid primary key,
    name         varchar(200) not null,
    published_at timestamp with time zone not null
);

insert into pool_round (id, name, published_at)
select r.id, r.name, min(e.published_at)
from review_round r join pool_entry e on e.round_id = r.id
group by r.id, r.name;
