import { med } from "./med";

/**
 * Commonly prescribed US and UK medicines that were missing (issue 16 §2, and the gaps the
 * clinician-query table in ../testdata found). Most carry no interaction class: none of the
 * evidence's mechanisms applies, and a medicine with no class is still "checked".
 */
export const commonlyPrescribed = [
  // Cobicistat boosts HIV medicines by inhibiting CYP3A strongly, like ritonavir; its
  // combinations carry the tags of their other parts too (atazanavir, darunavir: CYP3A substrates).
  med("cobicistat", ["Tybost"], ["cyp3aInhibitor"]),
  med(
    "elvitegravir/cobicistat/emtricitabine/tenofovir alafenamide",
    ["Genvoya"],
    ["cyp3aInhibitor"],
  ),
  med(
    "elvitegravir/cobicistat/emtricitabine/tenofovir disoproxil",
    ["Stribild"],
    ["cyp3aInhibitor"],
  ),
  med("atazanavir/cobicistat", ["Evotaz"], ["cyp3a", "cyp3aInhibitor"]),
  med("darunavir/cobicistat", ["Prezcobix", "Rezolsta"], ["cyp3a", "cyp3aInhibitor"]),
  med(
    "darunavir/cobicistat/emtricitabine/tenofovir alafenamide",
    ["Symtuza"],
    ["cyp3a", "cyp3aInhibitor"],
  ),
  med("emtricitabine/tenofovir alafenamide", ["Descovy"]),
  med("abacavir/dolutegravir/lamivudine", ["Triumeq"]),

  // Chlordiazepoxide combinations: the benzodiazepine's tags, plus amitriptyline's.
  med(
    "chlordiazepoxide/amitriptyline",
    ["Limbitrol", "Limbitrol DS"],
    ["benzo", "cyp3a", "sero", "seizure", "cyp2d6", "qt", "cns"],
  ),
  med("chlordiazepoxide/clidinium", ["Librax"], ["benzo", "cyp3a"]),

  // Salicylates and other analgesics
  med("salsalate", ["Disalcid", "Amigesic"]),
  med("diflunisal", ["Dolobid"]),
  // Injected into the knee: no systemic interaction is described.
  med("hyaluronic acid", [
    "Synvisc",
    "Synvisc-One",
    "Euflexxa",
    "Orthovisc",
    "Monovisc",
    "Gel-One",
    "Durolane",
    "Hyalgan",
    "Supartz",
    "GenVisc",
    "Ostenil",
  ]),

  // Bone
  med("ibandronate", ["Boniva", "Bonviva"]),
  med("raloxifene", ["Evista"]),
  med("teriparatide", ["Forteo", "Forsteo", "Bonsity"]),
  med("abaloparatide", ["Tymlos", "Eladynos"]),

  // Blood pressure, heart and lipids
  med("benazepril", ["Lotensin"]),
  med("amlodipine/benazepril", ["Lotrel"], ["cyp3a"]),
  med("amlodipine/valsartan", ["Exforge"], ["cyp3a"]),
  med("amlodipine/olmesartan", ["Azor", "Sevikar"], ["cyp3a"]),
  med("lisinopril/hydrochlorothiazide", ["Zestoretic", "Prinzide"]),
  med("losartan/hydrochlorothiazide", ["Hyzaar"]),
  med("valsartan/hydrochlorothiazide", ["Diovan HCT", "Co-Diovan"]),
  med("triamterene/hydrochlorothiazide", ["Maxzide", "Dyazide"]),
  med("bendroflumethiazide", ["Aprinox", "Neo-Naclex"]),
  med("torsemide", ["Demadex", "Soaprez"]),
  med("metolazone", ["Zaroxolyn"]),
  med("nadolol", ["Corgard"]),
  med("terazosin", ["Hytrin"]),
  med("prazosin", ["Minipress"]),
  med("minoxidil", ["Loniten"]),
  // Guanfacine sedates like clonidine, its fellow alpha-2 agonist.
  med("guanfacine", ["Intuniv", "Tenex"], ["cns"]),
  med("fenofibrate", ["Tricor", "Lipantil", "Trilipix"]),
  med("gemfibrozil", ["Lopid"]),
  med("potassium chloride", ["Klor-Con", "K-Dur", "Sando-K", "Slow-K"]),

  // Stomach and gut
  med("dexlansoprazole", ["Dexilant", "Kapidex"]),
  med("psyllium", ["Metamucil", "Fybogel", "Konsyl"]),
  med("rifaximin", ["Xifaxan", "Targaxan"]),
  med("pancrelipase", ["Creon", "Zenpep", "Pancreaze"]),
  med("hyoscyamine", ["Levsin", "Levbid"]),

  // Vitamins and minerals
  med("folic acid", ["Folvite"]),
  med("cyanocobalamin", []),
  med("hydroxocobalamin", ["Cobalin-H", "Neo-Cytamen"]),
  med("ferrous sulfate", ["Feosol", "Slow Fe", "Fer-In-Sol"]),
  med("ferrous fumarate", ["Galfer", "Fersaday"]),
  med("ergocalciferol", ["Drisdol"]),
  med("calcium carbonate/cholecalciferol", ["Adcal-D3", "Calcichew-D3", "Caltrate 600+D"]),
  med("thiamine", []),

  // Hormones, contraception and the urinary tract
  med("norethindrone", ["Aygestin", "Camila", "Errin", "Primolut N"]),
  med("desogestrel", ["Cerazette", "Cerelle"]),
  med("progesterone", ["Prometrium", "Utrogestan"]),
  med("levonorgestrel", ["Mirena", "Plan B One-Step", "Levonelle"]),
  med("ethinylestradiol/norethindrone", ["Loestrin", "Junel", "Microgestin"]),
  med("ethinylestradiol/norgestimate", ["Sprintec", "Ortho Tri-Cyclen", "Cilest"]),
  med("drospirenone/ethinylestradiol", ["Yaz", "Yasmin"]),
  med("insulin detemir", ["Levemir"]),
  med("insulin isophane", ["Humulin N", "Novolin N", "Insulatard"]),
  med("insulin regular", ["Humulin R", "Novolin R", "Actrapid"]),
  med("sitagliptin/metformin", ["Janumet"]),
  med("cabergoline", ["Dostinex"]),
  med("desmopressin", ["DDAVP", "Noctiva", "Desmomelt"]),
  med("fludrocortisone", ["Florinef"]),
  med("dutasteride", ["Avodart"]),
  med("dutasteride/tamsulosin", ["Jalyn", "Combodart"]),
  med("phenazopyridine", ["Pyridium", "Azo"]),
  med("trospium", ["Sanctura", "Regurin"]),

  // Infections and skin
  med("cefdinir", ["Omnicef"]),
  med("cefuroxime", ["Ceftin", "Zinnat"]),
  med("penicillin V", ["Veetids"]),
  med("dicloxacillin", ["Dynapen"]),
  med("valganciclovir", ["Valcyte"]),
  med("ivermectin", ["Stromectol", "Soolantra"]),
  med("permethrin", ["Elimite", "Lyclear"]),
  med("mupirocin", ["Bactroban"]),
  med("fusidic acid", ["Fucidin"]),
  med("nystatin", ["Mycostatin", "Nystan"]),
  med("clotrimazole", ["Lotrimin", "Canesten"]),
  med("tretinoin", ["Retin-A", "Renova"]),

  // Eyes, nose and chest
  med("latanoprost", ["Xalatan"]),
  med("brimonidine", ["Alphagan"]),
  med("dorzolamide/timolol", ["Cosopt"]),
  med("fluticasone/vilanterol", ["Breo Ellipta", "Relvar Ellipta"], ["cyp3a"]),
  med("beclomethasone/formoterol", ["Fostair"]),
  med("mometasone", ["Nasonex", "Asmanex"]),
  med("azelastine", ["Astelin", "Rhinolast"]),
  med("carbocisteine", ["Mucodyne"]),
  med("betahistine", ["Serc"]),
];
