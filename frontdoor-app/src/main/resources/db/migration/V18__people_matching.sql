-- Matching that every node follows, and linkage models retrained with the reviewers' decisions.
--
-- Each node keeps the engine's index of every record in memory. people_matching says what that index
-- must reflect: generation is raised by every record added or changed (in the same transaction, while
-- holding this row's lock, so generations commit in order), and model_version names the model to
-- match with. A node polls this one row every second and, when it moved, reads the records changed
-- since the generation it has (changed_in) or reloads the model.

create table people_matching (
    only_row      boolean primary key default true check (only_row),
    generation    bigint not null,
    -- 1 is the model shipped in the application (resources/people/linkage-model.yaml).
    model_version int not null
);
insert into people_matching (generation, model_version) values (0, 1);

-- added_in: the generation that added the record; changed_in: the one that last changed its values.
alter table people_records
    add column added_in bigint not null default 0,
    add column changed_in bigint not null default 0;
create index people_records_changed_in on people_records (changed_in);

-- Models retrained by an admin: the unsupervised estimate refined by the reviewers' decisions.
-- document is the model as the engine reads it (ModelDocument); parameters compares every
-- comparison level's m, u and weight with the model it replaced.
create table people_models (
    version                 int primary key check (version > 1),
    previous_version        int not null,
    method                  text not null check (method in ('ESTIMATED_ON_REGISTRY', 'REFINED_SHIPPED')),
    records                 int not null,
    same_person_labels      int not null,
    different_people_labels int not null,
    document                jsonb not null,
    parameters              jsonb not null,
    trained_by              text not null,
    trained_at              timestamptz not null default now()
);

-- Every explanation stored so far was made by the shipped model.
update people_records set match_explanation = match_explanation || '{"modelVersion": 1}'::jsonb
    where match_explanation is not null;
update people_reviews set explanation = explanation || '{"modelVersion": 1}'::jsonb;
