-- Grants: the history of past funding, imported from 360Giving files (ours and other funders'),
-- so due diligence can see an organisation funded before, by whom and how much.
-- One row per 360Giving grant id: importing a file again updates its grants instead of adding them twice.
create table past_grants (
    grant_id                 text primary key,
    funder_org_id            text not null,
    funder_name              text not null,
    -- Null when the grant went to an individual.
    recipient_org_id         text,
    recipient_name           text,
    title                    text,
    description              text,
    currency                 text not null,
    -- Exact, as written in the file: never converted through floating point.
    amount_awarded           numeric(14, 2) not null,
    award_date               date not null,
    planned_start            date,
    planned_end              date,
    grant_programme_title    text,
    -- The file (or the person's upload) the grant came from.
    source_name              text not null,
    imported_at              timestamptz not null default now(),
    -- The grant as published, before any reading of its dates or columns.
    record                   jsonb not null
);

-- "Funded before?": every grant to one organisation, newest first.
create index past_grants_recipient on past_grants (recipient_org_id, award_date desc) where recipient_org_id is not null;
-- "Funded more than once by the same funder?" and a funder's own history.
create index past_grants_funder on past_grants (funder_org_id, recipient_org_id);
