-- Peer feedback (360) on the BerAKHLAK values, optional per cycle; answers are kept per peer (one each) but only
-- shown aggregated.
alter table appraisal_cycle add column peer_feedback boolean not null default false;

create sequence peer_feedback_seq start with 1 increment by 50;
create table peer_feedback (
  id             bigint         not null primary key,
  evaluation_id  bigint         not null references evaluation (id),
  peer           varchar(64)    not null,
  ratings        varchar(1000),
  comment_text   varchar(2000),
  nominated_at   timestamp with time zone not null,
  answered_at    timestamp with time zone,
  constraint uk_peer_feedback unique (evaluation_id, peer)
);
