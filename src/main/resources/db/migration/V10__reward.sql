-- Rewards for SANGAT_BAIK: proposals per evaluation, HR decisions, the yearly incentive budget per organisation,
-- certificates with verification codes; the functional credit-point multiplier is recorded with each result.
alter table evaluation add column credit_multiplier integer;

create sequence reward_seq start with 1 increment by 50;
create table reward (
  id                 bigint         not null primary key,
  evaluation_id      bigint         not null references evaluation (id),
  organisation_id    bigint         not null references org_unit (id),
  reward_year        integer        not null,
  reward_type        varchar(32)    not null,
  amount             numeric(15, 2),
  reason             varchar(2000)  not null,
  proposed_by        varchar(64)    not null,
  proposed_at        timestamp with time zone not null,
  status             varchar(16)    not null,
  decided_by         varchar(64),
  decided_at         timestamp with time zone,
  decision_note      varchar(2000),
  verification_code  varchar(32),
  constraint ck_reward_type check (reward_type in ('SERTIFIKAT', 'PRIORITAS_PELATIHAN',
    'PERCEPATAN_KENAIKAN_PANGKAT', 'INSENTIF')),
  constraint ck_reward_status check (status in ('PROPOSED', 'APPROVED', 'REJECTED'))
);
create index ix_reward_evaluation on reward (evaluation_id);
create index ix_reward_budget on reward (organisation_id, reward_year, reward_type, status);
create unique index uk_reward_verification_code on reward (verification_code);

create sequence reward_budget_seq start with 1 increment by 50;
create table reward_budget (
  id               bigint          not null primary key,
  organisation_id  bigint          not null references org_unit (id),
  budget_year      integer         not null,
  amount           numeric(15, 2)  not null,
  constraint uk_reward_budget unique (organisation_id, budget_year)
);
