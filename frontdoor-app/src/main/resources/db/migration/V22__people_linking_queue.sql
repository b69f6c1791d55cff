-- Submitted cases whose applicant is still to be linked to the person registry (ADR 0031). A row is
-- written in the transaction that submits the case and deleted in the one that links it; workers on
-- every node take due rows in batches with FOR UPDATE SKIP LOCKED. A batch that fails is done again
-- one row at a time; a row that fails alone is tried again later (not_before), its error kept.
create table people_linking_queue (
    case_id       uuid primary key,
    reference     text not null,
    service_id    text not null,
    team          text,
    applicant_id  uuid not null,
    queued_at     timestamptz not null default now(),
    not_before    timestamptz not null default now(),
    attempts      integer not null default 0,
    last_error    text
);
create index people_linking_queue_due on people_linking_queue (not_before);

-- Linking was an outbox listener until now: its outstanding deliveries become queue rows.
insert into people_linking_queue (case_id, reference, service_id, team, applicant_id, queued_at)
select (serialized_event::jsonb ->> 'caseId')::uuid, serialized_event::jsonb ->> 'reference',
       serialized_event::jsonb ->> 'serviceId', serialized_event::jsonb ->> 'team',
       (serialized_event::jsonb ->> 'applicantId')::uuid, publication_date
from event_publication
where listener_id like 'org.frontdoor.people.internal.ApplicantLinking.%' and completion_date is null
on conflict (case_id) do nothing;
delete from event_publication where listener_id like 'org.frontdoor.people.internal.ApplicantLinking.%';
