-- Due diligence: one report per case, the result of each check, and overrides of the rating.
create table diligence_reports (
    case_id          uuid primary key,
    reference        text not null,
    service_id       text not null,
    team             text not null,
    applicant_id     uuid not null,
    expected_checks  text[] not null,
    created_at       timestamptz not null default now(),
    completed_at     timestamptz
);

-- One row per check per case; a re-run replaces the check's row.
create table diligence_results (
    case_id     uuid not null references diligence_reports (case_id),
    check_name  text not null,
    outcome     text not null check (outcome in ('PASS', 'REFER', 'FAIL')),
    summary     text not null,
    evidence    jsonb not null,
    source      text not null,
    checked_at  timestamptz not null,
    primary key (case_id, check_name)
);

-- Every override is kept; the newest is in force.
create table diligence_overrides (
    id          bigint generated always as identity primary key,
    case_id     uuid not null references diligence_reports (case_id),
    rating      text not null check (rating in ('RED', 'AMBER', 'GREEN')),
    reason      text not null check (length(reason) between 1 and 2000),
    by_id       uuid not null,
    by_name     text not null,
    created_at  timestamptz not null default now()
);
create index diligence_overrides_case on diligence_overrides (case_id, id desc);
