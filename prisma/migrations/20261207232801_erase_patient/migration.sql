-- Erasing one patient's assessments on a documented request (issue 18 §5). The app's role has
-- no DELETE on submitted assessments (they are insert-only for it), so the erasure runs through
-- this one narrow function, owned by the migration owner: it deletes only the given
-- (clinician, patient-reference hash) pairs of one clinic, only for an active admin of that
-- clinic, with their findings, medication classes (ON DELETE CASCADE) and the drafts they were
-- submitted from, and appends the audit row itself, so no erasure can happen unrecorded. The
-- audit row names the request reference, never the patient. scripts/lib/app-role.mjs grants
-- EXECUTE to the app's role.
CREATE FUNCTION erase_patient_assessments(
    p_clinic UUID,
    p_clinicians TEXT[],
    p_hashes TEXT[],
    p_actor TEXT,
    p_request TEXT
) RETURNS INTEGER
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
DECLARE
    erased_drafts UUID[];
BEGIN
    IF p_request IS NULL OR p_request !~ '^[A-Za-z0-9][A-Za-z0-9_./-]{0,39}$' THEN
        RAISE EXCEPTION 'erasure refused: the request reference is not valid';
    END IF;
    IF cardinality(p_clinicians) IS DISTINCT FROM cardinality(p_hashes) THEN
        RAISE EXCEPTION 'erasure refused: clinicians and hashes do not pair up';
    END IF;
    IF NOT EXISTS (
        SELECT 1 FROM "user"
        WHERE id = p_actor AND role = 'admin' AND "clinicId" = p_clinic AND active
    ) THEN
        RAISE EXCEPTION 'erasure refused: not an active admin of this clinic';
    END IF;

    WITH gone AS (
        DELETE FROM assessment a
        USING unnest(p_clinicians, p_hashes) AS t(clinician, hash)
        WHERE a."clinicId" = p_clinic
          AND a."clinicianId" = t.clinician
          AND a."patientRefHash" = t.hash
        RETURNING a."draftId"
    )
    SELECT coalesce(array_agg("draftId"), '{}') INTO erased_drafts FROM gone;

    DELETE FROM draft WHERE id = ANY (erased_drafts);

    INSERT INTO audit_event ("actorId", "actorRole", "clinicId", action, "targetType", "targetId", outcome)
    VALUES (p_actor, 'admin', p_clinic, 'patient.erased', 'erasure-request', p_request, 'ok');

    RETURN cardinality(erased_drafts);
END;
$$;

REVOKE ALL ON FUNCTION erase_patient_assessments(UUID, TEXT[], TEXT[], TEXT, TEXT) FROM PUBLIC;
