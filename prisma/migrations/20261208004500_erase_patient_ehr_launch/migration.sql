-- Erasure reaches the SMART launch rows too (issue 19 added ehr_launch after issue 18 §5's
-- erasure): a launch that opened an erased assessment's draft keeps the patient's keyed EHR hash
-- (fhirPatientKey) and its sealed context, so it is deleted with the draft. Same signature and
-- checks as 20261207232801_erase_patient; CREATE OR REPLACE keeps the app's EXECUTE grant.
CREATE OR REPLACE FUNCTION erase_patient_assessments(
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

    -- A SMART launch that opened one of the drafts holds the patient's keyed EHR hash and the
    -- sealed launch context (patient id, prefill): it goes with the draft.
    DELETE FROM ehr_launch WHERE "draftId" = ANY (erased_drafts);
    DELETE FROM draft WHERE id = ANY (erased_drafts);

    INSERT INTO audit_event ("actorId", "actorRole", "clinicId", action, "targetType", "targetId", outcome)
    VALUES (p_actor, 'admin', p_clinic, 'patient.erased', 'erasure-request', p_request, 'ok');

    RETURN cardinality(erased_drafts);
END;
$$;

REVOKE ALL ON FUNCTION erase_patient_assessments(UUID, TEXT[], TEXT[], TEXT, TEXT) FROM PUBLIC;
