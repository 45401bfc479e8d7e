-- Issue 15, item 8: the Pemda's seat (kedudukan), the place printed on its evaluation documents.
alter table org_unit add column seat varchar(100);
