-- The audit log is evidence of who did what to whose record: the database itself refuses to
-- change or delete an event, as it does for issued letters (0005). Nothing in the app, the seed
-- or the tests updates or deletes one; `db:seed -- --reset` deletes the whole file instead.
CREATE TRIGGER `audit_events_never_updated` BEFORE UPDATE ON `audit_events`
BEGIN SELECT RAISE(ABORT, 'an audit event is never changed: record a new one'); END;--> statement-breakpoint
CREATE TRIGGER `audit_events_never_deleted` BEFORE DELETE ON `audit_events`
BEGIN SELECT RAISE(ABORT, 'an audit event is never deleted'); END;
