-- Citizen satisfaction survey (SKM): declared service population per unit, responses, closed (frozen) periods,
-- complaints and optional one-time tokens per service counter.

alter table org_unit add column service_population integer;

create sequence survey_response_seq start with 1 increment by 50;
create sequence survey_period_seq start with 1 increment by 50;
create sequence complaint_seq start with 1 increment by 50;
create sequence survey_token_seq start with 1 increment by 50;

create table survey_response (
  id            bigint        not null primary key,
  unit_id       bigint        not null references org_unit (id),
  submitted_at  timestamp with time zone not null,
  submitted_on  date          not null,
  u1 smallint not null, u2 smallint not null, u3 smallint not null,
  u4 smallint not null, u5 smallint not null, u6 smallint not null,
  u7 smallint not null, u8 smallint not null, u9 smallint not null,
  age_group     varchar(16),
  sex           varchar(8),
  education     varchar(16),
  occupation    varchar(32),
  suggestion    varchar(2000),
  constraint ck_survey_answers check (
    u1 between 1 and 4 and u2 between 1 and 4 and u3 between 1 and 4 and
    u4 between 1 and 4 and u5 between 1 and 4 and u6 between 1 and 4 and
    u7 between 1 and 4 and u8 between 1 and 4 and u9 between 1 and 4)
);
create index ix_survey_response_unit_day on survey_response (unit_id, submitted_on);

create table survey_period (
  id              bigint         not null primary key,
  unit_id         bigint         not null references org_unit (id),
  period_from     date           not null,
  period_to       date           not null,
  closed_at       timestamp with time zone not null,
  closed_by       varchar(64)    not null,
  respondents     bigint         not null,
  sums            varchar(200)   not null,
  population      integer,
  constraint uk_survey_period unique (unit_id, period_from, period_to)
);

create table complaint (
  id                   bigint         not null primary key,
  unit_id              bigint         not null references org_unit (id),
  response_id          bigint         not null references survey_response (id),
  text                 varchar(2000)  not null,
  received_at          timestamp with time zone not null,
  status               varchar(16)    not null,
  answer               varchar(4000),
  answered_by          varchar(64),
  answered_at          timestamp with time zone,
  process_instance_id  varchar(64),
  constraint ck_complaint_status check (status in ('OPEN', 'ANSWERED'))
);
create index ix_complaint_unit on complaint (unit_id, status);

create table survey_token (
  id          bigint        not null primary key,
  unit_id     bigint        not null references org_unit (id),
  token       varchar(64)   not null,
  created_at  timestamp with time zone not null,
  created_by  varchar(64)   not null,
  used_at     timestamp with time zone,
  constraint uk_survey_token unique (token)
);
