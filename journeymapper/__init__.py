"""JourneyMapper: design customer-journey maps of micro-journeys and crossroads."""

__version__ = "0.1.0"
