-- The rule set a round was created with, by content: computing with a changed file of the same
-- (id, version) is refused.
alter table review_round add column rules_digest varchar(64);

-- One stored computation per round (the latest; replaced until the round is published).
create table round_result (
    round_id      uuid primary key references review_round (id),
    rules_id      varchar(64)  not null,
    rules_version integer      not null,
    rules_digest  varchar(64)  not null,
    input_digest  varchar(64)  not null,
    computed_at   timestamp with time zone not null,
    result        jsonb        not null
);

-- A revised achievement links to the NOT_SELECTED one it was copied from.
alter table achievement add column previous_id uuid references achievement (id);
