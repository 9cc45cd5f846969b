-- Hibernate Search names the outbox columns in camel case (entityName), which PostgreSQL folded to
-- entityname in V003. The ORM now maps every name to snake case (physical naming strategy), the
-- outbox tables' included, so their columns take the names it asks for.
alter table hsearch_agent rename column totalshardcount to total_shard_count;
alter table hsearch_agent rename column assignedshardindex to assigned_shard_index;
alter table hsearch_agent rename column tenantid to tenant_id;

alter table hsearch_outbox_event rename column entityname to entity_name;
alter table hsearch_outbox_event rename column entityid to entity_id;
alter table hsearch_outbox_event rename column entityidhash to entity_id_hash;
alter table hsearch_outbox_event rename column processafter to process_after;
alter table hsearch_outbox_event rename column tenantid to tenant_id;
alter index hsearch_outbox_event_processafter rename to hsearch_outbox_event_process_after;
