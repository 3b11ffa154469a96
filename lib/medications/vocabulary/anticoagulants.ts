import { med } from "./med";

/**
 * Heparins, parenteral and older oral anticoagulants, and antiplatelets not listed with the
 * cardiovascular medicines. Acenocoumarol and phenprocoumon, like warfarin, are narrow-index
 * coumarins cleared by CYP2C9; fluindione's route is less well described, so it is untagged.
 */
export const anticoagulants = [
  // Heparins and heparin-like anticoagulants
  med("heparin", ["Hep-Lock", "Heparin Leo"]),
  med("enoxaparin", ["Lovenox", "Clexane", "Inhixa"]),
  med("dalteparin", ["Fragmin"]),
  med("tinzaparin", ["Innohep"]),
  med("nadroparin", ["Fraxiparine", "Fraxodi"]),
  med("fondaparinux", ["Arixtra"]),
  // Direct thrombin inhibitors given by injection
  med("argatroban", ["Exembol"]),
  med("bivalirudin", ["Angiomax", "Angiox"]),
  // Coumarins used in Europe in place of warfarin
  med("acenocoumarol", ["Sintrom", "Sinthrome"], ["ntiCyp2c9"]),
  med("phenprocoumon", ["Marcoumar", "Falithrom"], ["ntiCyp2c9"]),
  med("fluindione", ["Previscan"]),
  // Antiplatelets: cilostazol and vorapaxar are mainly cleared by CYP3A.
  med("dipyridamole", ["Persantine", "Persantin"]),
  med("aspirin/dipyridamole", ["Aggrenox", "Asasantin Retard"]),
  med("cilostazol", ["Pletal"], ["cyp3a"]),
  med("vorapaxar", ["Zontivity"], ["cyp3a"]),
];
