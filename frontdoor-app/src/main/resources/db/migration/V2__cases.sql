-- Cases: an application submitted to a service becomes a case that keeps the service version it
-- started with, moves through that version's life cycle, and has a timeline.

create sequence case_reference_seq;

create table cases (
    id                       uuid primary key,
    reference                text not null unique,
    service_id               text not null,
    service_version          int not null,
    applicant_id             uuid not null references accounts (id),
    team                     text not null,
    state                    text not null,
    assignee_id              uuid references accounts (id),
    answers                  jsonb not null,
    submitted_at             timestamptz not null default now(),
    state_entered_at         timestamptz not null default now(),
    due_on                   date,
    -- Optimistic locking: two people acting on one case at once cannot both win.
    lock_version             int not null default 0,
    -- A retried submission with the same key returns the first case instead of creating another.
    idempotency_key          text,
    idempotency_fingerprint  text,
    constraint cases_idempotency_uq unique (applicant_id, idempotency_key)
);
create index cases_applicant on cases (applicant_id, submitted_at desc);
create index cases_team_state on cases (team, state, due_on);
create index cases_service_state on cases (service_id, state);
create index cases_assignee on cases (assignee_id, due_on) where assignee_id is not null;

create table case_events (
    id                  bigint generated always as identity primary key,
    case_id             uuid not null references cases (id),
    occurred_at         timestamptz not null default now(),
    actor_id            uuid references accounts (id),
    kind                text not null check (kind in ('SUBMITTED', 'TRANSITION', 'NOTE', 'MESSAGE')),
    from_state          text,
    to_state            text,
    transition          text,
    text                text,
    visible_to_citizen  boolean not null
);
create index case_events_case on case_events (case_id, id);
