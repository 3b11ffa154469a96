import { med } from "./med";

/**
 * Non-opioid analgesics: acetaminophen (paracetamol), NSAIDs and topical treatments. Most have no
 * class; those with recognised liver toxicity are tagged (acetaminophen for regular or high-dose
 * use, diclofenac, sulindac and nimesulide).
 */
export const analgesics = [
  med(
    "acetaminophen",
    [
      "Tylenol",
      "Tylenol Extra Strength",
      "Tylenol Arthritis",
      "Panadol",
      "Calpol",
      "Doliprane",
      "Dafalgan",
      "Ofirmev",
    ],
    ["liver"],
  ),

  // NSAIDs
  med("ibuprofen", ["Advil", "Advil Liqui-Gels", "Motrin", "Motrin IB", "Nurofen", "Brufen"]),
  med("naproxen", ["Aleve", "Naprosyn", "Anaprox"]),
  med("diclofenac", ["Voltaren", "Voltarol", "Cambia", "Zipsor", "Zorvolex"], ["liver"]),
  med("diclofenac/misoprostol", ["Arthrotec"], ["liver"]),
  med("aceclofenac", ["Preservex"]),
  med("celecoxib", ["Celebrex"]),
  med("etoricoxib", ["Arcoxia"]),
  med("meloxicam", ["Mobic", "Anjeso", "Vivlodex"]),
  med("indomethacin", ["Indocin", "Tivorbex"]),
  med("ketorolac", ["Toradol", "Sprix"]),
  med("nabumetone", ["Relafen"]),
  med("etodolac", ["Lodine"]),
  med("piroxicam", ["Feldene"]),
  med("sulindac", ["Clinoril"], ["liver"]),
  med("ketoprofen", ["Orudis", "Oruvail"]),
  med("flurbiprofen", ["Ansaid", "Strefen"]),
  med("mefenamic acid", ["Ponstel", "Ponstan"]),
  med("nimesulide", ["Aulin"], ["liver"]),
  // Metamizole (dipyrone) is sold in much of Europe and Latin America; it has no interaction
  // class here (its main hazard, agranulocytosis, is not one the rules cover).
  med("metamizole", ["Novalgin", "Nolotil", "Algocalmin", "Analgin"]),

  // Topical and local treatments
  med("capsaicin", ["Qutenza", "Zostrix", "Axsain"]),
  med("lidocaine", ["Lidoderm", "Versatis", "Xylocaine"]),
];
