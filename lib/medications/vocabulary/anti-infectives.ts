import { med } from "./med";

/**
 * Antibacterials, antifungals, antimalarials and antivirals. Strong CYP3A inhibitors (clarithromycin,
 * ketoconazole, itraconazole, voriconazole, posaconazole, ritonavir) and inducers (rifampin) carry a
 * tag for their effect on kratom's own exposure, beside what they are as substrates.
 */
export const antiInfectives = [
  // Macrolides and quinolones
  med("clarithromycin", ["Biaxin", "Klaricid"], ["qt", "cyp3a", "cyp3aInhibitor"]),
  med("erythromycin", ["Ery-Tab", "Erythrocin", "Erymax"], ["qt", "cyp3a"]),
  med("azithromycin", ["Zithromax", "Zmax", "Z-Pak"], ["qt"]),
  med("ciprofloxacin", ["Cipro", "Ciproxin"], ["qt"]),
  med("levofloxacin", ["Levaquin", "Tavanic"], ["qt"]),
  med("moxifloxacin", ["Avelox"], ["qt"]),
  med("ofloxacin", ["Floxin", "Tarivid"], ["qt"]),

  // Tetracyclines and other antibacterials
  // Minocycline: blue-grey pigmentation (skin, teeth, nails, sclerae) and autoimmune-type liver injury.
  med("minocycline", ["Minocin", "Solodyn", "Aknemin"], ["pigment", "liver"]),
  med("doxycycline", ["Vibramycin", "Doryx", "Oracea"]),
  med("amoxicillin", ["Amoxil"]),
  med("amoxicillin/clavulanate", ["Augmentin"], ["liver"]),
  med("flucloxacillin", ["Floxapen"], ["liver"]),
  med("cephalexin", ["Keflex"]),
  med("nitrofurantoin", ["Macrobid", "Macrodantin"], ["liver"]),
  med("trimethoprim/sulfamethoxazole", ["Bactrim", "Bactrim DS", "Septra", "Septrin"]),
  med("trimethoprim", []),
  med("metronidazole", ["Flagyl"]),
  med("clindamycin", ["Cleocin", "Dalacin"]),
  med("linezolid", ["Zyvox"], ["sero"]),

  // Antimycobacterials
  med("isoniazid", [], ["liver"]),
  med("rifampin", ["Rifadin", "Rimactane"], ["liver", "cyp3aInducer"]),
  med("pyrazinamide", [], ["liver"]),
  med("rifabutin", ["Mycobutin"], ["cyp3a"]),
  med("bedaquiline", ["Sirturo"], ["qt", "cyp3a"]),
  med("clofazimine", ["Lamprene"], ["qt", "pigment"]),
  med("dapsone", []),

  // Antifungals
  med("fluconazole", ["Diflucan"], ["qt"]),
  med("ketoconazole", ["Nizoral"], ["qt", "liver", "cyp3aInhibitor"]),
  med("itraconazole", ["Sporanox"], ["cyp3a", "cyp3aInhibitor"]),
  med("voriconazole", ["Vfend"], ["qt", "cyp3a", "liver", "cyp3aInhibitor"]),
  med("posaconazole", ["Noxafil"], ["qt", "cyp3a", "cyp3aInhibitor"]),
  med("terbinafine", ["Lamisil"], ["liver"]),

  // Antimalarials (hydroxychloroquine is listed with the rheumatology medicines)
  med("chloroquine", ["Aralen", "Avloclor", "Nivaquine"], ["qt", "pigment"]),
  med("quinacrine", [], ["pigment"]),
  med("quinine", ["Qualaquin"], ["qt", "cyp3a"]),
  med("mefloquine", ["Lariam"], ["qt"]),
  med("atovaquone/proguanil", ["Malarone"]),
  med("artemether/lumefantrine", ["Coartem", "Riamet"], ["qt", "cyp3a"]),
  med("pentamidine", ["Pentam"], ["qt"]),

  // Antivirals
  med("ritonavir", ["Norvir"], ["cyp3a", "cyp3aInhibitor"]),
  med("nirmatrelvir/ritonavir", ["Paxlovid"], ["cyp3a", "cyp3aInhibitor"]),
  med("lopinavir/ritonavir", ["Kaletra"], ["qt", "cyp3a", "cyp3aInhibitor"]),
  med("darunavir", ["Prezista"], ["cyp3a"]),
  med("atazanavir", ["Reyataz"], ["cyp3a"]),
  med("efavirenz", ["Sustiva"], ["qt"]),
  med("nevirapine", ["Viramune"], ["liver"]),
  med("zidovudine", ["Retrovir"], ["pigment"]),
  med("lamivudine/zidovudine", ["Combivir"], ["pigment"]),
  med("dolutegravir", ["Tivicay"]),
  med("bictegravir/emtricitabine/tenofovir alafenamide", ["Biktarvy"]),
  med("emtricitabine/tenofovir disoproxil", ["Truvada"]),
  med("tenofovir disoproxil", ["Viread"]),
  med("acyclovir", ["Zovirax"]),
  med("valacyclovir", ["Valtrex"]),
  med("oseltamivir", ["Tamiflu"]),
];
