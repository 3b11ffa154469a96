-- Least-privilege roles (issue 18 §3, scripts/lib/app-role.mjs). The app's role can no longer
-- UPDATE "user"."active" (nor role or clinic): an admin (de)activates a clinician of their own
-- clinic through this one function, which also ends the sessions and writes the audit entry.
-- SECURITY DEFINER runs as the owner; a fixed search_path keeps the caller's objects out.
CREATE FUNCTION set_user_active(p_admin text, p_user text, p_active boolean)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
DECLARE
  v_clinic uuid;
BEGIN
  SELECT "clinicId" INTO v_clinic FROM "user"
  WHERE id = p_admin AND role = 'admin' AND active AND "clinicId" IS NOT NULL;
  IF v_clinic IS NULL THEN
    RETURN false;
  END IF;
  UPDATE "user" SET active = p_active, "updatedAt" = now() AT TIME ZONE 'UTC'
  WHERE id = p_user AND role = 'clinician' AND "clinicId" = v_clinic;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  IF NOT p_active THEN
    DELETE FROM "session" WHERE "userId" = p_user;
  END IF;
  INSERT INTO "audit_event" ("actorId", "actorRole", "clinicId", "action", "targetType", "targetId")
  VALUES (p_admin, 'admin', v_clinic,
    CASE WHEN p_active THEN 'user.reactivated' ELSE 'user.deactivated' END, 'user', p_user);
  RETURN true;
END;
$$;

REVOKE ALL ON FUNCTION set_user_active(text, text, boolean) FROM PUBLIC;

-- An admin's password is set by the owner only (npm run create-admin): the app's role, which
-- may write clinicians' credentials (admin resets), cannot take over an admin account by
-- writing a password hash it knows.
CREATE FUNCTION account_admin_credential_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
BEGIN
  IF NEW."providerId" = 'credential'
     AND (TG_OP = 'INSERT' OR NEW."password" IS DISTINCT FROM OLD."password")
     AND EXISTS (SELECT 1 FROM "user" u WHERE u.id = NEW."userId" AND u.role = 'admin')
     AND NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
  THEN
    RAISE EXCEPTION 'an admin''s password is set by the database owner only (npm run create-admin)'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER account_admin_credential_guard
  BEFORE INSERT OR UPDATE ON "account"
  FOR EACH ROW EXECUTE FUNCTION account_admin_credential_guard();

-- The app's role may insert users (an admin creates clinicians) but never an admin: admins are
-- created by the owner (npm run create-admin, the demo seed).
CREATE FUNCTION user_insert_admin_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
BEGIN
  IF NEW.role = 'admin'
     AND NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
  THEN
    RAISE EXCEPTION 'admins are created by the database owner only (npm run create-admin)'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER user_insert_admin_guard
  BEFORE INSERT ON "user"
  FOR EACH ROW EXECUTE FUNCTION user_insert_admin_guard();
