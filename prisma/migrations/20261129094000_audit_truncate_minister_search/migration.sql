-- Hand-written: rules outside Prisma's schema language.

-- TRUNCATE bypasses row triggers; refuse it too, so the audit trail cannot be emptied in one statement.
CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- Searching for a minister's name ("Grapperhaus") finds their commitments.
CREATE OR REPLACE FUNCTION commitment_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  minister_name text;
BEGIN
  SELECT name INTO minister_name FROM minister WHERE id = NEW.minister_id;
  NEW.search_vector :=
    setweight(to_tsvector('dutch', coalesce(NEW.number, '') || ' ' || coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('dutch', coalesce(NEW.text, '')), 'B') ||
    setweight(to_tsvector('dutch', coalesce(NEW.activity, '') || ' ' || coalesce(NEW.deadline_phrase, '') || ' ' ||
                                   coalesce(NEW.committee, '') || ' ' || coalesce(NEW.addressee, '') || ' ' ||
                                   coalesce(minister_name, '')), 'C');
  RETURN NEW;
END
$$;

DROP TRIGGER commitment_search_vector ON "commitment";
CREATE TRIGGER commitment_search_vector
  BEFORE INSERT OR UPDATE OF number, title, text, activity, deadline_phrase, committee, addressee, minister_id ON "commitment"
  FOR EACH ROW EXECUTE FUNCTION commitment_search_vector_update();

-- Existing rows: recompute with the minister's name.
UPDATE "commitment" SET title = title;
