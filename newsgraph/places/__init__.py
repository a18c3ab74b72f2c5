"""Places: the packaged gazetteer (GeoNames + hand-written names), place mentions in a parse, datelines."""

from newsgraph.places.dateline import DatelinePlace, dateline_places
from newsgraph.places.finder import PlaceFinder, PlaceMention
from newsgraph.places.gazetteer import Gazetteer, Place, normalize

__all__ = ["DatelinePlace", "Gazetteer", "Place", "PlaceFinder", "PlaceMention", "dateline_places", "normalize"]
