export {
  ACTIVITIES,
  ACTIVITY_ROLES,
  ELECTRICITY_SUPPLIES,
  acceptsDimension,
  findActivity,
  type ActivityDef,
  type ActivityRole,
  type ElectricitySupply,
} from './activity.js';
