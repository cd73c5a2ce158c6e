export {
  SURVEY_SCORES,
  SCORE_RANGE,
  type SurveyScore,
  type SurveyResponse,
  type SurveyProblem,
  type SurveyParse,
} from './survey.js';
export {
  MATERIALITY_LENSES,
  MATERIAL_RULES,
  type MaterialityLens,
  type MaterialRule,
  type MaterialityThresholds,
  type MaterialityInput,
} from './materiality-input.js';
export {
  MATERIALITY_TIERS,
  type MaterialityTier,
  type MatrixAxis,
  type TopicAssessment,
  type GroupWeight,
  type MaterialityResult,
} from './materiality-result.js';
export { assessMateriality } from './assess.js';
export { linkTopic, topicLinkCatalogue } from './topic-links.js';
export { parseSurveyCsv, parseSurveyXlsx, surveyFromRows, MAX_SURVEY_ROWS } from './parse-survey.js';
export { materialityMatrixSvg, materialityMatrix } from './matrix-svg.js';
