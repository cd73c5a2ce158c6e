export {
  OMISSION_KINDS,
  MATERIALITY_LENS_NAMES,
  MATERIAL_RULE_NAMES,
  type OmissionKind,
  type SurveyRow,
  type MaterialitySettings,
  type StoredMateriality,
  type NarrativeWrite,
  type Narrative,
  type NarrativeVersion,
  type ExplanationWrite,
  type StoredExplanation,
} from './disclosure-model.js';
export { importSurvey, setMaterialitySettings, getMateriality, MAX_SURVEY_RESPONSES } from './materiality.js';
export { putNarrative, listNarratives, narrativeHistory, MAX_NARRATIVE_CHARS } from './narratives.js';
export { putExplanation, deleteExplanation, listExplanations, MAX_REASON_CHARS } from './explanations.js';
