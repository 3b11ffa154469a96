import { med } from "./med";

/**
 * Heparins, parenteral and older oral anticoagulants, and antiplatelets not listed with the
 * cardiovascular medicines. The coumarins, like warfarin, are cleared by CYP2C9.
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
  med("acenocoumarol", ["Sintrom", "Sinthrome"]),
  med("phenprocoumon", ["Marcoumar", "Falithrom"]),
  med("fluindione", ["Previscan"]),
  // Antiplatelets: cilostazol and vorapaxar are mainly cleared by CYP3A.
  med("dipyridamole", ["Persantine", "Persantin"]),
  med("aspirin/dipyridamole", ["Aggrenox", "Asasantin Retard"]),
  med("cilostazol", ["Pletal"], ["cyp3a"]),
  med("vorapaxar", ["Zontivity"], ["cyp3a"]),
];
