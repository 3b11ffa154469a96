import { med } from "./med";

/**
 * Antipsychotics, including phenothiazines used mainly as antiemetics. QT tags follow the drugs
 * usually listed as QT-prolonging; enzyme tags follow each label's main clearance route.
 */
export const antipsychotics = [
  // Second generation
  med("quetiapine", ["Seroquel"], ["antipsychotic", "cyp3a", "qt"]),
  med("olanzapine", ["Zyprexa", "ZypAdhera"], ["antipsychotic"]),
  // Samidorphan is an opioid antagonist: the combination is contraindicated with opioids.
  med("olanzapine/samidorphan", ["Lybalvi"], ["antipsychotic", "antagonist", "cyp3a"]),
  med("olanzapine/fluoxetine", ["Symbyax"], ["antipsychotic", "sero", "cyp2d6"]),
  med(
    "risperidone",
    ["Risperdal", "Perseris", "Uzedy", "Rykindo"],
    ["antipsychotic", "cyp2d6", "qt"],
  ),
  med("paliperidone", ["Invega", "Xeplion", "Trevicta"], ["antipsychotic", "qt"]),
  med("aripiprazole", ["Abilify", "Abilify Maintena"], ["antipsychotic", "cyp2d6", "cyp3a"]),
  med("aripiprazole lauroxil", ["Aristada"], ["antipsychotic", "cyp2d6", "cyp3a"]),
  med("brexpiprazole", ["Rexulti"], ["antipsychotic", "cyp2d6", "cyp3a"]),
  med("cariprazine", ["Vraylar", "Reagila"], ["antipsychotic", "cyp3a"]),
  med("ziprasidone", ["Geodon"], ["antipsychotic", "cyp3a", "qt"]),
  med("lurasidone", ["Latuda"], ["antipsychotic", "cyp3a"]),
  med("asenapine", ["Saphris", "Sycrest"], ["antipsychotic", "qt"]),
  med("iloperidone", ["Fanapt"], ["antipsychotic", "cyp2d6", "cyp3a", "qt"]),
  med(
    "clozapine",
    ["Clozaril", "Denzapine", "Zaponex", "Versacloz"],
    ["antipsychotic", "qt", "seizure"],
  ),
  med("amisulpride", ["Solian", "Barhemsys"], ["antipsychotic", "qt"]),
  med("sulpiride", ["Dolmatil"], ["antipsychotic"]),
  med("pimavanserin", ["Nuplazid"], ["antipsychotic", "cyp3a", "qt"]),
  med("lumateperone", ["Caplyta"], ["antipsychotic", "cyp3a"]),

  // First generation
  med("haloperidol", ["Haldol", "Serenace"], ["antipsychotic", "qt", "cyp2d6", "cyp3a"]),
  med("chlorpromazine", ["Thorazine", "Largactil"], ["antipsychotic", "qt", "cyp2d6", "pigment"]),
  med("fluphenazine", ["Prolixin", "Modecate"], ["antipsychotic", "cyp2d6"]),
  med("perphenazine", ["Trilafon", "Fentazin"], ["antipsychotic", "cyp2d6"]),
  med("thioridazine", ["Mellaril"], ["antipsychotic", "qt", "cyp2d6"]),
  // Pimozide is on the FDA list of CYP3A substrates with a narrow therapeutic range.
  med("pimozide", ["Orap"], ["antipsychotic", "qt", "nti", "cyp2d6"]),
  med("trifluoperazine", ["Stelazine"], ["antipsychotic"]),
  med("zuclopenthixol", ["Clopixol"], ["antipsychotic", "cyp2d6"]),
  med("flupentixol", ["Depixol", "Fluanxol"], ["antipsychotic"]),
  med("loxapine", ["Adasuve", "Loxitane"], ["antipsychotic"]),
  med("levomepromazine", ["Nozinan"], ["antipsychotic"]),
  med("droperidol", ["Inapsine", "Xomolix"], ["antipsychotic", "qt"]),
  med("prochlorperazine", ["Compazine", "Stemetil", "Buccastem"], ["antipsychotic", "cyp2d6"]),
];
