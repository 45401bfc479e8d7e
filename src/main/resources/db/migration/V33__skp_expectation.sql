-- Issue 15, item 9: ekspektasi khusus pimpinan per BerAKHLAK value, part of the agreed SKP (domain.md, SKP).
create table skp_expectation (
  skp_id      bigint        not null references skp (id),
  core_value  varchar(32)   not null,
  expectation varchar(2000) not null,
  constraint pk_skp_expectation primary key (skp_id, core_value)
);
