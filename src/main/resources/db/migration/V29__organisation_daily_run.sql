-- One row per day on which the organisation's daily job ran (decision 95): the node that inserts it follows the
-- acting appointments and corrections that began or ended; the other node's insert fails and it skips that part.
create table organisation_daily_run (
  run_day    date        not null primary key,
  node       varchar(128) not null,
  started_at timestamp with time zone not null
);
