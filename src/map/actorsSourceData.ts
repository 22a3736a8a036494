/**
 * What the `actors` source draws: the actors that have a place. National networks without a seat
 * (null geometry, allowed by RFC 7946) are listed elsewhere, not on the map.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ActorCollection, ActorFeature, ActorProperties } from '../domain/model';

export type LocatedActorFeature = Feature<Point, ActorProperties>;

export function actorsSourceData(actors: ActorCollection): FeatureCollection<Point, ActorProperties> {
  return { type: 'FeatureCollection', features: actors.features.filter(isLocated) };
}

function isLocated(feature: ActorFeature): feature is LocatedActorFeature {
  return feature.geometry !== null;
}
