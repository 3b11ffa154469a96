import { med } from "./med";

/**
 * Butalbital combination analgesics (with and without codeine), the barbiturate products most
 * often seen in a pain clinic. Butalbital is a barbiturate: tagged with the barbiturates, which rank with the benzodiazepines.
 */
export const barbiturateCombinations = [
  med("butalbital/acetaminophen", ["Allzital", "Bupap", "Phrenilin", "Tencon"], ["barb", "liver"]),
  med(
    "butalbital/acetaminophen/caffeine/codeine",
    ["Fioricet with Codeine"],
    ["barb", "opioid", "cyp2d6", "cyp3a", "liver"],
  ),
  med(
    "butalbital/aspirin/caffeine/codeine",
    ["Fiorinal with Codeine", "Ascomp with Codeine"],
    ["barb", "opioid", "cyp2d6", "cyp3a"],
  ),
  med("butabarbital", ["Butisol"], ["barb"]),
  med("amobarbital", ["Amytal"], ["barb"]),
  med("pentobarbital", ["Nembutal"], ["barb"]),
];
