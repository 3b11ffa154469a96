-- A submitted draft says so on its own row: the autosave's "not submitted" check is then a
-- column of the row it updates (no scan of assessment, which grows without bound), and an
-- autosave racing a submit re-checks it after the submit's row lock (docs/scaling.md).
ALTER TABLE "draft" ADD COLUMN "submittedAt" TIMESTAMP(3);

UPDATE "draft" d SET "submittedAt" = a."submittedAt"
FROM "assessment" a WHERE a."draftId" = d."id" AND d."submittedAt" IS NULL;
