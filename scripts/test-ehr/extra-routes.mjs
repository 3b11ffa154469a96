// Handlers other parts of the project add to the test EHR (e.g. a CDS Hooks client's order page
// and JWKS). Each is `async (req, res, url, ehr) => boolean`: true when it answered the request.
// `ehr` is the running test EHR (baseUrl, fhirBase, repo). Tried before the FHIR store and the
// authorization server, in order.
export const extraRoutes = [];
