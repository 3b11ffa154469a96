import { med } from "./med";

/**
 * Anticoagulants, antiplatelets, blood-pressure and heart-failure drugs, nitrates and PDE5
 * inhibitors. Most have no class: they make the vocabulary realistic for a general clinic.
 */
export const cardiovascularOther = [
  // Anticoagulants and antiplatelets
  med("apixaban", ["Eliquis"], ["cyp3a"]),
  med("rivaroxaban", ["Xarelto"], ["cyp3a"]),
  med("edoxaban", ["Savaysa", "Lixiana"]),
  // Dabigatran etexilate is a P-glycoprotein substrate.
  med("dabigatran", ["Pradaxa"], ["ntiPgp"]),
  // Warfarin's more potent S-enantiomer is cleared mainly by CYP2C9.
  med("warfarin", ["Coumadin", "Jantoven", "Marevan"], ["ntiCyp2c9"]),
  med("ticagrelor", ["Brilinta", "Brilique"], ["cyp3a"]),
  med("clopidogrel", ["Plavix"]),
  med("prasugrel", ["Effient", "Efient"]),
  med("aspirin", ["Ecotrin", "Disprin", "Aspro", "Bayer", "Bayer Aspirin"]),

  // Renin-angiotensin drugs
  med("lisinopril", ["Prinivil", "Zestril"]),
  med("ramipril", ["Altace", "Tritace"]),
  med("enalapril", ["Vasotec", "Innovace"]),
  med("perindopril", ["Coversyl", "Aceon"]),
  med("losartan", ["Cozaar"]),
  med("valsartan", ["Diovan"]),
  med("candesartan", ["Atacand", "Amias"]),
  med("irbesartan", ["Avapro", "Aprovel"]),
  med("olmesartan", ["Benicar", "Olmetec"]),
  med("telmisartan", ["Micardis"]),
  med("sacubitril/valsartan", ["Entresto"]),

  // Diuretics and other antihypertensives
  med("hydrochlorothiazide", ["Microzide"]),
  med("chlorthalidone", ["Thalitone", "Hygroton"]),
  med("indapamide", ["Natrilix", "Lozol"]),
  med("furosemide", ["Lasix"]),
  med("bumetanide", ["Bumex", "Burinex"]),
  med("spironolactone", ["Aldactone"]),
  med("eplerenone", ["Inspra"], ["cyp3a"]),
  med("doxazosin", ["Cardura"]),
  med("hydralazine", ["Apresoline"]),

  // Nitrates, pulmonary hypertension and PDE5 inhibitors
  med("isosorbide mononitrate", ["Imdur", "Monoket"]),
  med("nitroglycerin", ["Nitrostat", "Nitrolingual"]),
  med("bosentan", ["Tracleer"], ["cyp3a", "liver"]),
  med("sildenafil", ["Viagra", "Revatio"], ["cyp3a"]),
  med("tadalafil", ["Cialis", "Adcirca"], ["cyp3a"]),
  med("vardenafil", ["Levitra", "Staxyn"], ["cyp3a", "qt"]),
  med("avanafil", ["Stendra", "Spedra"], ["cyp3a"]),
  med("tolvaptan", ["Samsca", "Jynarque"], ["cyp3a", "liver"]),
];
