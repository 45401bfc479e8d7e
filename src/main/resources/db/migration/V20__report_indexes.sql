-- Issue 19: indexes for the aggregate queries of reports and dashboards (decision 80). Portable SQL (PostgreSQL, H2).
-- The joins employee → skp → evaluation already have indexes (employee (unit_id), uk_skp_employee_year_revision,
-- uk_evaluation_skp_period), the realisation check has ix_realisation_skp, the engine's task tables have Camunda's own
-- (ACT_IDX_TASK_ASSIGNEE, ACT_IDX_TASK_CREATE, ACT_IDX_HI_TASK_INST_END).

-- SKP of a year per employee and status, without touching the row (skp_year = ?, group by the employee's unit)
create index ix_skp_year_employee on skp (skp_year, employee_id, status);
-- annual results by step: the filter every evaluation figure starts from
create index ix_evaluation_period_status on evaluation (period_code, status, skp_id);
-- rater view: per supervisor and predikat
create index ix_evaluation_assessed_by on evaluation (assessed_by, predikat);
-- IKM per unit and quarter of a year: a date range over every unit
create index ix_survey_response_day on survey_response (submitted_on, unit_id);
-- coaching started in a year
create index ix_coaching_plan_started on coaching_plan (started_at);
-- organisations' predikat of a year
create index ix_cycle_year on appraisal_cycle (cycle_year);
