import { med } from "./med";

/**
 * Topical NSAIDs and rubs as their own entries, separate from the tablets: systemic exposure
 * after skin application is a small fraction of an oral dose, so the liver tag that oral
 * diclofenac carries is deliberately not given to the gel.
 */
export const topicalNsaids = [
  med("diclofenac topical", [
    "Voltaren Gel",
    "Voltarol Emulgel",
    "Voltaren Emulgel",
    "Pennsaid",
    "Flector",
    "Solaraze",
    "Licart",
  ]),
  med("ibuprofen topical", ["Ibuleve", "Ibugel", "Nurofen Gel", "Fenbid Gel"]),
  med("ketoprofen topical", ["Oruvail Gel", "Powergel", "Fastum Gel"]),
  med("piroxicam topical", ["Feldene Gel"]),
  med("naproxen topical", ["Naprosyn Gel"]),
  med("felbinac", ["Traxam"]),
  med("etofenamate", ["Rheumon"]),
  med("methyl salicylate/menthol", ["Bengay", "Icy Hot", "Deep Heat", "Salonpas"]),
  med("trolamine salicylate", ["Aspercreme"]),
];
