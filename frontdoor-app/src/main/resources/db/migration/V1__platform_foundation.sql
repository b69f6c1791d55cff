-- Platform foundation: accounts, teams, sign-in throttling, outbound email, audit log,
-- HTTP sessions (Spring Session) and the event publication registry (Spring Modulith outbox).
-- This file is the only place these tables are defined: Flyway is the single schema history.

create table teams (
    id          uuid primary key,
    name        text not null check (length(name) between 1 and 100),
    created_at  timestamptz not null default now()
);
create unique index teams_name_uq on teams (lower(name));

create table accounts (
    id                 uuid primary key,
    email              text not null check (length(email) between 3 and 254),
    display_name       text not null check (length(display_name) between 1 and 100),
    password_hash      text,
    kind               text not null check (kind in ('CITIZEN', 'STAFF')),
    email_verified_at  timestamptz,
    enabled            boolean not null default true,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
-- Emails are compared case-insensitively: one account per mailbox whatever the capitals.
create unique index accounts_email_uq on accounts (lower(email));

create table account_roles (
    account_id  uuid not null references accounts (id) on delete cascade,
    role        text not null check (role in ('CITIZEN', 'CASEWORKER', 'TEAM_LEAD', 'GRANT_ASSESSOR', 'ADMIN', 'PROVIDER')),
    primary key (account_id, role)
);

create table team_members (
    team_id     uuid not null references teams (id) on delete cascade,
    account_id  uuid not null references accounts (id) on delete cascade,
    primary key (team_id, account_id)
);
create index team_members_account on team_members (account_id);

-- Accounts signed in through an OpenID Connect provider: the provider's (issuer, subject) pair is
-- the stable identity, never the email, which the person can change at the provider.
create table account_identities (
    issuer      text not null,
    subject     text not null,
    account_id  uuid not null references accounts (id) on delete cascade,
    linked_at   timestamptz not null default now(),
    primary key (issuer, subject)
);

-- One-time tokens sent by email. Only a hash is stored, so a database read does not yield a usable link.
create table account_tokens (
    token_hash  text primary key,
    account_id  uuid not null references accounts (id) on delete cascade,
    purpose     text not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);
create index account_tokens_account on account_tokens (account_id, purpose);

-- Sign-in attempts, shared by every node, so throttling holds behind a load balancer.
create table sign_in_attempts (
    id              bigint generated always as identity primary key,
    login           text not null,
    remote_address  text,
    succeeded       boolean not null,
    attempted_at    timestamptz not null default now()
);
create index sign_in_attempts_login on sign_in_attempts (lower(login), attempted_at);
create index sign_in_attempts_address on sign_in_attempts (remote_address, attempted_at);

create table outbound_emails (
    id          uuid primary key,
    recipient   text not null,
    subject     text not null,
    body        text not null,
    status      text not null check (status in ('QUEUED', 'SENT', 'LOGGED', 'FAILED')),
    failure     text,
    queued_at   timestamptz not null default now(),
    sent_at     timestamptz
);
create index outbound_emails_recipient on outbound_emails (lower(recipient), queued_at desc);

-- Append-only, tamper-evident audit log. Entries are written unsealed (no hash) inside the
-- transaction that caused them, so auditing never serialises the application's writes; a sealer
-- then chains them in order (chain_seq) with SHA-256 hashes that link each entry to the previous one.
create table audit_log (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default clock_timestamp(),
    actor_id       text not null,
    actor_name     text not null,
    action         text not null,
    subject_type   text not null,
    subject_id     text,
    purpose        text not null,
    details        jsonb not null default '{}'::jsonb,
    request_id     text,
    chain_seq      bigint unique,
    previous_hash  text,
    hash           text
);
create index audit_log_unsealed on audit_log (id) where hash is null;
create index audit_log_subject on audit_log (subject_type, subject_id, occurred_at desc);
create index audit_log_actor on audit_log (actor_id, occurred_at desc);
create index audit_log_occurred on audit_log (occurred_at desc);

-- The last sealed link, so that removing entries from the end of the chain is detected too.
create table audit_chain_head (
    singleton   boolean primary key default true check (singleton),
    chain_seq   bigint not null,
    hash        text not null
);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'TRUNCATE') then
        raise exception 'audit_log is append-only: entries cannot be deleted';
    end if;
    if old.hash is not null then
        raise exception 'audit_log entry % is sealed and cannot change', old.id;
    end if;
    if (new.occurred_at, new.actor_id, new.actor_name, new.action, new.subject_type, new.subject_id,
        new.purpose, new.details, new.request_id)
       is distinct from
       (old.occurred_at, old.actor_id, old.actor_name, old.action, old.subject_type, old.subject_id,
        old.purpose, old.details, old.request_id) then
        raise exception 'audit_log entry % can only be sealed, not edited', old.id;
    end if;
    return new;
end;
$$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();

-- Spring Session (JDBC): sessions live in the database so any node can serve any request.
create table spring_session (
    primary_id             char(36) not null,
    session_id             char(36) not null,
    creation_time          bigint not null,
    last_access_time       bigint not null,
    max_inactive_interval  int not null,
    expiry_time            bigint not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36) not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Spring Modulith event publication registry: events are stored with the transaction that
-- published them (a transactional outbox), so a crash between commit and delivery loses none.
create table event_publication (
    id                      uuid not null primary key,
    listener_id             text not null,
    event_type              text not null,
    serialized_event        text not null,
    publication_date        timestamptz not null,
    completion_date         timestamptz,
    status                  text,
    completion_attempts     int,
    last_resubmission_date  timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
