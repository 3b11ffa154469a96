import { med } from "./med";

/**
 * Rheumatology and psoriasis biologics and oral targeted drugs added to those in
 * rheumatology.ts (its biosimilar brands are listed there). Tofacitinib, upadacitinib and
 * ruxolitinib are mainly cleared by CYP3A; the antibodies have no CYP route.
 */
export const rheumatologyBiologics = [
  // JAK and TYK2 inhibitors
  med("filgotinib", ["Jyseleca"]),
  med("ruxolitinib", ["Jakafi", "Jakavi", "Opzelura"], ["cyp3a"]),
  med("abrocitinib", ["Cibinqo"]),
  med("deucravacitinib", ["Sotyktu"]),
  med("peficitinib", ["Smyraf"]),

  // IL-17, IL-23 and IL-1 antibodies, lupus and gout biologics
  med("ixekizumab", ["Taltz"]),
  med("brodalumab", ["Siliq", "Kyntheum"]),
  med("bimekizumab", ["Bimzelx"]),
  med("guselkumab", ["Tremfya"]),
  med("risankizumab", ["Skyrizi"]),
  med("tildrakizumab", ["Ilumya", "Ilumetri"]),
  med("canakinumab", ["Ilaris"]),
  med("rilonacept", ["Arcalyst"]),
  med("belimumab", ["Benlysta"]),
  med("anifrolumab", ["Saphnelo"]),
  med("pegloticase", ["Krystexxa"]),
  med("vedolizumab", ["Entyvio"]),
  med("mepolizumab", ["Nucala"]),
  med("dupilumab", ["Dupixent"]),
];
