import { SkinStep } from "@/components/checklist/steps/skin-step";
import { stepMetadata, stepPage } from "../step-page";

export const metadata = stepMetadata("skin");
export default stepPage("skin", SkinStep);
