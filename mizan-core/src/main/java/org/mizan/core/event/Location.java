package org.mizan.core.event;

/**
 * Where an event happened, as far as the source says.
 *
 * @param country ISO 3166 alpha-3 code, or null
 * @param name    place name as given ("Islamabad, Islamabad, Pakistan"), or null
 * @param lat     latitude in degrees, or null
 * @param lon     longitude in degrees, or null
 */
public record Location(String country, String name, Double lat, Double lon) {
}
