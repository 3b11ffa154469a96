import { med } from "./med";

/**
 * Benzodiazepines, Z-drugs, gabapentinoids and other sedatives and hypnotics. CYP3A tags mark
 * those mainly cleared by CYP3A (e.g. midazolam, alprazolam, triazolam, zolpidem).
 */
export const sedatives = [
  // Benzodiazepines
  med("alprazolam", ["Xanax"], ["benzo", "cyp3a"]),
  med("clonazepam", ["Klonopin", "Rivotril"], ["benzo", "cyp3a"]),
  med("diazepam", ["Valium", "Diastat", "Valtoco"], ["benzo", "cyp3a"]),
  med("lorazepam", ["Ativan"], ["benzo"]),
  med("temazepam", ["Restoril"], ["benzo"]),
  med("oxazepam", ["Serax"], ["benzo"]),
  med("chlordiazepoxide", ["Librium"], ["benzo", "cyp3a"]),
  med("clorazepate", ["Tranxene"], ["benzo", "cyp3a"]),
  med("clobazam", ["Onfi", "Frisium", "Sympazan"], ["benzo", "cyp3a"]),
  med("midazolam", ["Versed", "Hypnovel", "Buccolam", "Epistatus", "Nayzilam"], ["benzo", "cyp3a"]),
  med("triazolam", ["Halcion"], ["benzo", "cyp3a"]),
  med("estazolam", ["ProSom"], ["benzo", "cyp3a"]),
  med("flurazepam", ["Dalmane"], ["benzo", "cyp3a"]),
  med("quazepam", ["Doral"], ["benzo", "cyp3a"]),
  med("nitrazepam", ["Mogadon"], ["benzo"]),
  med("bromazepam", ["Lexotan"], ["benzo", "cyp3a"]),
  med("lormetazepam", [], ["benzo"]),

  // Z-drugs
  med("zolpidem", ["Ambien", "Stilnox", "Edluar", "Intermezzo"], ["benzo", "cyp3a"]),
  med("zopiclone", ["Zimovane", "Imovane"], ["benzo", "cyp3a"]),
  med("eszopiclone", ["Lunesta"], ["benzo", "cyp3a"]),
  med("zaleplon", ["Sonata"], ["benzo"]),

  // Gabapentinoids
  med("gabapentin", ["Neurontin", "Gralise"], ["gaba"]),
  med("gabapentin enacarbil", ["Horizant"], ["gaba"]),
  med("pregabalin", ["Lyrica", "Alzain", "Axalid"], ["gaba"]),

  // Orexin antagonists, barbiturates and other sedatives
  med("suvorexant", ["Belsomra"], ["cns", "cyp3a"]),
  med("lemborexant", ["Dayvigo"], ["cns", "cyp3a"]),
  med("daridorexant", ["Quviviq"], ["cns", "cyp3a"]),
  // Barbiturates (primidone is metabolised to phenobarbital) and sodium oxybate rank with
  // the benzodiazepines.
  med("phenobarbital", ["Luminal", "Sezaby"], ["barb"]),
  med("primidone", ["Mysoline"], ["barb"]),
  med("secobarbital", ["Seconal"], ["barb"]),
  med("butalbital/acetaminophen/caffeine", ["Fioricet", "Esgic", "Zebutal"], ["barb", "liver"]),
  med("butalbital/aspirin/caffeine", ["Fiorinal"], ["barb"]),
  med("sodium oxybate", ["Xyrem", "Lumryz", "Xywav"], ["barb"]),
  med("ketamine", ["Ketalar"], ["cns", "cyp3a"]),
  med("esketamine", ["Spravato"], ["cns"]),
  med("melatonin", ["Circadin"]),
  med("ramelteon", ["Rozerem"]),

  // Cannabinoid medicines: cannabis co-use is common among people who use kratom.
  med("nabilone", ["Cesamet"], ["cns"]),
  med("dronabinol", ["Marinol", "Syndros"], ["cns"]),
  // Prescription cannabidiol: its label's somnolence and liver-injury warnings.
  med("cannabidiol", ["Epidiolex", "Epidyolex"], ["cns", "liver"]),
  // Over-the-counter CBD (oils, gummies): the evidence records only that co-use with kratom is
  // common, no interaction (issue 16 §2), so it is recorded as checked with no interaction class.
  med("CBD products", []),
  med("nabiximols", ["Sativex"], ["cns"]),
];
