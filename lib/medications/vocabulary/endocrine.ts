import { med } from "./med";

/** Diabetes, thyroid and sex-hormone medicines. Almost none has a class. */
export const endocrine = [
  // Diabetes
  med("metformin", ["Glucophage", "Glumetza", "Fortamet"]),
  med("gliclazide", ["Diamicron"]),
  med("glipizide", ["Glucotrol"]),
  med("glimepiride", ["Amaryl"]),
  med("glyburide", ["Diabeta", "Glynase", "Daonil"]),
  med("pioglitazone", ["Actos"]),
  med("sitagliptin", ["Januvia"]),
  med("saxagliptin", ["Onglyza"], ["cyp3a"]),
  med("linagliptin", ["Tradjenta", "Trajenta"]),
  med("empagliflozin", ["Jardiance"]),
  med("dapagliflozin", ["Farxiga", "Forxiga"]),
  med("canagliflozin", ["Invokana"]),
  med("semaglutide", ["Ozempic", "Wegovy", "Rybelsus"]),
  med("liraglutide", ["Victoza", "Saxenda"]),
  med("dulaglutide", ["Trulicity"]),
  med("tirzepatide", ["Mounjaro", "Zepbound"]),
  med("insulin glargine", ["Lantus", "Toujeo", "Basaglar", "Abasaglar"]),
  med("insulin degludec", ["Tresiba"]),
  med("insulin aspart", ["NovoLog", "NovoRapid", "Fiasp"]),
  med("insulin lispro", ["Humalog", "Admelog", "Lyumjev"]),

  // Thyroid
  med("levothyroxine", ["Synthroid", "Levoxyl", "Euthyrox", "Eltroxin", "Tirosint", "Unithroid"]),
  med("liothyronine", ["Cytomel"]),
  med("carbimazole", ["Neo-Mercazole"]),
  med("methimazole", ["Tapazole"]),
  med("propylthiouracil", [], ["liver"]),

  // Sex hormones
  med("estradiol", ["Estrace", "Vivelle-Dot", "Estrogel", "Evorel", "Climara"]),
  med("ethinylestradiol/levonorgestrel", ["Microgynon", "Levora", "Seasonique"]),
  med("medroxyprogesterone", ["Provera", "Depo-Provera", "Sayana Press"]),
  med("testosterone", ["AndroGel", "Testogel", "Nebido", "Depo-Testosterone"]),
  med("finasteride", ["Proscar", "Propecia"]),
];
