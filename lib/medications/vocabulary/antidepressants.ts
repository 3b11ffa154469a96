import { med } from "./med";

/**
 * Antidepressants, lithium and other mainly serotonergic medicines. TCAs carry QT tags, and the
 * sedating ones (amitriptyline, doxepin, trimipramine, mirtazapine, trazodone) also count as CNS
 * depressants for the "two or more sedating substances" rule.
 */
export const antidepressants = [
  // SSRIs
  med("fluoxetine", ["Prozac", "Sarafem"], ["sero", "cyp2d6"]),
  med("sertraline", ["Zoloft", "Lustral"], ["sero"]),
  med("paroxetine", ["Paxil", "Seroxat", "Pexeva"], ["sero", "cyp2d6"]),
  med("citalopram", ["Celexa", "Cipramil"], ["sero", "qt"]),
  med("escitalopram", ["Lexapro", "Cipralex"], ["sero", "qt"]),
  med("fluvoxamine", ["Luvox", "Faverin"], ["sero", "cyp2d6"]),
  med("vortioxetine", ["Trintellix", "Brintellix"], ["sero", "cyp2d6"]),
  med("vilazodone", ["Viibryd"], ["sero", "cyp3a"]),

  // SNRIs
  med("venlafaxine", ["Effexor"], ["sero", "cyp2d6"]),
  med("desvenlafaxine", ["Pristiq"], ["sero"]),
  // Duloxetine is also used for chronic musculoskeletal pain; its label warns of liver injury.
  med("duloxetine", ["Cymbalta", "Yentreve", "Drizalma Sprinkle"], ["sero", "cyp2d6", "liver"]),
  med("milnacipran", ["Savella"], ["sero"]),
  med("levomilnacipran", ["Fetzima"], ["sero", "cyp3a"]),

  // Tricyclics
  med("amitriptyline", ["Elavil"], ["sero", "seizure", "cyp2d6", "qt", "cns"]),
  med("nortriptyline", ["Pamelor", "Allegron"], ["sero", "seizure", "cyp2d6", "qt"]),
  med("imipramine", ["Tofranil"], ["sero", "seizure", "cyp2d6", "qt", "pigment"]),
  med("desipramine", ["Norpramin"], ["sero", "seizure", "cyp2d6", "qt", "pigment"]),
  med("clomipramine", ["Anafranil"], ["sero", "seizure", "cyp2d6", "qt"]),
  med("doxepin", ["Sinequan", "Silenor"], ["sero", "seizure", "cyp2d6", "qt", "cns"]),
  med("trimipramine", ["Surmontil"], ["sero", "seizure", "cyp2d6", "qt", "cns"]),
  med("dosulepin", ["Prothiaden"], ["sero", "seizure", "qt", "cns"]),
  med("lofepramine", [], ["sero", "seizure", "cyp2d6"]),

  // MAOIs (including those used for Parkinson's disease) and other MAO-inhibiting drugs
  med("phenelzine", ["Nardil"], ["sero"]),
  med("tranylcypromine", ["Parnate"], ["sero"]),
  med("isocarboxazid", ["Marplan"], ["sero"]),
  med("moclobemide", ["Manerix"], ["sero"]),
  med("selegiline", ["Eldepryl", "Emsam", "Zelapar"], ["sero"]),
  med("rasagiline", ["Azilect"], ["sero"]),
  med("safinamide", ["Xadago"], ["sero"]),
  med("methylene blue", ["ProvayBlue"], ["sero"]),

  // Other antidepressants and mood stabilisers
  med("trazodone", ["Desyrel", "Molipaxin", "Oleptro"], ["sero", "cyp3a", "qt", "cns"]),
  med("mirtazapine", ["Remeron", "Zispin"], ["sero", "cns"]),
  // Bupropion is not serotonergic and is a CYP2D6 inhibitor rather than a substrate; it lowers
  // the seizure threshold.
  med("bupropion", ["Wellbutrin", "Zyban", "Aplenzin"], ["seizure"]),
  // Agomelatine requires liver-function monitoring in its EU and UK labelling.
  med("agomelatine", ["Valdoxan"], ["liver"]),
  med("buspirone", ["BuSpar"], ["sero", "cyp3a"]),
  med("lithium", ["Lithobid", "Camcolit", "Priadel"], ["sero"]),
  med("tryptophan", [], ["sero"]),
  // St John's wort is also a strong CYP3A inducer.
  med("St John's wort", [], ["sero", "cyp3aInducer"]),

  // Dextromethorphan products (also an over-the-counter cough suppressant)
  med("dextromethorphan", ["Delsym"], ["sero", "cyp2d6"]),
  med("dextromethorphan/bupropion", ["Auvelity"], ["sero", "cyp2d6", "seizure"]),
  med("dextromethorphan/quinidine", ["Nuedexta"], ["sero", "cyp2d6", "qt"]),

  // Triptans
  med("sumatriptan", ["Imitrex", "Imigran", "Tosymra", "Onzetra"], ["sero"]),
  med("sumatriptan/naproxen", ["Treximet"], ["sero"]),
  med("rizatriptan", ["Maxalt"], ["sero"]),
  med("zolmitriptan", ["Zomig"], ["sero"]),
  med("eletriptan", ["Relpax"], ["sero", "cyp3a"]),
  med("naratriptan", ["Amerge", "Naramig"], ["sero"]),
  med("almotriptan", ["Axert", "Almogran"], ["sero"]),
  med("frovatriptan", ["Frova", "Migard"], ["sero"]),
];
