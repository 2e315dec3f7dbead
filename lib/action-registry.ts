import type { AnyAction } from "./action";
import { designateFocalPoint, removeFocalPoint } from "./organizations/focal-points";
import { updateOrganization } from "./organizations/update-organization";
import { setOwnLocale } from "./profile/set-locale";

/**
 * Every action definition in the application. The permission test runs each one against
 * every role, and fails when a defineAction() somewhere is missing from this list.
 */
export const allActions: AnyAction[] = [
  updateOrganization,
  designateFocalPoint,
  removeFocalPoint,
  setOwnLocale,
];
