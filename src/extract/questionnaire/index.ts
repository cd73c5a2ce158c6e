export { readQuestionnaire, type QuestionnaireResult } from './read-questionnaire.js';
