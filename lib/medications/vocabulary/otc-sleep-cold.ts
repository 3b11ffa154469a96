import { med } from "./med";

/**
 * Over-the-counter "PM", night-time and cold remedies. Each is a combination: the sedating
 * antihistamine (diphenhydramine, doxylamine, promethazine, chlorpheniramine) adds "cns" and
 * its CYP2D6 tag, acetaminophen adds "liver", dextromethorphan adds "sero" and "cyp2d6".
 * Patients rarely count these as medicines, so they are worth asking about by brand.
 */
export const otcSleepCold = [
  med(
    "acetaminophen/diphenhydramine",
    ["Tylenol PM", "Excedrin PM", "Panadol Night", "Goodys PM", "Mapap PM"],
    ["cns", "liver", "cyp2d6"],
  ),
  med("ibuprofen/diphenhydramine", ["Advil PM", "Motrin PM"], ["cns", "cyp2d6"]),
  med("naproxen/diphenhydramine", ["Aleve PM"], ["cns", "cyp2d6"]),
  med("aspirin/diphenhydramine", ["Bayer PM"], ["cns", "cyp2d6"]),
  med(
    "acetaminophen/dextromethorphan/doxylamine",
    ["NyQuil", "Vicks NyQuil Cold & Flu", "NyQuil Cold & Flu"],
    ["cns", "liver", "sero", "cyp2d6"],
  ),
  med(
    "acetaminophen/dextromethorphan/phenylephrine",
    [
      "DayQuil",
      "Vicks DayQuil Cold & Flu",
      "Theraflu Daytime",
      "Theraflu Daytime Severe Cold & Cough",
      "Tylenol Cold Multi-Symptom Daytime",
    ],
    ["liver", "sero", "cyp2d6", "stimulant"],
  ),
  med(
    "acetaminophen/diphenhydramine/phenylephrine",
    ["Theraflu Nighttime", "Theraflu Nighttime Severe Cold & Cough", "Benadryl Allergy Plus Cold"],
    ["cns", "liver", "cyp2d6", "stimulant"],
  ),
  med(
    "acetaminophen/dextromethorphan/promethazine",
    ["Night Nurse"],
    ["cns", "liver", "sero", "cyp2d6"],
  ),
  med(
    "acetaminophen/chlorpheniramine/dextromethorphan/phenylephrine",
    ["Tylenol Cold Multi-Symptom Nighttime", "Contac Cold + Flu Night"],
    ["cns", "liver", "sero", "cyp2d6", "stimulant"],
  ),
  med(
    "chlorpheniramine/dextromethorphan",
    ["Coricidin HBP Cough & Cold"],
    ["cns", "sero", "cyp2d6"],
  ),
  med("dextromethorphan/guaifenesin", ["Robitussin DM", "Mucinex DM"], ["sero", "cyp2d6"]),
  med(
    "diphenhydramine/pseudoephedrine",
    ["Benadryl Allergy Plus Congestion"],
    ["cns", "cyp2d6", "stimulant"],
  ),
  med(
    "acetaminophen/codeine/doxylamine",
    ["Mersyndol"],
    ["cns", "liver", "opioid", "cyp2d6", "cyp3a"],
  ),
];
