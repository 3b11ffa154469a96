import { DependenceStep } from "@/components/checklist/steps/dependence-step";
import { stepMetadata, stepPage } from "../step-page";

export const metadata = stepMetadata("dependence");
export default stepPage("dependence", DependenceStep);
