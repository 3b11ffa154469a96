import { med } from "./med";

/**
 * Butalbital combination analgesics (with and without codeine), the barbiturate products most
 * often seen in a pain clinic. Butalbital is a barbiturate: tagged as a CNS depressant.
 */
export const barbiturateCombinations = [
  med("butalbital/acetaminophen", ["Allzital", "Bupap", "Phrenilin", "Tencon"], ["cns", "liver"]),
  med(
    "butalbital/acetaminophen/caffeine/codeine",
    ["Fioricet with Codeine"],
    ["cns", "opioid", "cyp2d6", "cyp3a", "liver"],
  ),
  med(
    "butalbital/aspirin/caffeine/codeine",
    ["Fiorinal with Codeine", "Ascomp with Codeine"],
    ["cns", "opioid", "cyp2d6", "cyp3a"],
  ),
  med("butabarbital", ["Butisol"], ["cns"]),
  med("amobarbital", ["Amytal"], ["cns"]),
  med("pentobarbital", ["Nembutal"], ["cns"]),
];
