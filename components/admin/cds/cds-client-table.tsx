import { DataTable } from "@/components/ui/data-table";
import type { CdsClientDto } from "@/lib/dal/cds-clients";
import { CdsClientControls } from "./cds-client-controls";

/** The clinic's registered EHRs: what each may do, with the controls to change it. */
export function CdsClientTable({ clients }: { clients: CdsClientDto[] }) {
  if (clients.length === 0)
    return <p className="mt-2 text-slate-700">No EHR is registered: the service answers no one.</p>;
  return (
    <DataTable
      caption="Registered EHRs"
      captionHidden
      rows={clients}
      rowKey={(c) => c.id}
      columns={[
        { key: "name", header: "Name", cell: (c) => c.name },
        {
          key: "issuer",
          header: "Issuer and keys",
          cell: (c) => (
            <span className="break-all text-sm">
              {c.issuer}
              <br />
              {c.jwksUrl}
            </span>
          ),
        },
        {
          key: "status",
          header: "Status",
          cell: (c) =>
            `${c.active ? "Accepted" : "Not accepted"}; patient-view ${c.patientViewEnabled ? "on" : "off"}${c.fhirServer ? "; may fetch from its FHIR server" : ""}`,
        },
        {
          key: "change",
          header: "Change",
          cell: (c) => (
            <CdsClientControls
              clientId={c.id}
              name={c.name}
              patientViewEnabled={c.patientViewEnabled}
              active={c.active}
            />
          ),
        },
      ]}
    />
  );
}
