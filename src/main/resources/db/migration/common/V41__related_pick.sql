-- Related stories an editor picked for a story, in the order the editor gave.
create table related_pick (
    id         uuid primary key,
    article_id uuid    not null references article (id),
    position   integer not null,
    related_id uuid    not null references article (id),
    constraint uq_related_pick_position unique (article_id, position),
    constraint uq_related_pick_related unique (article_id, related_id)
);
create index ix_related_pick_related on related_pick (related_id);
