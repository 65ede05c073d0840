package org.mizan.server;

/**
 * One query parameter a route accepts, as the OpenAPI description states it.
 *
 * @param name        the parameter's name
 * @param type        OpenAPI type: string, integer, number or boolean (dates are strings in format date)
 * @param format      OpenAPI format (date), or null
 * @param description what it means, in one sentence
 * @param required    whether the route refuses requests without it
 */
public record Param(String name, String type, String format, String description, boolean required) {

    public static Param string(String name, String description) {
        return new Param(name, "string", null, description, false);
    }

    public static Param required(String name, String description) {
        return new Param(name, "string", null, description, true);
    }

    public static Param integer(String name, String description) {
        return new Param(name, "integer", null, description, false);
    }

    public static Param number(String name, String description) {
        return new Param(name, "number", null, description, false);
    }

    public static Param bool(String name, String description) {
        return new Param(name, "boolean", null, description, false);
    }

    public static Param date(String name, String description) {
        return new Param(name, "string", "date", description, false);
    }
}
