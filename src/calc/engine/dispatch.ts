import type { ActivityGroup } from '../aggregate/index.js';
import {
  combustionScope1,
  electricityScope2,
  energyUse,
  heatScope2,
  refrigerantScope1,
  scope3,
  standardCoal,
  summed,
  type Contribution,
  type MethodContext,
} from '../methods/index.js';

/** Every contribution one activity group makes, by the methods its role calls for. */
export function contributionsOf(ctx: MethodContext, group: ActivityGroup): Contribution[] {
  switch (group.activity.role) {
    case 'fuel':
      return [...combustionScope1(ctx, group), ...energyUse(ctx, group), ...standardCoal(ctx, group)];
    case 'electricity':
      return [...electricityScope2(ctx, group), ...energyUse(ctx, group), ...standardCoal(ctx, group)];
    case 'heat':
      return [...heatScope2(ctx, group), ...energyUse(ctx, group), ...standardCoal(ctx, group)];
    case 'refrigerant':
      return refrigerantScope1(ctx, group);
    case 'spend':
    case 'travel':
      return scope3(ctx, group);
    case 'water':
    case 'waste':
    case 'safety':
      return summed(group);
    case 'denominator':
      return []; // intensity denominators are read by the intensity step
  }
}
