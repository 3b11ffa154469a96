import { med } from "./med";

/** Lipid-lowering drugs, calcium-channel blockers, antiarrhythmics and beta-blockers. */
export const cardiovascular = [
  // Statins: simvastatin, lovastatin and atorvastatin depend on CYP3A; the others do not.
  med("simvastatin", ["Zocor"], ["cyp3a"]),
  med("atorvastatin", ["Lipitor"], ["cyp3a"]),
  med("lovastatin", ["Mevacor", "Altoprev"], ["cyp3a"]),
  med("rosuvastatin", ["Crestor"]),
  med("pravastatin", ["Pravachol"]),
  med("pitavastatin", ["Livalo"]),
  med("fluvastatin", ["Lescol"]),
  med("ezetimibe", ["Zetia", "Ezetrol"]),
  med("ezetimibe/simvastatin", ["Vytorin", "Inegy"], ["cyp3a"]),

  // Calcium-channel blockers
  med("amlodipine", ["Norvasc", "Istin"], ["cyp3a"]),
  med("felodipine", ["Plendil"], ["cyp3a"]),
  med("nifedipine", ["Procardia", "Adalat"], ["cyp3a"]),
  med("lercanidipine", ["Zanidip"], ["cyp3a"]),
  med("nicardipine", ["Cardene"], ["cyp3a"]),
  med("nimodipine", ["Nimotop"], ["cyp3a"]),
  med("diltiazem", ["Cardizem", "Tiazac", "Adizem"], ["cyp3a"]),
  med("verapamil", ["Calan", "Isoptin", "Securon"], ["cyp3a"]),

  // Antiarrhythmics and other rhythm and angina drugs
  // Amiodarone is also a recognised cause of blue-grey pigmentation and of liver injury.
  med("amiodarone", ["Cordarone", "Pacerone", "Nexterone"], ["qt", "cyp3a", "pigment", "liver"]),
  med("dronedarone", ["Multaq"], ["qt", "cyp3a", "liver"]),
  med("sotalol", ["Betapace", "Sotacor", "Sotylize"], ["qt"]),
  med("dofetilide", ["Tikosyn"], ["qt", "cyp3a"]),
  med("flecainide", ["Tambocor"], ["qt", "cyp2d6"]),
  med("propafenone", ["Rythmol", "Arythmol"], ["cyp2d6", "cyp3a"]),
  // Quinidine is on the FDA list of CYP3A substrates with a narrow therapeutic range.
  med("quinidine", [], ["qt", "nti"]),
  med("disopyramide", ["Norpace", "Rythmodan"], ["qt", "cyp3a"]),
  med("mexiletine", [], ["cyp2d6"]),
  med("ivabradine", ["Corlanor", "Procoralan"], ["cyp3a"]),
  med("ranolazine", ["Ranexa"], ["qt", "cyp3a"]),
  // Digoxin is a P-glycoprotein substrate, not a CYP3A one.
  med("digoxin", ["Lanoxin"], ["ntiPgp"]),

  // Beta-blockers: metoprolol, carvedilol, propranolol, nebivolol and timolol rely on CYP2D6.
  med("metoprolol", ["Lopressor", "Toprol-XL", "Betaloc"], ["cyp2d6"]),
  med("carvedilol", ["Coreg", "Eucardic"], ["cyp2d6"]),
  med("propranolol", ["Inderal", "Hemangeol"], ["cyp2d6"]),
  med("nebivolol", ["Bystolic", "Nebilet"], ["cyp2d6"]),
  med("timolol", ["Timoptic"], ["cyp2d6"]),
  med("atenolol", ["Tenormin"]),
  med("bisoprolol", ["Zebeta", "Cardicor", "Concor"]),
  med("labetalol", ["Trandate"]),
];
