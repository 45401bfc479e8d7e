-- issue 21: one counter row for the organisation chart's cache (decision 105). Every write to units, positions,
-- employees, acting heads or reporting-line corrections bumps it after its commit; each node compares it (one
-- primary-key read) before reusing its cached chart, so two nodes on one database see a change at once.
create table organization_version (
  id      integer primary key,
  version bigint  not null
);
insert into organization_version (id, version) values (1, 0);
