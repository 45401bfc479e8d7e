-- Issue 15 (regulatory second pass).
-- Period targets per indicator (domain.md, SKP): the targets up to the end of each periodic period, separated by ';'.
alter table indicator add column period_targets varchar(400);

-- Capaian is rounded once (domain.md, Achievement): the evaluation keeps the weighted capaian already rounded
-- half-up to 2 decimals from the exact value, no longer a 4-decimal intermediate that display rounded again.
-- (Values stored before this version were already cut to 4 decimals; they are rounded from those.)
alter table evaluation alter column weighted_capaian set data type numeric(7, 2);

-- The capaian per indicator and RHK as scored (shown after scoring; before it they are computed live), and
-- whether an UTAMA indicator had no realisation, in which case no rating is suggested and the supervisor
-- rates with a written reason.
alter table evaluation add column scored_at timestamp with time zone;
alter table evaluation add column capaian_detail varchar(100000);
alter table evaluation add column utama_without_realisation boolean default false not null;

-- The organisation's predikat is set by the leader above it, or recorded by HR with the PPK's decree.
alter table organisation_rating add column decree_number varchar(100);
alter table organisation_rating add column decree_date date;
