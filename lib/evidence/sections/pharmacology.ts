import type { SectionData } from "../types";

export const pharmacologySection: SectionData = {
  id: "pharmacology",
  title: "Pharmacology of kratom alkaloids",
  // The receptor and metabolism findings are from cell and animal work; only the
  // pharmacokinetic figures in the last part come from people.
  basis: {
    atMost: {
      tier: "lab-animal",
      because:
        "The receptor and breathing findings come from cell and animal studies; the studies in people measured blood levels only.",
    },
  },
  lastReviewed: "2026-11-25",
  summary:
    "Mitragynine and its metabolite 7-hydroxymitragynine (7-OH) are partial agonists at the mu-opioid receptor, and mitragynine also acts on adrenergic and other receptors. Mitragynine is converted to the more efficacious 7-OH by CYP3A. These findings come from cell and animal studies; human data are limited to small pharmacokinetic studies.",
  parts: [
    {
      anchor: "receptors",
      heading: "Opioid and other receptors",
      paragraphs: [
        {
          text: "In cell assays, mitragynine and 7-OH both acted as partial agonists at the human mu-opioid receptor and as competitive antagonists at the kappa and delta receptors. Mu-receptor activation by both was G-protein biased, with no recruitment of beta-arrestin.",
          refs: ["R1"],
        },
        {
          text: "Results depend on the assay. In a [35S]GTPγS study at the mu receptor, mitragynine behaved as an antagonist and 7-OH as a partial agonist (maximal effect 41.3%). In rats trained to recognise morphine, 7-OH substituted fully for morphine (99.7% of responses on the morphine lever), whereas mitragynine substituted only partly (at most 72.3%).",
          refs: ["R4"],
        },
        {
          text: "Mitragynine also binds the human alpha-2A adrenergic receptor, with lower affinity than epinephrine or lofexidine (Ki 1260 nM against 263 nM and 7.42 nM). It did not activate the receptor in vitro, yet produced alpha-2-agonist-like effects in rat drug discrimination that were shifted by alpha-2 and mu-opioid antagonists; the authors suggest it may be a low-efficacy alpha-2 agonist.",
          refs: ["R5"],
        },
        {
          text: "The background section of one case report lists further non-opioid actions: dose-dependent antagonism at dopamine D2 and serotonin 5-HT2C and 5-HT7 receptors, and agonism at postsynaptic alpha-2 receptors.",
          refs: ["R63"],
        },
      ],
    },
    {
      anchor: "cyp3a-conversion",
      heading: "Conversion of mitragynine to 7-OH by CYP3A",
      paragraphs: [
        {
          text: "Mitragynine is oxidised to 7-OH in a CYP3A-dependent step, and 7-OH is the more efficacious mu-opioid agonist of the two. Animal work identifies 7-OH as an active metabolite that mediates a key part of mitragynine's analgesic effect.",
          refs: ["R3", "R2"],
        },
        {
          text: "In mice, the CYP3A inhibitor ketoconazole reduced the respiratory and antinociceptive effects of mitragynine but not those of 7-OH given directly. In rats, ketoconazole increased exposure to mitragynine by 120% and to 7-OH by 130%, and made both more potent in a morphine-discrimination task (4.7-fold and 9.7-fold).",
          refs: ["R3", "R15"],
        },
      ],
    },
    {
      anchor: "seven-oh",
      heading: "7-hydroxymitragynine (7-OH)",
      paragraphs: [
        {
          text: "In mice, respiratory depression from mitragynine levelled off: doses above 10 mg/kg produced no greater effect, which the authors attribute to saturation of its metabolism to 7-OH. 7-OH given directly depressed breathing in proportion to dose, with no such ceiling.",
          refs: ["R3"],
        },
        {
          text: "Leaf contains little 7-OH. A state health department describes leaf products as typically containing less than 2% 7-OH, and in the leaf product characterised for a clinical interaction study 7-OH was below the limit of quantification. Semi-synthetic or synthetic 7-OH products, by contrast, can contain up to 98% 7-OH.",
          refs: ["R31", "R10"],
        },
        {
          text: "The project treats concentrated 7-OH products as higher risk than leaf because they bypass the metabolic step that limits mitragynine's respiratory effect in animals. This is an inference from animal data and has not been shown in humans.",
          refs: ["R3"],
        },
      ],
    },
    {
      anchor: "human-pharmacokinetics",
      heading: "Human pharmacokinetics (small studies)",
      paragraphs: [
        {
          text: "In 10 chronic users in Thailand, mitragynine reached peak concentration at 0.83 ± 0.35 h, had a terminal half-life of 23.24 ± 16.07 h and an apparent volume of distribution of 38.04 ± 24.32 L/kg; kinetics were linear, and 0.14% was excreted unchanged in urine.",
          refs: ["R7"],
        },
        {
          text: "After a single 2 g serving of kratom tea in healthy participants, the median half-life was 45.3 h for mitragynine and 5.67 h for 7-OH.",
          refs: ["R8", "R9"],
        },
        {
          text: "In a survey of 129 US adults with regular use, acute effects started within minutes and had faded within hours.",
          refs: ["R23"],
        },
      ],
    },
  ],
  unknowns: [
    "Whether the ceiling on mitragynine's respiratory depression seen in mice also applies in people is unknown.",
    "The human relevance of CYP3A-dependent conversion to 7-OH, and of CYP3A inhibitors on kratom effects, has not been shown.",
    "The potency of 7-OH relative to morphine in people: multiples of morphine's potency are widely quoted, but the primary pharmacology source was not seen, so no ratio is given here.",
    "The pharmacokinetics of concentrated 7-OH products in people have not been described in the sources seen.",
  ],
};
