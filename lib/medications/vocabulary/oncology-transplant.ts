import { med } from "./med";

/**
 * Transplant immunosuppressants and cancer medicines. Tacrolimus, cyclosporine, sirolimus and
 * everolimus are CYP3A substrates with a narrow therapeutic index, dosed by blood level.
 */
export const oncologyTransplant = [
  // Transplant immunosuppressants
  med("tacrolimus", ["Prograf", "Advagraf", "Envarsus XR"], ["nti", "qt"]),
  med("cyclosporine", ["Neoral", "Sandimmune", "Gengraf"], ["nti"]),
  med("sirolimus", ["Rapamune"], ["nti"]),
  med("everolimus", ["Afinitor", "Zortress", "Certican", "Votubia"], ["nti"]),
  med("mycophenolate mofetil", ["CellCept"]),
  med("mycophenolic acid", ["Myfortic"]),
  med("mercaptopurine", ["Purinethol", "Purixan", "Xaluprine"], ["liver"]),

  // Hormonal cancer treatment: tamoxifen is activated by CYP2D6 to endoxifen.
  med("tamoxifen", ["Nolvadex", "Soltamox"], ["cyp2d6", "cyp3a"]),
  med("anastrozole", ["Arimidex"]),
  med("letrozole", ["Femara"]),
  med("exemestane", ["Aromasin"], ["cyp3a"]),

  // Targeted and cytotoxic drugs
  med("imatinib", ["Gleevec", "Glivec"], ["cyp3a"]),
  med("ibrutinib", ["Imbruvica"], ["cyp3a"]),
  // Recognised causes of drug-induced hyperpigmentation.
  med("bleomycin", ["Blenoxane"], ["pigment"]),
  med("fluorouracil", ["Efudex", "Adrucil"], ["pigment"]),
  med("cyclophosphamide", ["Cytoxan"], ["pigment"]),
  med("hydroxyurea", ["Hydrea", "Droxia", "Siklos"], ["pigment"]),
  med("busulfan", ["Myleran", "Busulfex"], ["pigment"]),
];
