import type { StoryPlace } from '../domain/storyPlace';
import { interfaceText } from '../text/interfaceText';

/**
 * A place's name on the map: up to its qualifier ("Baron Hotel", not "Baron Hotel (UK processing centre)"), and
 * "(approx.)" for an estimated position.
 */
export function placeLabelText(place: StoryPlace): string {
  const short = place.name.split(/ [–(]/)[0] ?? place.name;
  return place.estimate ? interfaceText.place.approximateLabel(short) : short;
}

/**
 * The estimated places drawn at a sourced place's point (no source gives their own, so the estimate is centred
 * there): they are named on the other side, apart from the place whose point they borrow.
 */
export function placesBorrowingPoints(places: readonly StoryPlace[]): ReadonlySet<string> {
  const sourced = new Set(places.filter((place) => !place.estimate).map((place) => place.point.join()));
  return new Set(places.filter((place) => place.estimate && sourced.has(place.point.join())).map((p) => p.id));
}
