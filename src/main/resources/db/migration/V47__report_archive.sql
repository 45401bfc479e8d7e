-- The ZIPs of dokumen evaluasi made in the background (issue 19; decision 116): the job and its file in the
-- database, so that any node answers its progress and download (two nodes behind one address, issue 20).
create table report_archive (
  id                 varchar(36)   not null primary key,
  owner              varchar(64)   not null,
  organisation_code  varchar(64)   not null,
  archive_year       integer       not null,
  status             varchar(16)   not null,
  total              integer       not null,
  done               integer       not null,
  failed             integer       not null,
  started_at         timestamp with time zone not null,
  heartbeat_at       timestamp with time zone not null,
  finished_at        timestamp with time zone,
  content            bytea,
  constraint ck_report_archive_status check (status in ('RUNNING', 'DONE', 'FAILED'))
);
create index ix_report_archive_finished on report_archive (finished_at);
