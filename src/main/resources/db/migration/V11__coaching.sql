-- Coaching (pembinaan) for low performers: the plan, its sessions with the employee's feedback and a 1–5
-- competency check, and HR's follow-up when coaching did not help.
create sequence coaching_plan_seq start with 1 increment by 50;
create table coaching_plan (
  id              bigint         not null primary key,
  skp_id          bigint         not null references skp (id),
  evaluation_id   bigint         references evaluation (id),
  goals           varchar(4000),
  actions         varchar(200),
  schedule        varchar(2000),
  status          varchar(24)    not null,
  rounds          integer        not null default 0,
  started_by      varchar(64)    not null,
  started_at      timestamp with time zone not null,
  follow_up       varchar(32),
  follow_up_reason varchar(4000),
  decided_by      varchar(64),
  constraint ck_coaching_status check (status in ('OPEN', 'IMPROVED', 'ESCALATED'))
);
create index ix_coaching_plan_skp on coaching_plan (skp_id);

create sequence coaching_session_seq start with 1 increment by 50;
create table coaching_session (
  id                bigint         not null primary key,
  plan_id           bigint         not null references coaching_plan (id),
  held_on           date           not null,
  notes             varchar(4000)  not null,
  held_by           varchar(64)    not null,
  employee_feedback varchar(4000),
  competency        integer,
  acknowledged_at   timestamp with time zone,
  constraint ck_coaching_competency check (competency is null or competency between 1 and 5)
);
create index ix_coaching_session_plan on coaching_session (plan_id);
