-- A verification code per published evaluation document; the public page /verifikasi/{code} checks it.
alter table evaluation add column verification_code varchar(32);
create unique index uk_evaluation_verification_code on evaluation (verification_code);
