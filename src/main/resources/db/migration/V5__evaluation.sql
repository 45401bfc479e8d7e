-- Evaluations (periodic and annual) of an agreed SKP: self-evaluation, scoring, supervisor assessment, final
-- approval rounds, publication and objection.

create sequence evaluation_seq start with 1 increment by 50;
create sequence evaluation_round_seq start with 1 increment by 50;

create table evaluation (
  id                       bigint          not null primary key,
  skp_id                   bigint          not null references skp (id),
  cycle_id                 bigint          not null references appraisal_cycle (id),
  period_code              varchar(16)     not null,
  period_from              date            not null,
  period_to                date            not null,
  status                   varchar(24)     not null,
  self_assessment          varchar(20000),
  weighted_capaian         numeric(12, 4),
  suggested_rating         varchar(24),
  results_rating           varchar(24),
  override_reason          varchar(2000),
  behaviour_ratings        varchar(1000),
  behaviour_rating         varchar(24),
  predikat                 varchar(24),
  supervisor_notes         varchar(4000),
  assessed_by              varchar(64),
  approved_by              varchar(64),
  published_at             timestamp with time zone,
  objection_deadline       date,
  objection_reasons        varchar(4000),
  objection_filed_at       timestamp with time zone,
  objection_decision       varchar(16),
  objection_notes          varchar(4000),
  objection_decided_by     varchar(64),
  process_instance_id      varchar(64),
  created_at               timestamp with time zone not null,
  version                  bigint          not null default 0,
  constraint uk_evaluation_skp_period unique (skp_id, period_code),
  constraint ck_evaluation_status check (status in ('SELF_EVALUATION', 'SUPERVISOR_ASSESSMENT', 'FINAL_APPROVAL',
    'PUBLISHED', 'OBJECTION', 'FINAL'))
);
create index ix_evaluation_cycle on evaluation (cycle_id, period_code);

create table evaluation_round (
  id             bigint         not null primary key,
  evaluation_id  bigint         not null references evaluation (id),
  round          integer        not null,
  decision       varchar(16)    not null,
  notes          varchar(4000),
  decided_by     varchar(64)    not null,
  decided_at     timestamp with time zone not null,
  constraint ck_evaluation_round_decision check (decision in ('APPROVE', 'RETURN'))
);
create index ix_evaluation_round on evaluation_round (evaluation_id);
