-- Progress: realisations against indicators with evidence files, feedback comments, idempotent submissions;
-- indicators may override how their realisations add up, or take their realisation from the unit's survey (IKM).

alter table indicator add column aggregation varchar(16);
alter table indicator add column ikm_unit_code varchar(64);
alter table indicator add constraint ck_indicator_aggregation
  check (aggregation is null or aggregation in ('SUM', 'LATEST', 'AVERAGE'));

create sequence realisation_seq start with 1 increment by 50;
create sequence evidence_seq start with 1 increment by 50;
create sequence realisation_comment_seq start with 1 increment by 50;
create sequence idempotent_request_seq start with 1 increment by 50;

create table realisation (
  id             bigint         not null primary key,
  skp_id         bigint         not null references skp (id),
  indicator_id   bigint         not null references indicator (id),
  realised_on    date           not null,
  realised_value numeric(19, 4),
  narrative      varchar(4000),
  description    varchar(2000),
  created_at     timestamp with time zone not null,
  created_by     varchar(64)    not null,
  updated_at     timestamp with time zone,
  version        bigint         not null default 0
);
create index ix_realisation_skp on realisation (skp_id, indicator_id, realised_on);

-- evidence metadata and content are separate so that listing never loads file bytes
create table evidence (
  id              bigint        not null primary key,
  realisation_id  bigint        not null references realisation (id),
  file_name       varchar(255)  not null,
  content_type    varchar(64)   not null,
  size_bytes      bigint        not null,
  sha256          varchar(64)   not null,
  created_at      timestamp with time zone not null
);
create index ix_evidence_realisation on evidence (realisation_id);

create table evidence_content (
  evidence_id  bigint  not null primary key references evidence (id),
  content      bytea   not null
);

create table realisation_comment (
  id              bigint         not null primary key,
  realisation_id  bigint         not null references realisation (id),
  author          varchar(64)    not null,
  text            varchar(4000)  not null,
  created_at      timestamp with time zone not null
);
create index ix_realisation_comment on realisation_comment (realisation_id);

create table idempotent_request (
  id               bigint         not null primary key,
  username         varchar(64)    not null,
  idempotency_key  varchar(128)   not null,
  request_hash     varchar(64)    not null,
  response_status  integer        not null,
  response_body    varchar(1000000) not null,
  created_at       timestamp with time zone not null,
  constraint uk_idempotent_request unique (username, idempotency_key)
);

-- periodic check-ins (dialog kinerja) between supervisor and employee, one per period of the cycle's cadence
create sequence check_in_seq start with 1 increment by 50;
create table check_in (
  id               bigint         not null primary key,
  skp_id           bigint         not null references skp (id),
  period_code      varchar(16)    not null,
  scheduled_on     date           not null,
  supervisor       varchar(64),
  feedback         varchar(4000),
  agreed_actions   varchar(4000),
  held_at          timestamp with time zone,
  acknowledged_by  varchar(64),
  acknowledged_at  timestamp with time zone,
  constraint uk_check_in unique (skp_id, period_code)
);
