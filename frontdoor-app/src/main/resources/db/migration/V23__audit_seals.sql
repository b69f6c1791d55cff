-- Audit seals in their own append-only table (ADR 32). Sealing used to update every audit_log row
-- once: a second version of the row and five new index entries each, through a row trigger, and a
-- dead row for vacuum. Now audit_log is written once and never changed; a seal is a small row here.

create table audit_seals (
    chain_seq      bigint primary key,
    -- Unique, so no entry is sealed twice. No foreign key: checking one would lock the entry's row
    -- (a write to audit_log per seal); the verifier reports a seal whose entry is gone.
    entry_id       bigint not null unique,
    previous_hash  text not null,
    hash           text not null
);

insert into audit_seals (chain_seq, entry_id, previous_hash, hash)
    select chain_seq, id, previous_hash, hash from audit_log where chain_seq is not null;

-- The transaction that wrote each entry, so that the sealer finds the entries it has not sealed
-- without a flag to clear on each: every transaction older than the oldest one running at the
-- last sealing round had committed (or not) by then, and its entries were sealed in that round.
alter table audit_log add column written_in xid8;
update audit_log set written_in = pg_current_xact_id() where hash is null;
alter table audit_log alter column written_in set default pg_current_xact_id();
-- With id: the sealer reads the entries in this order, so the index both finds and orders them.
create index audit_log_written_in on audit_log (written_in, id);

alter table audit_chain_head add column horizon xid8 not null default '0';

drop index audit_log_unsealed;
alter table audit_log drop column chain_seq, drop column previous_hash, drop column hash;

create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: entries cannot be changed or deleted', tg_table_name;
end;
$$;
create trigger audit_seals_append_only before update or delete on audit_seals
    for each row execute function audit_log_append_only();
create trigger audit_seals_no_truncate before truncate on audit_seals
    for each statement execute function audit_log_append_only();
