import { med } from "./med";

/**
 * Addiction and smoking-cessation medicines (opioid antagonists are with the opioids),
 * dermatology, and supplements or herbal products that clinicians ask about.
 */
export const other = [
  // Alcohol and smoking
  med("acamprosate", ["Campral"]),
  med("disulfiram", ["Antabuse"], ["liver"]),
  med("varenicline", ["Chantix", "Champix"]),
  med("nicotine", ["Nicorette", "NicoDerm CQ", "Nicotinell", "NiQuitin"]),

  // Dermatology
  med("isotretinoin", ["Accutane", "Absorica", "Roaccutane", "Claravis"]),
  med("acitretin", ["Soriatane", "Neotigason"], ["liver"]),

  // Supplements and herbal products (St John's wort is with the serotonergic medicines)
  // Kava appears as a co-used product in a LiverTox kratom case and is itself linked to liver injury.
  med("kava", [], ["liver", "cns"]),
  // Silver supplements cause argyria, a slate-grey pigmentation of sun-exposed skin.
  med("colloidal silver", [], ["pigment"]),
  med("glucosamine", []),
  med("cholecalciferol", ["Fultium-D3", "InVita D3"]),
  med("calcium carbonate", ["Tums", "Calcichew"]),
];
