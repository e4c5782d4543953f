// A small client typed by the types openapi-typescript generates from openapi/openapi.yaml
// (.ci/contract.sh): it lists persons and reads a person's timeline. It is compiled, not run: if the
// document stops describing what these lines use (a field renamed, a nullable field declared as
// always present or the reverse), tsc fails.
import type { components, paths } from "./api";

type PersonPage = paths["/api/v1/persons"]["get"]["responses"]["200"]["content"]["application/json"];
type Timeline = paths["/api/v1/persons/{id}/timeline"]["get"]["responses"]["200"]["content"]["application/json"];
type Person = components["schemas"]["Person"];

export async function listPersons(base: string, token?: string): Promise<Person[]> {
  const persons: Person[] = [];
  let cursor: string | null | undefined = undefined;
  do {
    const query: string = cursor ? `?cursor=${encodeURIComponent(cursor)}` : "";
    const answer = await fetch(`${base}/api/v1/persons${query}`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
    const page = (await answer.json()) as PersonPage;
    persons.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return persons;
}

/** One line per event: the date (or "undated"), the summary and how many sources support it. */
export async function timelineLines(base: string, personId: string): Promise<string[]> {
  const answer = await fetch(`${base}/api/v1/persons/${encodeURIComponent(personId)}/timeline`);
  const timeline = (await answer.json()) as Timeline;
  return timeline.events.map((event) => {
    const restricted = event.citations.filter((c) => c.sourceRestricted === true).length;
    const region: string = event.date ?? "undated";
    return `${region}: ${event.summary ?? event.type} (${event.citations.length} sources, ${restricted} restricted)`;
  });
}

export function nameOf(person: Person): string {
  const region: string | null | undefined = person.region;
  return region ? `${person.displayName} (${region})` : person.displayName ?? person.id;
}
