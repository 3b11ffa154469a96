/**
 * The small part of FHIR R4 this app writes, typed by hand: @medplum/fhirtypes is not a
 * dependency, and these few shapes are easier to review than the full definitions.
 * Field names follow https://hl7.org/fhir/R4/questionnaire.html and questionnaireresponse.html.
 */
export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface Extension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueUri?: string;
  valueInteger?: number;
  valueCoding?: Coding;
  extension?: Extension[];
}

export type QuestionnaireItemType = "group" | "choice" | "integer" | "string" | "text" | "boolean";

export interface EnableWhen {
  question: string;
  operator: "exists" | "=" | "!=";
  answerBoolean?: boolean;
  answerCoding?: Coding;
}

export interface QuestionnaireItem {
  linkId: string;
  text: string;
  type: QuestionnaireItemType;
  required?: boolean;
  repeats?: boolean;
  maxLength?: number;
  enableWhen?: EnableWhen[];
  enableBehavior?: "all" | "any";
  answerOption?: { valueCoding: Coding }[];
  extension?: Extension[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: "Questionnaire";
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: "active";
  subjectType: string[];
  publisher: string;
  description: string;
  item: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueCoding?: Coding;
  valueString?: string;
  valueInteger?: number;
  valueBoolean?: boolean;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: "QuestionnaireResponse";
  id: string;
  questionnaire: string;
  status: "completed";
  authored: string;
  extension?: Extension[];
  item: QuestionnaireResponseItem[];
}
