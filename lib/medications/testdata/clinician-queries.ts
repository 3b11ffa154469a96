/**
 * Issue 16 §1 test data: how clinicians type medicines, with what each must record. Read by
 * ../clinician-queries.test.ts.
 *
 * Where the names come from (the "list" column): "US" is the US top-300 prescribed medicines
 * (ClinCalc DrugStats, from the MEPS survey), "UK" medicines commonly prescribed in primary care
 * in England (BNF / NHS prescription cost analysis), "US/UK" both; "OTC label" is an
 * over-the-counter product as its US or UK label names it; "clinician abbreviation" and
 * "clinician sig" are shorthand clinicians write; "issue 16 review" and "issue 17 walk" are
 * queries from the outside reviews. The names were compiled by hand from those public lists,
 * not extracted from them by a program, so a row's list is where such a name is found, not a
 * verified rank; a few rows are specialist medicines the issue names (cobicistat, teriparatide,
 * abaloparatide) rather than top-300 entries. The test checks every row against the search.
 *
 * COMMON_MEDICINES: generic | brand | strength | expected id (blank: the generic's own id) | list.
 * The test types each as a clinician would: the generic, the brand, the generic with its
 * strength, the brand (or generic) with strength and a sig, and the generic with one typo.
 * A brand marked with "*" names a brand family (another product extends it, e.g. "Diovan" and
 * "Diovan HCT"), so typed alone it must record nothing.
 *
 * BRANDS_AND_OTC: typed | expected id, or "none" (nothing is recorded by default) | list | why.
 */
export const COMMON_MEDICINES = `
lisinopril|Zestril|10 mg||US
atorvastatin|Lipitor|40 mg||US/UK
levothyroxine|Synthroid|100 mcg||US/UK
metformin|Glucophage|500 mg||US/UK
amlodipine|Norvasc|5 mg||US/UK
metoprolol|Lopressor|25 mg||US
omeprazole|Prilosec|20 mg||US/UK
simvastatin|Zocor|40 mg||US/UK
losartan|Cozaar|50 mg||US/UK
albuterol|Ventolin|90 mcg||US
gabapentin|Neurontin|300 mg||US/UK
hydrochlorothiazide|Microzide|25 mg||US
sertraline|Zoloft|50 mg||US/UK
furosemide|Lasix|40 mg||US/UK
acetaminophen|Ofirmev|500 mg||US
fluticasone|Flonase|50 mcg||US
amoxicillin|Amoxil|500 mg||US/UK
rosuvastatin|Crestor|10 mg||US/UK
escitalopram|Lexapro|10 mg||US
montelukast|Singulair|10 mg||US/UK
pantoprazole|Protonix|40 mg||US
bupropion|Wellbutrin|150 mg||US
prednisone|Deltasone|20 mg||US
tamsulosin|Flomax|0.4 mg||US/UK
trazodone|Desyrel|50 mg||US/UK
pravastatin|Pravachol|40 mg||US/UK
insulin glargine|Lantus|20 units||US/UK
carvedilol|Coreg|12.5 mg||US
fluoxetine|Prozac|20 mg||US/UK
meloxicam|Mobic|15 mg||US
clopidogrel|Plavix|75 mg||US/UK
citalopram|Celexa|20 mg||US/UK
duloxetine|Cymbalta|60 mg||US/UK
potassium chloride|Klor-Con|20 mEq||US
allopurinol|Zyloprim|300 mg||US/UK
cyclobenzaprine|Flexeril|10 mg||US
glipizide|Glucotrol|5 mg||US
venlafaxine|Effexor|75 mg||US/UK
ergocalciferol|Drisdol|50000 units||US
spironolactone|Aldactone|25 mg||US/UK
alprazolam|Xanax|0.5 mg||US
zolpidem|Ambien|10 mg||US
cetirizine|Reactine|10 mg||US/UK
warfarin|Coumadin|5 mg||US/UK
tramadol|Ultram|50 mg||US/UK
clonazepam|Klonopin|0.5 mg||US
atenolol|Tenormin|50 mg||US/UK
propranolol|Inderal|40 mg||US/UK
apixaban|Eliquis|5 mg||US/UK
lamotrigine|Lamictal|100 mg||US/UK
quetiapine|Seroquel|50 mg||US/UK
ondansetron|Zofran|4 mg||US/UK
famotidine|Pepcid|20 mg||US
hydroxyzine|Atarax|25 mg||US/UK
lorazepam|Ativan|1 mg||US/UK
topiramate|Topamax|50 mg||US/UK
buspirone|Buspar|10 mg||US
cephalexin|Keflex|500 mg||US
azithromycin|Zithromax|250 mg||US/UK
diclofenac|Cambia|50 mg||US/UK
methylphenidate|Ritalin|10 mg||US/UK
amphetamine|Adderall|20 mg||US
lisdexamfetamine|Vyvanse|30 mg||US/UK
doxycycline|Vibramycin|100 mg||US/UK
estradiol|Estrace|1 mg||US/UK
glimepiride|Amaryl|2 mg||US
rivaroxaban|Xarelto|20 mg||US/UK
semaglutide|Ozempic|1 mg||US/UK
empagliflozin|Jardiance|10 mg||US/UK
dapagliflozin|Farxiga|10 mg||US/UK
sitagliptin|Januvia|100 mg||US/UK
pioglitazone|Actos|30 mg||US/UK
insulin lispro|Humalog|10 units||US/UK
insulin aspart|Novolog|10 units||US
liraglutide|Victoza|1.2 mg||US/UK
dulaglutide|Trulicity|1.5 mg||US/UK
tirzepatide|Mounjaro|5 mg||US/UK
paroxetine|Paxil|20 mg||US
mirtazapine|Remeron|15 mg||US/UK
amitriptyline|Elavil|25 mg||US/UK
nortriptyline|Pamelor|25 mg||US/UK
aripiprazole|Abilify|10 mg||US/UK
risperidone|Risperdal|1 mg||US/UK
olanzapine|Zyprexa|10 mg||US/UK
lithium|Lithobid|300 mg||US
divalproex|Depakote|500 mg|valproate|US
levetiracetam|Keppra|500 mg||US/UK
oxcarbazepine|Trileptal|300 mg||US
carbamazepine|Tegretol|200 mg||US/UK
phenytoin|Dilantin|100 mg||US/UK
pregabalin|Lyrica|75 mg||US/UK
baclofen|Lioresal|10 mg||US/UK
tizanidine|Zanaflex|4 mg||US
methocarbamol|Robaxin|750 mg||US
carisoprodol|Soma|350 mg||US
naproxen|Naprosyn*|500 mg||US/UK
ibuprofen|Brufen|400 mg||US/UK
celecoxib|Celebrex|200 mg||US/UK
oxycodone|OxyContin|10 mg||US/UK
hydrocodone/acetaminophen|Norco|5/325|hydrocodone-acetaminophen|US
oxycodone/acetaminophen|Percocet|5/325|oxycodone-acetaminophen|US
morphine|MS Contin|15 mg||US/UK
hydromorphone|Dilaudid|2 mg||US
methadone|Dolophine|10 mg||US/UK
buprenorphine/naloxone|Suboxone|8/2 mg|buprenorphine-naloxone|US/UK
naltrexone|Vivitrol|50 mg||US/UK
tapentadol|Nucynta|50 mg||US/UK
codeine||30 mg||US/UK
fentanyl|Duragesic|25 mcg||US/UK
diazepam|Valium|5 mg||US/UK
temazepam|Restoril|15 mg||US/UK
eszopiclone|Lunesta|3 mg||US
zopiclone|Zimovane|7.5 mg||UK
donepezil|Aricept|10 mg||US/UK
memantine|Namenda|10 mg||US/UK
ropinirole|Requip|1 mg||US/UK
pramipexole|Mirapex|0.25 mg||US/UK
carbidopa/levodopa|Sinemet|25/100|carbidopa-levodopa|US/UK
sumatriptan|Imitrex|50 mg||US/UK
rizatriptan|Maxalt|10 mg||US/UK
benztropine|Cogentin|1 mg||US
haloperidol|Haldol|5 mg||US/UK
lurasidone|Latuda|40 mg||US/UK
ziprasidone|Geodon|40 mg||US
clozapine|Clozaril|100 mg||US/UK
desvenlafaxine|Pristiq|50 mg||US
vilazodone|Viibryd|20 mg||US
vortioxetine|Trintellix|10 mg||US/UK
atomoxetine|Strattera|40 mg||US/UK
guanfacine|Intuniv|1 mg||US/UK
clonidine|Catapres|0.1 mg||US/UK
dextroamphetamine|Dexedrine|10 mg||US/UK
modafinil|Provigil|200 mg||US/UK
varenicline|Chantix|1 mg||US/UK
nicotine|Nicorette|21 mg||US/UK
valsartan|Diovan*|80 mg||US/UK
olmesartan|Benicar|20 mg||US/UK
irbesartan|Avapro|150 mg||US/UK
telmisartan|Micardis|40 mg||US/UK
candesartan|Atacand|8 mg||US/UK
benazepril|Lotensin|20 mg||US
enalapril|Vasotec|10 mg||US/UK
ramipril|Altace|5 mg||US/UK
quinapril|Accupril|20 mg||US
lisinopril/hydrochlorothiazide|Zestoretic|20/12.5|lisinopril-hydrochlorothiazide|US
losartan/hydrochlorothiazide|Hyzaar|50/12.5|losartan-hydrochlorothiazide|US
valsartan/hydrochlorothiazide|Diovan HCT|160/12.5|valsartan-hydrochlorothiazide|US
triamterene/hydrochlorothiazide|Maxzide|37.5/25|triamterene-hydrochlorothiazide|US
amlodipine/benazepril|Lotrel|5/20|amlodipine-benazepril|US
amlodipine/valsartan|Exforge|5/160|amlodipine-valsartan|US
amlodipine/olmesartan|Azor|5/20|amlodipine-olmesartan|US
chlorthalidone|Thalitone|25 mg||US
indapamide|Natrilix|2.5 mg||UK
bendroflumethiazide|Aprinox|2.5 mg||UK
torsemide|Demadex|20 mg||US
bumetanide|Bumex|1 mg||US/UK
metolazone|Zaroxolyn|5 mg||US
nebivolol|Bystolic|5 mg||US/UK
bisoprolol|Zebeta|5 mg||US/UK
labetalol|Trandate|200 mg||US/UK
nadolol|Corgard|40 mg||US
diltiazem|Cardizem|120 mg||US/UK
verapamil|Calan|120 mg||US/UK
nifedipine|Procardia|30 mg||US/UK
felodipine|Plendil|5 mg||US/UK
hydralazine|Apresoline|25 mg||US/UK
isosorbide mononitrate|Imdur|30 mg|isosorbide-mononitrate|US/UK
nitroglycerin|Nitrostat|0.4 mg||US/UK
doxazosin|Cardura|4 mg||US/UK
terazosin|Hytrin|2 mg||US
prazosin|Minipress|1 mg||US
minoxidil|Loniten|10 mg||US
digoxin|Lanoxin|125 mcg||US/UK
amiodarone|Pacerone|200 mg||US/UK
flecainide|Tambocor|100 mg||US/UK
sotalol|Betapace|80 mg||US/UK
dofetilide|Tikosyn|500 mcg||US
ranolazine|Ranexa|500 mg||US/UK
ivabradine|Corlanor|5 mg||US/UK
sacubitril/valsartan|Entresto|49/51 mg|sacubitril-valsartan|US/UK
ezetimibe|Zetia|10 mg||US/UK
fenofibrate|Tricor|145 mg||US/UK
gemfibrozil|Lopid|600 mg||US
lovastatin|Mevacor|20 mg||US
pitavastatin|Livalo|2 mg||US
dabigatran|Pradaxa|150 mg||US/UK
edoxaban|Savaysa|60 mg||US/UK
enoxaparin|Lovenox|40 mg||US/UK
ticagrelor|Brilinta|90 mg||US/UK
prasugrel|Effient|10 mg||US/UK
aspirin|Ecotrin|81 mg||US/UK
cilostazol|Pletal|100 mg||US/UK
colchicine|Colcrys|0.6 mg||US/UK
febuxostat|Uloric|80 mg||US/UK
alendronate|Fosamax|70 mg||US/UK
ibandronate|Boniva|150 mg||US/UK
risedronate|Actonel|35 mg||US/UK
raloxifene|Evista|60 mg||US/UK
teriparatide|Forteo|20 mcg||US/UK
abaloparatide|Tymlos|80 mcg||US
denosumab|Prolia|60 mg||US/UK
zoledronic acid|Reclast|5 mg|zoledronic-acid|US/UK
methotrexate|Trexall|15 mg||US/UK
hydroxychloroquine|Plaquenil|200 mg||US/UK
sulfasalazine|Azulfidine|500 mg||US/UK
leflunomide|Arava|20 mg||US/UK
azathioprine|Imuran|50 mg||US/UK
adalimumab|Humira|40 mg||US/UK
etanercept|Enbrel|50 mg||US/UK
tofacitinib|Xeljanz|5 mg||US/UK
prednisolone|Orapred|5 mg||US/UK
methylprednisolone|Medrol|4 mg||US/UK
dexamethasone|Decadron|4 mg||US/UK
hydrocortisone|Cortef|10 mg||US/UK
triamcinolone|Kenalog|40 mg||US/UK
budesonide|Entocort|3 mg||US/UK
fluticasone/salmeterol|Advair|250/50|fluticasone-salmeterol|US/UK
budesonide/formoterol|Symbicort|160/4.5|budesonide-formoterol|US/UK
fluticasone/vilanterol|Breo Ellipta|100/25|fluticasone-vilanterol|US/UK
beclomethasone/formoterol|Fostair|100/6|beclomethasone-formoterol|UK
tiotropium|Spiriva|18 mcg||US/UK
ipratropium|Atrovent|20 mcg||US/UK
beclomethasone|Qvar|100 mcg||US/UK
mometasone|Nasonex|50 mcg||US/UK
azelastine|Astelin|137 mcg||US/UK
loratadine|Clarityn|10 mg||US/UK
fexofenadine|Telfast|180 mg||US/UK
levocetirizine|Xyzal|5 mg||US/UK
benzonatate|Tessalon|100 mg||US
promethazine|Phenergan*|25 mg||US/UK
meclizine|Antivert|25 mg||US
metoclopramide|Reglan|10 mg||US/UK
prochlorperazine|Compazine|10 mg||US/UK
esomeprazole|Nexium|40 mg||US/UK
lansoprazole|Prevacid|30 mg||US/UK
dexlansoprazole|Dexilant|60 mg||US
rabeprazole|Aciphex|20 mg||US/UK
sucralfate|Carafate|1 g||US/UK
dicyclomine|Bentyl|20 mg||US/UK
hyoscyamine|Levsin|0.125 mg||US
mesalamine|Lialda|1.2 g||US/UK
loperamide|Imodium A-D|2 mg||US/UK
docusate|Colace|100 mg||US/UK
senna|Senokot*|8.6 mg||US/UK
polyethylene glycol|MiraLAX|17 g|polyethylene-glycol|US/UK
lactulose|Enulose|10 g||US/UK
psyllium|Metamucil|3.4 g||US/UK
linaclotide|Linzess|145 mcg||US/UK
rifaximin|Xifaxan|550 mg||US/UK
ursodiol|Actigall|300 mg||US/UK
pancrelipase|Creon|24000 units||US/UK
oxybutynin|Ditropan|5 mg||US/UK
tolterodine|Detrol|2 mg||US/UK
solifenacin|Vesicare|5 mg||US/UK
mirabegron|Myrbetriq|50 mg||US/UK
finasteride|Proscar|5 mg||US/UK
dutasteride|Avodart|0.5 mg||US/UK
sildenafil|Viagra|50 mg||US/UK
tadalafil|Cialis|5 mg||US/UK
phenazopyridine|Pyridium|200 mg||US
nitrofurantoin|Macrobid|100 mg||US/UK
trimethoprim/sulfamethoxazole|Bactrim|800/160|trimethoprim-sulfamethoxazole|US/UK
ciprofloxacin|Cipro|500 mg||US/UK
levofloxacin|Levaquin|500 mg||US/UK
amoxicillin/clavulanate|Augmentin|875/125|amoxicillin-clavulanate|US/UK
cefdinir|Omnicef|300 mg||US
cefuroxime|Ceftin|500 mg||US/UK
clindamycin|Cleocin|300 mg||US/UK
metronidazole|Flagyl|500 mg||US/UK
clarithromycin|Biaxin|500 mg||US/UK
penicillin V|Veetids|500 mg|penicillin-v|US/UK
dicloxacillin|Dynapen|500 mg||US
flucloxacillin|Floxapen|500 mg||UK
trimethoprim||200 mg||UK
fluconazole|Diflucan|150 mg||US/UK
terbinafine|Lamisil|250 mg||US/UK
nystatin|Mycostatin|100000 units||US/UK
clotrimazole|Lotrimin|1%||US/UK
valacyclovir|Valtrex|1 g||US/UK
acyclovir|Zovirax|400 mg||US/UK
oseltamivir|Tamiflu|75 mg||US/UK
valganciclovir|Valcyte|450 mg||US/UK
ivermectin|Stromectol|3 mg||US
mupirocin|Bactroban|2%||US/UK
fusidic acid|Fucidin|2%|fusidic-acid|UK
tretinoin|Retin-A|0.025%||US/UK
clobetasol|Temovate|0.05%||US/UK
isotretinoin|Absorica|20 mg||US/UK
minocycline|Minocin|100 mg||US/UK
latanoprost|Xalatan|0.005%||US/UK
timolol|Timoptic|0.5%||US/UK
brimonidine|Alphagan|0.2%||US/UK
dorzolamide/timolol|Cosopt|2%/0.5%|dorzolamide-timolol|US/UK
medroxyprogesterone|Provera|10 mg||US/UK
norethindrone|Aygestin|5 mg||US
progesterone|Prometrium|100 mg||US/UK
desogestrel|Cerazette|75 mcg||UK
levonorgestrel|Mirena|52 mg||US/UK
ethinylestradiol/levonorgestrel|Microgynon|30/150|ethinylestradiol-levonorgestrel|UK
ethinylestradiol/norethindrone|Loestrin|1/20|ethinylestradiol-norethindrone|US
ethinylestradiol/norgestimate|Sprintec|35/250|ethinylestradiol-norgestimate|US
drospirenone/ethinylestradiol|Yaz|3/0.02 mg|drospirenone-ethinylestradiol|US/UK
testosterone|Androgel|50 mg||US/UK
liothyronine|Cytomel|25 mcg||US/UK
methimazole|Tapazole|10 mg||US
carbimazole|Neo-Mercazole|20 mg||UK
propylthiouracil||50 mg||US
cabergoline|Dostinex|0.5 mg||US/UK
desmopressin|DDAVP|0.2 mg||US/UK
fludrocortisone|Florinef|0.1 mg||US/UK
insulin detemir|Levemir|10 units|insulin-detemir|US/UK
insulin degludec|Tresiba|10 units|insulin-degludec|US/UK
sitagliptin/metformin|Janumet|50/1000|sitagliptin-metformin|US
linagliptin|Tradjenta|5 mg||US/UK
canagliflozin|Invokana|100 mg||US/UK
gliclazide|Diamicron|80 mg||UK
glyburide|Diabeta|5 mg||US
folic acid|Folvite|1 mg|folic-acid|US/UK
cyanocobalamin||1000 mcg||US/UK
hydroxocobalamin|Neo-Cytamen|1 mg||UK
ferrous sulfate|Feosol|325 mg|ferrous-sulfate|US/UK
ferrous fumarate|Galfer|210 mg|ferrous-fumarate|UK
cholecalciferol|Fultium-D3|800 units||UK
calcium carbonate|Tums|500 mg|calcium-carbonate|US/UK
magnesium||400 mg||US/UK
thiamine||100 mg||UK
tacrolimus|Prograf|1 mg||US/UK
cyclosporine|Neoral|100 mg||US/UK
mycophenolate mofetil|CellCept|500 mg|mycophenolate-mofetil|US/UK
anastrozole|Arimidex|1 mg||US/UK
letrozole|Femara|2.5 mg||US/UK
tamoxifen|Nolvadex|20 mg||US/UK
hydroxyurea|Hydrea|500 mg||US/UK
mercaptopurine|Purinethol|50 mg||US/UK
acamprosate|Campral|333 mg||US/UK
disulfiram|Antabuse|250 mg||US/UK
lofexidine|Lucemyra|0.18 mg||US/UK
naloxone|Narcan|4 mg||US/UK
betahistine|Serc|16 mg||UK
cyclizine|Valoid|50 mg||UK
domperidone|Motilium|10 mg||UK
mebeverine|Colofac|135 mg||UK
hyoscine butylbromide|Buscopan|10 mg|hyoscine-butylbromide|UK
carbocisteine|Mucodyne|375 mg||UK
co-codamol||30/500|acetaminophen-codeine|UK
co-dydramol||10/500|acetaminophen-dihydrocodeine|UK
dihydrocodeine|DF118|30 mg||UK
sodium valproate|Epilim|500 mg|valproate|UK
lacosamide|Vimpat|100 mg||US/UK
zonisamide|Zonegran|100 mg||US/UK
primidone|Mysoline|250 mg||US/UK
clobazam|Frisium|10 mg||US/UK
butalbital/acetaminophen/caffeine||50/325/40|butalbital-acetaminophen-caffeine|US
colecalciferol||1000 units|cholecalciferol|UK
salbutamol||100 mcg|albuterol|UK
paracetamol||500 mg|acetaminophen|UK
glyceryl trinitrate||400 mcg|nitroglycerin|UK
mesalazine|Asacol|400 mg|mesalamine|UK
ciclosporin||100 mg|cyclosporine|UK
rifampicin|Rifadin|300 mg|rifampin|UK
aciclovir||400 mg|acyclovir|UK
chlorphenamine|Piriton|4 mg|chlorpheniramine|UK
lidocaine|Lidoderm|5%||US/UK
salsalate|Disalcid|750 mg||US
diflunisal|Dolobid|500 mg||US
hyaluronic acid|Synvisc|48 mg|hyaluronic-acid|US/UK
cobicistat|Tybost|150 mg||US/UK
darunavir/cobicistat|Prezcobix|800/150|darunavir-cobicistat|US
atazanavir/cobicistat|Evotaz|300/150|atazanavir-cobicistat|US
bictegravir/emtricitabine/tenofovir alafenamide|Biktarvy|50/200/25|bictegravir-emtricitabine-tenofovir-alafenamide|US/UK
emtricitabine/tenofovir disoproxil|Truvada|200/300|emtricitabine-tenofovir-disoproxil|US/UK
chlordiazepoxide|Librium|10 mg||US/UK
oxazepam|Serax|15 mg||US/UK
doxepin|Silenor|10 mg||US/UK
melatonin|Circadin|2 mg||US/UK
`;

export const BRANDS_AND_OTC = `
Excedrin|none|OTC label|brand family: plain, PM, Tension Headache, Back & Body
Excedrin Extra Strength|acetaminophen-aspirin-caffeine|OTC label|
Excedrin Migraine|acetaminophen-aspirin-caffeine|OTC label|
Excedrin PM|acetaminophen-diphenhydramine|OTC label|
Excedrin Tension Headache|acetaminophen-caffeine|OTC label|
Excedrin Back & Body|acetaminophen-aspirin|OTC label|
Tylenol|none|OTC label|brand family: Tylenol PM, Tylenol with Codeine, Tylenol Cold
Tylenol PM|acetaminophen-diphenhydramine|OTC label|
Tylenol with Codeine|acetaminophen-codeine|US top 300|
Tylenol 3|acetaminophen-codeine|US top 300|
Tylenol Cold|none|OTC label|several Tylenol Cold products
Tylenol Cold + Flu Severe|acetaminophen-dextromethorphan-guaifenesin-phenylephrine|OTC label|
Tylenol Cold Multi-Symptom Nighttime|acetaminophen-chlorpheniramine-dextromethorphan-phenylephrine|OTC label|
Advil|none|OTC label|brand family: Advil PM, Advil Dual Action, Advil Cold & Sinus
Advil PM|ibuprofen-diphenhydramine|OTC label|
Advil Dual Action|ibuprofen-acetaminophen|OTC label|
Advil Cold & Sinus|ibuprofen-pseudoephedrine|OTC label|
Motrin|none|OTC label|brand family: Motrin PM
Motrin PM|ibuprofen-diphenhydramine|OTC label|
Aleve|none|OTC label|brand family: Aleve PM, Aleve-D
Aleve PM|naproxen-diphenhydramine|OTC label|
Aleve-D Sinus & Cold|naproxen-pseudoephedrine|OTC label|
Nurofen|none|OTC label (UK)|brand family: Nurofen Plus adds codeine
Nurofen Plus|codeine-ibuprofen|OTC label (UK)|
Nuromol|ibuprofen-acetaminophen|OTC label (UK)|
Theraflu|none|OTC label|brand family: daytime, nighttime, flu & sore throat
Theraflu Nighttime|acetaminophen-diphenhydramine-phenylephrine|OTC label|
Theraflu Daytime|acetaminophen-dextromethorphan-phenylephrine|OTC label|
Theraflu Flu & Sore Throat|acetaminophen-pheniramine-phenylephrine|OTC label|
NyQuil|none|OTC label|brand family: Cold & Flu, Severe, HBP, Cough
NyQuil Cold & Flu|acetaminophen-dextromethorphan-doxylamine|OTC label|
NyQuil Severe|acetaminophen-dextromethorphan-doxylamine-phenylephrine|OTC label|
NyQuil HBP|acetaminophen-chlorpheniramine-dextromethorphan|OTC label|
NyQuil Cough|dextromethorphan-doxylamine|OTC label|
DayQuil|none|OTC label|brand family: DayQuil Severe
DayQuil Severe|acetaminophen-dextromethorphan-guaifenesin-phenylephrine|OTC label|
Vicks|none|OTC label|brand family: NyQuil, DayQuil, VapoRub, Sinex
Vicks VapoRub|camphor-eucalyptus-oil-menthol|OTC label|
Vicks Sinex|oxymetazoline|OTC label|
ZzzQuil|diphenhydramine|OTC label|
Unisom|none|OTC label|brand family: SleepTabs (doxylamine), SleepGels (diphenhydramine)
Unisom SleepGels|diphenhydramine|OTC label|
Benadryl|none|OTC label|brand family: Allergy Plus Cold, Allergy Plus Congestion
Nytol|diphenhydramine|OTC label (UK)|
Sominex|promethazine|OTC label (UK)|
Night Nurse|acetaminophen-dextromethorphan-promethazine|OTC label (UK)|
Panadol|none|OTC label (UK)|brand family: Panadol Night, Panadol Extra
Panadol Night|acetaminophen-diphenhydramine|OTC label (UK)|
Panadol Extra|acetaminophen-caffeine|OTC label (UK)|
Anadin Extra|acetaminophen-aspirin-caffeine|OTC label (UK)|
Anacin|aspirin-caffeine|OTC label|
BC Powder|aspirin-caffeine|OTC label|
Goody's Extra Strength|acetaminophen-aspirin-caffeine|OTC label|
Bayer|none|OTC label|brand family: Bayer PM, Bayer Back & Body
Bayer PM|aspirin-diphenhydramine|OTC label|
Midol Complete|acetaminophen-caffeine-pyrilamine|OTC label|
Imodium|none|OTC label|brand family: Imodium A-D, Multi-Symptom Relief
Imodium A-D|loperamide|OTC label|
Imodium Multi-Symptom Relief|loperamide-simethicone|OTC label|
Gas-X|simethicone|OTC label|
Sudafed|none|OTC label|brand family: Sudafed PE is phenylephrine
Sudafed PE|phenylephrine|OTC label|
Claritin|none|OTC label|brand family: Claritin-D adds pseudoephedrine
Claritin-D|loratadine-pseudoephedrine|OTC label|
Zyrtec|none|OTC label|brand family: Zyrtec-D adds pseudoephedrine
Zyrtec-D|cetirizine-pseudoephedrine|OTC label|
Allegra|none|OTC label|brand family: Allegra-D adds pseudoephedrine
Allegra-D|fexofenadine-pseudoephedrine|OTC label|
Mucinex|none|OTC label|brand family: Mucinex DM, Mucinex D
Mucinex DM|dextromethorphan-guaifenesin|OTC label|
Mucinex D|guaifenesin-pseudoephedrine|OTC label|
Robitussin|none|OTC label|brand family: Robitussin DM, Robitussin AC
Robitussin DM|dextromethorphan-guaifenesin|OTC label|
Robitussin AC|codeine-guaifenesin|US top 300|
Voltaren|none|OTC label|brand family: Voltaren Gel is topical
Voltaren Gel|diclofenac-topical|OTC label|
Coricidin HBP Cough & Cold|chlorpheniramine-dextromethorphan|OTC label|
Delsym|dextromethorphan|OTC label|
Fioricet|none|US top 300|brand family: Fioricet with Codeine
Fioricet with Codeine|butalbital-acetaminophen-caffeine-codeine|US top 300|
Percocet|oxycodone-acetaminophen|US top 300|
Vicodin|hydrocodone-acetaminophen|US top 300|
Norco|hydrocodone-acetaminophen|US top 300|
Tramacet|tramadol-acetaminophen|UK|
Ultracet|tramadol-acetaminophen|US top 300|
Suboxone|buprenorphine-naloxone|US top 300|
Zubsolv|buprenorphine-naloxone|US|
Lomotil|diphenoxylate-atropine|US top 300|
Limbitrol|chlordiazepoxide-amitriptyline|issue 16 review|
Librax|chlordiazepoxide-clidinium|issue 16 review|
Tybost|cobicistat|issue 16 review|
Genvoya|elvitegravir-cobicistat-emtricitabine-tenofovir-alafenamide|issue 16 review|
Stribild|elvitegravir-cobicistat-emtricitabine-tenofovir-disoproxil|issue 16 review|
Evotaz|atazanavir-cobicistat|issue 16 review|
Prezcobix|darunavir-cobicistat|issue 16 review|
Symtuza|darunavir-cobicistat-emtricitabine-tenofovir-alafenamide|US|
Paxlovid|nirmatrelvir-ritonavir|US|
Kaletra|lopinavir-ritonavir|US|
Descovy|emtricitabine-tenofovir-alafenamide|US|
Triumeq|abacavir-dolutegravir-lamivudine|US/UK|
Epidiolex|cannabidiol|issue 16 review|
CBD|cbd-products|issue 16 review|
CBD oil|cbd-products|issue 16 review|
Synvisc-One|hyaluronic-acid|issue 16 review|
Euflexxa|hyaluronic-acid|issue 16 review|
Janumet|sitagliptin-metformin|US top 300|
Lotrel|amlodipine-benazepril|US top 300|
Hyzaar|losartan-hydrochlorothiazide|US top 300|
Zestoretic|lisinopril-hydrochlorothiazide|US top 300|
Dyazide|triamterene-hydrochlorothiazide|US top 300|
Entresto|sacubitril-valsartan|US top 300|
Arthrotec|diclofenac-misoprostol|US|
Vimovo|none|US|naproxen/esomeprazole: not in the vocabulary
Treximet|sumatriptan-naproxen|US|
Adcal-D3|calcium-carbonate-cholecalciferol|UK|
Sinemet|carbidopa-levodopa|US/UK|
Augmentin|amoxicillin-clavulanate|US/UK|
Bactrim|trimethoprim-sulfamethoxazole|US top 300|
Symbicort|budesonide-formoterol|US/UK|
Advair|fluticasone-salmeterol|US top 300|
Seretide|fluticasone-salmeterol|UK|
Fostair|beclomethasone-formoterol|UK|
Breo Ellipta|fluticasone-vilanterol|US|
Cosopt|dorzolamide-timolol|US/UK|
Yaz|drospirenone-ethinylestradiol|US|
Microgynon|ethinylestradiol-levonorgestrel|UK|
Co-codamol|acetaminophen-codeine|UK|
Solpadeine Max|none|OTC label (UK)|paracetamol/codeine: not in the vocabulary under this name
Lemsip Max|none|OTC label (UK)|not in the vocabulary
Beechams Powders|none|OTC label (UK)|not in the vocabulary
Day Nurse|none|OTC label (UK)|contains pholcodine: not in the vocabulary as a product
ASA|aspirin|clinician abbreviation|
ASA 81 mg daily|aspirin|clinician abbreviation|
EC ASA 81 mg|aspirin|clinician abbreviation|enteric-coated
APAP 650 mg q6h prn|acetaminophen|clinician abbreviation|
MSIR|morphine|clinician abbreviation|
MSIR 15 mg q4h prn|morphine|clinician abbreviation|
MSO4 2 mg|none|clinician abbreviation|ISMP error-prone abbreviation (morphine or magnesium sulfate): not a name
MgSO4|magnesium|clinician abbreviation|
MS Contin 30 mg twice a day|morphine|clinician abbreviation|
HCTZ|hydrochlorothiazide|clinician abbreviation|
HCTZ 25 mg daily|hydrochlorothiazide|clinician abbreviation|
MTX|methotrexate|clinician abbreviation|
MTX 15 mg weekly|methotrexate|clinician abbreviation|
HCQ 200 mg twice a day|hydroxychloroquine|clinician abbreviation|
SSZ|sulfasalazine|clinician abbreviation|
5-ASA|mesalamine|clinician abbreviation|
TMP-SMX|trimethoprim-sulfamethoxazole|clinician abbreviation|
GTN spray|nitroglycerin|clinician abbreviation|
ISMN 30 mg|isosorbide-mononitrate|clinician abbreviation|
KCl 20 mEq|potassium-chloride|clinician abbreviation|
B12 injections monthly|cyanocobalamin|clinician abbreviation|
MMF|mycophenolate-mofetil|clinician abbreviation|
bupe|buprenorphine|clinician abbreviation|
TCA|none|clinician abbreviation|a group: tricyclic antidepressants
TCAs|none|clinician abbreviation|a group
SSRI|none|clinician abbreviation|a group
SSRIs|none|clinician abbreviation|a group
benzos|none|issue 17 walk|a group
benzo|none|issue 16 review|a group (benzonatate is a cough medicine)
blood thinners|none|issue 17 walk|a group
NSAIDs|none|clinician abbreviation|a group
PPI|none|clinician abbreviation|a group
MAOI|none|clinician abbreviation|a group
statins|none|clinician abbreviation|a group
hydro|none|issue 16 review|start of hydrocodone, hydroxychloroquine, hydroxyzine…
oxy|none|issue 16 review|start of oxycodone, oxybutynin…
hydroxychloroq|hydroxychloroquine|issue 16 review|the only name starting so
Klonopin 1 mg at night|clonazepam|issue 16 review|
gabapentin 300 mg three times a day|gabapentin|issue 16 review|
sertraline 50 mg in the morning|sertraline|issue 16 review|
zolpidem 10 mg at bedtime|zolpidem|issue 16 review|
Prolia 60 mg every 6 months|denosumab|clinician sig|
alendronate 70 mg weekly|alendronate|clinician sig|
Humira 40 mg every other week|adalimumab|clinician sig|
albuterol 2 puffs as needed|albuterol|clinician sig|
fentanyl 25 mcg patch every 72 hours|fentanyl|clinician sig|
oxycodone 5 mg 1 tablet(s) every 4 hours as needed|oxycodone|clinician sig|
Toprol|metoprolol|US top 300|the one name starting so, and "XL" only says its form
Nurtec|rimegepant|US|the one name starting so (Nurtec ODT)
Motrin IB|ibuprofen|OTC label|
Tylenol Extra Strength|acetaminophen|OTC label|
Prilosec OTC|omeprazole|OTC label|
Pepcid AC|famotidine|OTC label|
Senokot-S|docusate-senna|OTC label|
Senna-S|docusate-senna|OTC label|
Z-Pak|azithromycin|US top 300|
Medrol Dosepak|methylprednisolone|US top 300|
Bactrim DS|trimethoprim-sulfamethoxazole|US top 300|
lisinopril/HCTZ|lisinopril-hydrochlorothiazide|clinician abbreviation|
heroin|diamorphine|clinician abbreviation|recorded as the full agonist it is
Delta-8|none|issue 16 review|a cannabis product: its start matches Deltasone only once the 8 is set aside
THC|none|clinician abbreviation|a group (cannabis products), asked in the use-pattern step
insulin|none|clinician abbreviation|a group: several insulins
Tramadol 50 mg q6h prn pain|tramadol|clinician sig|
hydroxyzine 25 mg tid prn anxiety|hydroxyzine|clinician sig|
Xarelto 20 mg with dinner|rivaroxaban|clinician sig|
MTX 20 mg q week|methotrexate|clinician sig|
methotrexate 2.5 mg tabs x6 weekly|methotrexate|clinician sig|
diclofenac 1.3% patch twice a day|diclofenac-topical|clinician sig|the patch is topical: the form decides
diclofenac 50 mg tablet(s) twice a day|diclofenac|clinician sig|
Voltaren Gel 4 g four times a day|diclofenac-topical|clinician sig|
capsaicin cream|capsaicin|clinician sig|
Klonopin 1 tablet at night|clonazepam|clinician sig|
`;

export interface QueryRow {
  typed: string;
  /** The medicine id Enter and the free-text reading must record, or null for none. */
  expected: string | null;
  list: string;
}

export interface MedicineRow {
  generic: string;
  brand: string;
  /** The brand names a family: typed alone, it records nothing. */
  brandIsFamily: boolean;
  strength: string;
  id: string | null;
  list: string;
}

const rows = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => l.split("|").map((c) => c.trim()));

export function commonMedicines(): MedicineRow[] {
  return rows(COMMON_MEDICINES).map(([generic, brand, strength, id, list]) => ({
    generic,
    brand: brand.replace(/\*$/, ""),
    brandIsFamily: brand.endsWith("*"),
    strength,
    id: id || null,
    list,
  }));
}

export function brandsAndOtc(): QueryRow[] {
  return rows(BRANDS_AND_OTC).map(([typed, expected, list]) => ({
    typed,
    expected: expected === "none" ? null : expected,
    list,
  }));
}
