-- The person registry: source systems, their records, the persons the records are linked into, the
-- clerical review queue, human decisions, and the history of every link. Nothing here is ever deleted
-- by linking: merges and splits move records between persons and write history.

-- A source system, say 'tax'. trust maps a field (given_name, surname, ...) to a level 0-100;
-- the golden record takes each field from the most trusted source, then the most recent record.
create table people_sources (
    id         text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name       text not null unique,
    trust      jsonb not null default '{}'::jsonb,
    created_at timestamptz not null default now()
);

-- A person: what records are linked into. merged_into is set when a merge folded it into another.
create table people_persons (
    id          uuid primary key,
    created_at  timestamptz not null default now(),
    merged_into uuid references people_persons (id)
);

-- One record of one source, idempotent on (source, source record id). values is the raw record
-- (field -> value). match_* say why it belongs to its person: the probability and explanation of
-- the link to matched_record, null for the first record of a person. decided_by_human: a reviewer,
-- a merge or a split put it there, and no later batch run moves it.
create table people_records (
    id               uuid primary key,
    source_id        text not null references people_sources (id),
    source_record_id text not null,
    person_id        uuid not null references people_persons (id),
    fields           jsonb not null,
    recorded_at      timestamptz not null,
    imported_at      timestamptz not null default now(),
    link_kind        text not null check (link_kind in ('NEW_PERSON', 'AUTOMATIC', 'REVIEWED', 'MERGED', 'SPLIT')),
    match_probability double precision,
    match_explanation jsonb,
    matched_record_id uuid references people_records (id),
    decided_by_human boolean not null default false,
    unique (source_id, source_record_id)
);
create index people_records_person on people_records (person_id);

-- Pairs in the uncertain band, waiting for a person to decide.
create table people_reviews (
    id                  uuid primary key,
    record_id           uuid not null references people_records (id),
    candidate_record_id uuid not null references people_records (id),
    match_probability   double precision not null,
    explanation         jsonb not null,
    status              text not null check (status in ('OPEN', 'ACCEPTED', 'REJECTED')),
    created_at          timestamptz not null default now(),
    decided_at          timestamptz,
    decided_by          text
);
create unique index people_reviews_one_open on people_reviews (record_id, candidate_record_id) where status = 'OPEN';
create index people_reviews_open on people_reviews (created_at) where status = 'OPEN';

-- Human decisions on pairs of records, stored in one order (record_a < record_b). They are labels:
-- matching never proposes a pair a person rejected, and they can train the model.
create table people_decisions (
    record_a    uuid not null references people_records (id),
    record_b    uuid not null references people_records (id),
    same_person boolean not null,
    decided_by  text not null,
    decided_at  timestamptz not null default now(),
    primary key (record_a, record_b),
    check (record_a < record_b)
);

-- Everything that happened to a person: records linked, merges, splits, reviews.
create table people_history (
    id           bigserial primary key,
    person_id    uuid not null references people_persons (id),
    action       text not null,
    record_id    uuid references people_records (id),
    other_person uuid references people_persons (id),
    detail       text,
    actor        text not null,
    occurred_at  timestamptz not null default now()
);
create index people_history_person on people_history (person_id, occurred_at);

-- Cases whose applicant was matched at submission, through the applicant's record.
create table people_cases (
    case_id      uuid primary key,
    reference    text not null,
    service_id   text not null,
    team         text,
    applicant_id uuid not null,
    record_id    uuid not null references people_records (id),
    submitted_at timestamptz not null default now()
);
create index people_cases_record on people_cases (record_id);

-- The source of case applicants: their own account details, trusted most for the email address.
insert into people_sources (id, name, trust) values
    ('frontdoor', 'Frontdoor accounts', '{"email": 90, "given_name": 30, "surname": 30}'::jsonb);
