// A body is closed from the day set as its end ("Closed on"): its history stays readable, but
// it takes no new task. The body's page and the task commands both ask this function.

export function isBodyClosed(body: { activeTo: string | null }, today: string): boolean {
  return body.activeTo !== null && body.activeTo <= today;
}
