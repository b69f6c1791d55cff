-- Grants: programmes and their rounds, organisations that apply, applications (each one a case of
-- the programme's form), assessment, decisions, an append-only money ledger, payments and runs.
-- Money is numeric(14,2): exact pounds and pence, never floating point.

create table grant_programmes (
    id             text primary key,
    version        int not null,
    name           text not null,
    funder_org_id  text not null,
    funder_name    text not null,
    budget         numeric(14, 2) not null check (budget >= 0),
    service_id     text not null,
    -- The definition as written (YAML): eligibility rules, criteria, documents, amounts.
    definition     text not null,
    created_at     timestamptz not null default now(),
    created_by     uuid references accounts (id)
);

create table grant_rounds (
    id            uuid primary key,
    programme_id  text not null references grant_programmes (id),
    name          text not null,
    opens_at      timestamptz not null,
    closes_at     timestamptz not null,
    constraint grant_rounds_dates check (closes_at > opens_at),
    constraint grant_rounds_name_uq unique (programme_id, name)
);
create index grant_rounds_open on grant_rounds (closes_at, opens_at);

-- Organisations are named the 360Giving way (GB-COH-01234567, GB-CHC-1234567, ...).
create table organisations (
    org_id      text primary key,
    name        text not null,
    kind        text not null check (kind in ('COMPANY', 'CHARITY', 'OTHER')),
    created_at  timestamptz not null default now()
);

-- People who work on an organisation's applications.
create table organisation_members (
    org_id      text not null references organisations (org_id),
    account_id  uuid not null references accounts (id),
    joined_at   timestamptz not null default now(),
    primary key (org_id, account_id)
);
create index organisation_members_account on organisation_members (account_id);

-- A draft of a programme's form, started after the eligibility check, and what it is for.
create table grant_drafts (
    draft_id        uuid primary key references drafts (id),
    round_id        uuid not null references grant_rounds (id),
    applicant_kind  text not null check (applicant_kind in ('INDIVIDUAL', 'COMPANY', 'CHARITY', 'OTHER')),
    org_id          text references organisations (org_id),
    eligibility     jsonb not null default '{}'::jsonb,
    created_at      timestamptz not null default now()
);
create index grant_drafts_org on grant_drafts (org_id) where org_id is not null;

create table grant_applications (
    case_id           uuid primary key references cases (id),
    programme_id      text not null references grant_programmes (id),
    round_id          uuid not null references grant_rounds (id),
    applicant_kind    text not null,
    org_id            text references organisations (org_id),
    recipient_name    text not null,
    amount_requested  numeric(14, 2) not null check (amount_requested > 0),
    submitted_at      timestamptz not null,
    decision          text check (decision in ('AWARDED', 'REJECTED', 'WAITLISTED')),
    decision_reason   text,
    amount_awarded    numeric(14, 2) check (amount_awarded > 0),
    decided_at        timestamptz,
    decided_by        uuid references accounts (id),
    offer_accepted_at timestamptz,
    first_paid_at     timestamptz,
    constraint grant_award_has_amount check ((decision = 'AWARDED') = (amount_awarded is not null))
);
create index grant_applications_round on grant_applications (round_id, decision);
create index grant_applications_programme on grant_applications (programme_id, decision);
create index grant_applications_org on grant_applications (org_id) where org_id is not null;

-- Assessors declare conflicts of interest with an organisation or an applicant's application.
create table grant_conflicts (
    programme_id  text not null references grant_programmes (id),
    assessor_id   uuid not null references accounts (id),
    case_id       uuid not null references grant_applications (case_id),
    reason        text not null,
    declared_at   timestamptz not null default now(),
    primary key (case_id, assessor_id)
);

create table grant_assessments (
    case_id       uuid not null references grant_applications (case_id),
    assessor_id   uuid not null references accounts (id),
    assigned_by   uuid references accounts (id),
    assigned_at   timestamptz not null default now(),
    -- Weighted total out of 100, set when the assessor submits every criterion's score.
    total         numeric(6, 2),
    submitted_at  timestamptz,
    primary key (case_id, assessor_id)
);
create index grant_assessments_assessor on grant_assessments (assessor_id, submitted_at);

create table grant_scores (
    case_id      uuid not null,
    assessor_id  uuid not null,
    criterion    text not null,
    score        int not null check (score between 0 and 10),
    comment      text not null,
    primary key (case_id, assessor_id, criterion),
    foreign key (case_id, assessor_id) references grant_assessments (case_id, assessor_id)
);

-- Every movement of money, never changed or removed. Each entry carries the programme's committed
-- and paid totals after it, computed under the programme's row lock, so a balance is one row read
-- and the sum of awards can be checked against the budget without scanning the ledger.
create table grant_ledger (
    id               bigint generated always as identity primary key,
    programme_id     text not null references grant_programmes (id),
    case_id          uuid not null references grant_applications (case_id),
    kind             text not null check (kind in ('COMMITTED', 'PAID', 'VARIED', 'CLAWED_BACK')),
    amount           numeric(14, 2) not null,
    committed_after  numeric(14, 2) not null check (committed_after >= 0),
    paid_after       numeric(14, 2) not null check (paid_after >= 0),
    reason           text,
    payment_id       uuid,
    actor_id         uuid references accounts (id),
    recorded_at      timestamptz not null default now()
);
create index grant_ledger_programme on grant_ledger (programme_id, id desc);
create index grant_ledger_case on grant_ledger (case_id, id);

create function grant_ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'grant_ledger is append-only: record a correcting entry instead';
end;
$$;
create trigger grant_ledger_append_only before update or delete on grant_ledger
    for each row execute function grant_ledger_is_append_only();

create table payment_runs (
    id              uuid primary key,
    message_id      text not null unique,
    status          text not null check (status in ('CREATED', 'CONFIRMED', 'FAILED')),
    execution_date  date not null,
    payment_count   int not null,
    control_sum     numeric(16, 2) not null,
    file            bytea not null,
    created_by      uuid references accounts (id),
    created_at      timestamptz not null default now(),
    closed_by       uuid references accounts (id),
    closed_at       timestamptz
);

create table grant_payments (
    id            uuid primary key,
    case_id       uuid not null references grant_applications (case_id),
    programme_id  text not null references grant_programmes (id),
    instalment    int not null,
    amount        numeric(14, 2) not null check (amount > 0),
    due_on        date not null,
    -- A payment may wait for a condition as well as its date.
    condition     text check (condition in ('MONITORING_REPORT')),
    status        text not null check (status in ('SCHEDULED', 'IN_RUN', 'PAID', 'CANCELLED')),
    run_id        uuid references payment_runs (id),
    paid_at       timestamptz,
    created_at    timestamptz not null default now(),
    constraint grant_payments_instalment_uq unique (case_id, instalment)
);
create index grant_payments_due on grant_payments (due_on) where status = 'SCHEDULED';
create index grant_payments_run on grant_payments (run_id) where run_id is not null;

create table grant_monitoring_reports (
    id            uuid primary key,
    case_id       uuid not null references grant_applications (case_id),
    submitted_by  uuid not null references accounts (id),
    submitted_at  timestamptz not null default now(),
    summary       text not null,
    spent         numeric(14, 2) not null check (spent >= 0)
);
create index grant_monitoring_reports_case on grant_monitoring_reports (case_id, submitted_at);
