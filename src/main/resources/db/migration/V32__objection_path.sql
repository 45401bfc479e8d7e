-- Issue 15, item 5: the objection path. The cycle may offer objection, reward and coaching after periodic
-- evaluations too (default: only after the annual one); the supervisor who rated explains before the senior
-- decides; an objection the senior does not decide in time goes to HR.
alter table appraisal_cycle add column periodic_follow_up boolean not null default false;

alter table evaluation add column objection_explanation varchar(4000);
alter table evaluation add column objection_explained_by varchar(64);
alter table evaluation add column objection_explained_at timestamp with time zone;
alter table evaluation add column objection_escalated_at timestamp with time zone;
